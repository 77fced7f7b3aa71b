package nl.thvhub.zorg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;

/**
 * A referral of one person to help, and its path: signed up, intake planned, started — or waiting list, refused,
 * stopped (seed table 7: half of the victims' and a quarter of the UHGs' referrals succeeded).
 */
public final class Verwijzing {

    public static final String SOORT = "verwijzing";

    private Verwijzing() {
    }

    /** Where a referral stands; each transition is dated. */
    @org.eclipse.microprofile.graphql.Name("Verwijzingsstatus")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Verwijzingsstatus")
    public enum Status {

        AANGEMELD, INTAKE_GEPLAND, GESTART, WACHTLIJST, AFGEWEZEN, GESTOPT;

        /** The statuses this one may go to. */
        public Set<Status> volgende() {
            return switch (this) {
                case AANGEMELD -> EnumSet.of(INTAKE_GEPLAND, GESTART, WACHTLIJST, AFGEWEZEN, GESTOPT);
                case WACHTLIJST -> EnumSet.of(INTAKE_GEPLAND, GESTART, AFGEWEZEN, GESTOPT);
                case INTAKE_GEPLAND -> EnumSet.of(GESTART, WACHTLIJST, AFGEWEZEN, GESTOPT);
                case GESTART -> EnumSet.of(GESTOPT);
                case AFGEWEZEN, GESTOPT -> EnumSet.noneOf(Status.class);
            };
        }

        /** Still waiting for help to start (the overdue task looks at these). */
        public boolean wacht() {
            return this == AANGEMELD || this == INTAKE_GEPLAND || this == WACHTLIJST;
        }
    }

    /**
     * Known services of the region; a code gives the domain it serves, so a referral to addiction or mental-health care
     * is health data whatever its free name says.
     */
    @org.eclipse.microprofile.graphql.Name("Verwijzingscode")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Verwijzingscode")
    public enum Code {

        DE_WAAG(Leefgebied.PSYCHISCHE_GEZONDHEID), JELLINEK(Leefgebied.VERSLAVING), ARKIN(
                Leefgebied.PSYCHISCHE_GEZONDHEID), BUURTTEAM(null), SCHULDHULP(Leefgebied.FINANCIEN), BLIJF_GROEP(
                        Leefgebied.VEILIGHEID), WONINGCORPORATIE(
                                Leefgebied.HUISVESTING), ANDERS(null);

        private final Leefgebied leefgebied;

        Code(Leefgebied leefgebied) {
            this.leefgebied = leefgebied;
        }

        /** The domain the service serves, if the code fixes one. */
        public Leefgebied leefgebied() {
            return leefgebied;
        }
    }

    /** A new referral. */
    @Schema(name = "VerwijzingInput")
    @Input("VerwijzingInput")
    public record Aanmelding(@NotNull UUID betrokkeneId, @NotBlank @Size(max = 200) String naar, Code code,
            Leefgebied leefgebied, @NotNull LocalDate aangemeldOp, Boolean begeleidNaarEersteAfspraak) {
    }

    /** A step on the referral's path. */
    @Schema(name = "VerwijzingStatusInput")
    @Input("VerwijzingStatusInput")
    public record Statuswijziging(@NotNull Status status, @NotNull LocalDate datum, Boolean begeleidNaarEersteAfspraak) {
    }

    /** One dated status. */
    @Schema(name = "Verwijzingsstap")
    @Type("Verwijzingsstap")
    public record Stap(@NotNull Status status, @NotNull LocalDate datum) {
    }

    /** A referral as stored. */
    public record Opgeslagen(UUID id, UUID huisverbodId, UUID betrokkeneId, String naar, Code code, Leefgebied leefgebied,
            LocalDate aangemeldOp, Status status, LocalDate statusDatum, LocalDate gestartOp, boolean begeleid, int versie,
            String door, Organisatie organisatie, Instant vastgelegdOp, List<Stap> stappen) {

        /**
         * The category that guards this referral beside HULPVERLENING: its domain's, and GEZONDHEID once retention erased
         * the domain (the strictest, so an erased referral never opens up).
         */
        public Categorie categorie() {
            return leefgebied == null ? Categorie.GEZONDHEID : leefgebied.categorie();
        }

        /** Days from sign-up to start; null until it started. */
        public Integer wachttijdDagen() {
            return gestartOp == null ? null : (int) ChronoUnit.DAYS.between(aangemeldOp, gestartOp);
        }
    }

    /**
     * A referral as its reader sees it (category HULPVERLENING of the person; GEZONDHEID too for a health domain).
     * {@code leefgebied} is null only after retention erased it.
     */
    @Schema(name = "Verwijzing")
    @Type("Verwijzing")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull String naar,
            Code code, Leefgebied leefgebied, @NotNull LocalDate aangemeldOp, @NotNull Status status,
            @NotNull LocalDate statusDatum, Integer wachttijdDagen, @NotNull boolean begeleidNaarEersteAfspraak,
            @NotNull List<@NotNull Stap> stappen, @NotNull int versie, String aangemeldDoor, Organisatie organisatie,
            @NotNull List<@NotNull Categorie> onthouden) implements nl.thvhub.platform.Herleesbaar {

        /** The referral as this reader may see it (the author by the policy file's {@code onthulling.auteur}). */
        public View voor(Besluit besluit) {
            return besluit.auteurOnthouden(organisatie == null ? null : organisatie.name(), betrokkeneId)
                    .map(c -> new View(id, huisverbodId, betrokkeneId, naar, code, leefgebied, aangemeldOp, status,
                            statusDatum, wachttijdDagen, begeleidNaarEersteAfspraak, stappen, versie, null, null, List.of(c)))
                    .orElse(this);
        }

        public static View van(Opgeslagen v) {
            return new View(v.id(), v.huisverbodId(), v.betrokkeneId(), v.naar(), v.code(), v.leefgebied(), v.aangemeldOp(),
                    v.status(), v.statusDatum(), v.wachttijdDagen(), v.begeleid(), v.stappen(), v.versie(), v.door(),
                    v.organisatie(), List.of());
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
