package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.AdviesKeuze;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.security.Organisatie;

/** The commands of the case lifecycle, shared by REST bodies and GraphQL inputs so both validate alike. */
public final class Opdrachten {

    private Opdrachten() {
    }

    /** Impose a THV (POST /huisverboden). */
    @Schema(name = "OpleggenInput")
    public record Opleggen(
            @NotNull Gemeente gemeente,
            @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "een wijkcode in kleine letters, zoals centrum") String wijk,
            @NotNull Instant opgelegdOp,
            @NotNull @Valid Adres adres,
            @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid Betrokkene> betrokkenen,
            @NotNull @Valid Geweld geweld,
            @NotNull Boolean strafrechtelijkTraject,
            @NotNull @Valid Criteria criteria,
            @Size(max = 300) String verblijfUhg,
            @Size(max = 300) String verblijfAchterblijvers) {
    }

    /** The THV address. */
    @Schema(name = "AdresInput")
    public record Adres(
            @NotBlank @Size(max = 200) String straat,
            @NotBlank @Size(max = 20) @Pattern(regexp = "^[0-9]{1,5}[A-Za-z0-9 -]{0,14}$", message = "een huisnummer, eventueel met toevoeging") String huisnummer,
            @NotBlank @Pattern(regexp = "^[1-9][0-9]{3}[A-Z]{2}$", message = "een postcode als 1234AB") String postcode,
            @NotBlank @Size(max = 100) String plaats) {
    }

    /** A person involved. */
    @Schema(name = "BetrokkeneInput")
    public record Betrokkene(
            @NotNull BetrokkeneRol rol,
            @NotBlank @Size(max = 200) String naam,
            @NotNull @Schema(example = "1984-05-17", description = "De geboortedatum; de uithuisgeplaatste is meerderjarig") LocalDate geboortedatum) {
    }

    /** The violence that led to the THV. */
    @Schema(name = "GeweldInput")
    public record Geweld(@NotNull GeweldType type, @NotNull GeweldErnst ernst, JaNeeOnduidelijk intiemeTerreur) {
    }

    /** The three legal criteria, each of which the hovj must confirm. */
    @Schema(name = "CriteriaInput")
    public record Criteria(@NotNull Boolean ernstigEnOnmiddellijkGevaar, @NotNull Boolean plegerMeerderjarig,
            @NotNull Boolean vakerDanIncidenteelAanwezig) {
    }

    /** The coordinator's advice on extension; advising to extend names its grounds (issue 34.4). */
    @Schema(name = "VerlengingsadviesInput")
    public record Verlengingsadvies(
            @NotNull AdviesKeuze advies,
            @NotBlank @Size(max = 2000) String motivering,
            @Schema(description = "De gronden voor verlenging: verplicht (ten minste een) bij advies VERLENGEN, leeg bij NIET_VERLENGEN") @Size(max = 5) List<nl.thvhub.huisverbod.Verlengingsgrond> gronden) {
    }

    /** The coordinator's help plan and safety agreements (category HULPVERLENING). */
    @Schema(name = "HulpverleningInput")
    public record Hulpverlening(@Size(max = 4000) String plan, @Size(max = 4000) String veiligheidsafspraken) {
    }

    /** The mayor's decision to extend. */
    @Schema(name = "VerlengingInput")
    public record Verlenging(@Size(max = 2000) String motivering) {
    }

    /** Withdrawal, with its mandatory reason and its coded ground (counted in statistics). */
    @Schema(name = "IntrekkingInput")
    public record Intrekking(@NotBlank @Size(max = 2000) String reden,
            @Schema(description = "De gecodeerde grond van de intrekking (telt mee in de statistiek); ontbreekt hij, dan telt de intrekking als zonder grond") nl.thvhub.huisverbod.Intrekkingsgrond grond) {
    }

    /** The mayor's decision on extension, either way, with its motivation (issue 34.4). */
    @Schema(name = "VerlengingsbesluitInput")
    public record Verlengingsbesluit(@NotNull AdviesKeuze besluit, @NotBlank @Size(max = 2000) String motivering) {
    }

    /** Early end of monitoring by the coordinator: its coded ground (counted in statistics) and its reason text. */
    @Schema(name = "BeeindigingInput")
    public record Beeindiging(@NotBlank @Size(max = 2000) String reden,
            @NotNull @Schema(description = "De gecodeerde grond van de voortijdige beeindiging (telt mee in de statistiek)") nl.thvhub.huisverbod.Beeindigingsgrond grond) {
    }

    /**
     * Monitoring extended to a later day (issue 35.1): the coded reason and its explanation; at most twelve months after
     * the THV's end in all.
     */
    @Schema(name = "MonitoringVerlengingInput")
    public record MonitoringVerlenging(
            @NotNull @Schema(example = "2027-06-30", description = "De dag tot en met welke de monitoring loopt; na het huidige einde, uiterlijk twaalf maanden na het einde van het huisverbod") LocalDate tot,
            @NotNull nl.thvhub.huisverbod.Monitoringverlengingsreden reden,
            @NotBlank @Size(max = 2000) String toelichting) {
    }

    /**
     * Closing with warme overdracht: to whom and when, whether in a joint talk (else why not), and the hub partner that
     * receives it, if it is one (it then confirms receipt itself).
     */
    @Schema(name = "AfsluitingInput")
    public record Afsluiting(@NotBlank @Size(max = 200) String overdrachtAan, @NotNull LocalDate overdrachtDatum,
            @NotNull Boolean gezamenlijkGesprek, @Size(max = 500) String geenGesprekReden, Organisatie overdrachtOrganisatie,
            @Schema(description = "Verplicht wie afsluit voor het geplande einde van de monitoring (en haar niet eerder beeindigde): waarom (telt mee in de statistiek)") nl.thvhub.huisverbod.Beeindigingsgrond beeindigingGrond) {
    }

    /**
     * Assignment of a professional; {@code organisatie} only when Veilig Thuis assigns a gezinsmanager;
     * {@code betrokkenen} only for a coordinator who covers some persons of the case (a coordinator for the victims, one
     * for the uithuisgeplaatste); without it the assignment covers everyone or, when its holder hands it over, what the
     * holder's covered.
     */
    @Schema(name = "ToewijzenInput")
    public record Toewijzen(@NotNull ToewijzingRol rol,
            @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "een gebruikersnaam") String gebruikersnaam,
            Organisatie organisatie,
            @Size(max = 20) @Schema(description = "De betrokkenen die deze zorgcoordinator dekt; zonder: iedereen") List<UUID> betrokkenen) {
    }
}
