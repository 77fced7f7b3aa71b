package nl.thvhub.signalen;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/** Commands and views of a violation of the THV (overtreding) and its follow-up by the police. */
public final class Overtreding {

    private Overtreding() {
    }

    /** How the THV was violated. */
    public enum Soort {
        CONTACT_FYSIEK, CONTACT_TELEFOON_APP, AANWEZIG_BIJ_WONING, ANDERS
    }

    /** Who reported the violation. */
    public enum Melder {
        ACHTERBLIJVER, KIND, UITHUISGEPLAATSTE, BUURT, HULPVERLENING, POLITIE, ANDERS
    }

    /** VERMOED: reported by the coordinator, awaiting the police; BEVESTIGD or AFGEWEZEN by the police. */
    @Name("OvertredingStatus")
    @Schema(name = "OvertredingStatus")
    public enum Status {
        VERMOED, BEVESTIGD, AFGEWEZEN
    }

    /** The police's decision on a suspected violation. */
    @Name("OvertredingBesluit")
    @Schema(name = "OvertredingBesluit")
    public enum Besluit {
        BEVESTIGD, AFGEWEZEN
    }

    /** A report: by the police it is a violation, by the coordinator a suspicion. */
    @Schema(name = "MeldingInput")
    @Input("MeldingInput")
    public record Melding(@NotNull Instant moment, @NotNull Soort soort, @NotNull Melder melder,
            @NotBlank @Size(max = 2000) String omschrijving, Vervolgactie vervolgactie,
            @Size(max = 500) String vervolgReden) {
    }

    /** The police confirm or dismiss a suspected violation (with the follow-up when confirming, if known). */
    @Schema(name = "BeoordelingInput")
    @Input("BeoordelingInput")
    public record Beoordeling(@NotNull Besluit besluit, @Size(max = 500) String reden, Vervolgactie vervolgactie,
            @Size(max = 500) String vervolgReden) {
    }

    /** The follow-up registered after the fact. */
    @Schema(name = "VervolgInput")
    @Input("VervolgInput")
    public record Vervolg(@NotNull Vervolgactie vervolgactie, @Size(max = 500) String vervolgReden) {
    }

    /** Who registered or decided: role and organisation, never an employee's name. */
    public record Door(@NotNull Rol rol, @NotNull Organisatie organisatie) {
    }

    /** The police's judgement of a suspected violation. */
    @Schema(name = "Beoordeling")
    @Type("Beoordeling")
    public record BeoordelingView(@NotNull Besluit besluit, String reden, @NotNull Rol rol, @NotNull Instant op) {
    }

    /**
     * A stored violation. {@code gemeldNaAfloop} says it was reported after the THV had ended (the violation itself
     * happened while it ran).
     */
    @Schema(name = "Overtreding")
    @Name("Overtreding")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull Instant moment, @NotNull Soort soort,
            @NotNull Melder melder, @NotNull String omschrijving, @NotNull Status status, @NotNull boolean gemeldNaAfloop,
            Vervolgactie vervolgactie, String vervolgReden, Instant vervolgOp, BeoordelingView beoordeling,
            @NotNull Door geregistreerdDoor, @NotNull Instant geregistreerdOp) implements nl.thvhub.platform.Herleesbaar {

        public static final String SOORT = "overtreding";

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }

    /** A confirmed violation without follow-up, for the police and gemeente work list (no personal data). */
    @Schema(name = "OvertredingZonderVervolg")
    @Type("OvertredingZonderVervolg")
    public record ZonderVervolg(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull String registratienummer,
            @NotNull Gemeente gemeente, String wijk, @NotNull Instant moment, @NotNull Soort soort,
            @NotNull Instant geregistreerdOp) {
    }
}
