package nl.thvhub.opvolging;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Versie;

/**
 * The monitoring report at the end of monitoring, by the measures of the seed's chapter 4: did the threat decrease, did
 * each person's referral succeed, did the relationship end, is recidivism known; or explicitly waived with a reason.
 * Required before closing (category HULPVERLENING; a person's outcome per person).
 */
public final class Eindrapport {

    /** The kind of resource an Idempotency-Key replay reads again. */
    public static final String SOORT = "eindrapport";

    private Eindrapport() {
    }

    /** How a referral turned out. */
    @org.eclipse.microprofile.graphql.Name("Verwijzingsuitkomst")
    @Schema(name = "Verwijzingsuitkomst")
    public enum Uitkomst {
        JA, DEELS, NEE, ONDUIDELIJK
    }

    /** Why an adult was not referred (issue 35.1: closing needs a started referral or one of these per adult). */
    @org.eclipse.microprofile.graphql.Name("GeenVerwijzingReden")
    @Schema(name = "GeenVerwijzingReden")
    public enum GeenVerwijzingReden {
        /** No help is needed. */
        NIET_NODIG,
        /** The person refuses help. */
        WEIGERT,
        /** The person is already in care elsewhere. */
        ELDERS_IN_ZORG
    }

    /** Why one person was not referred. */
    @Schema(name = "ZonderVerwijzingInput")
    @Input("ZonderVerwijzingInput")
    public record ZonderVerwijzingInvoer(@NotNull UUID betrokkeneId, @NotNull GeenVerwijzingReden reden) {
    }

    /** Why one person was not referred, as stored. */
    @Schema(name = "ZonderVerwijzing")
    @Type("ZonderVerwijzing")
    public record ZonderVerwijzing(@NotNull UUID betrokkeneId, @NotNull GeenVerwijzingReden reden) {
    }

    /** One person's referral outcome. */
    @Schema(name = "VerwijzingGeslaagdInput")
    @Input("VerwijzingGeslaagdInput")
    public record PersoonInvoer(@NotNull UUID betrokkeneId, @NotNull Uitkomst uitkomst) {
    }

    /** The report, or {@code afgezienReden} alone when it is waived. */
    @Schema(name = "EindrapportInput")
    @Input("EindrapportInput")
    public record Vastlegging(JaNeeOnduidelijk dreigingAfgenomen,
            @Size(max = 20) List<@Valid PersoonInvoer> verwijzingGeslaagd, JaNeeOnduidelijk relatieBeeindigd,
            JaNeeOnduidelijk recidiveBekend, @Size(max = 4000) String toelichting, @Size(max = 1000) String afgezienReden,
            @Schema(description = "Of slachtoffer en uithuisgeplaatste gescheiden wonen (telt mee in de uitkomstcijfers); leeg: niet vastgelegd") JaNeeOnduidelijk gescheidenWonen,
            @Schema(description = "Per volwassene die niet is verwezen: waarom niet (NIET_NODIG, WEIGERT, ELDERS_IN_ZORG); afsluiten vraagt per volwassene een gestarte verwijzing of een reden") @Size(max = 20) List<@Valid ZonderVerwijzingInvoer> zonderVerwijzing) {
    }

    /** One person's referral outcome as stored. */
    @Schema(name = "VerwijzingGeslaagd")
    @Type("VerwijzingGeslaagd")
    public record Persoon(@NotNull UUID betrokkeneId, @NotNull Uitkomst uitkomst) {
    }

    /** The content of the report (the document's single item). */
    public record Inhoud(JaNeeOnduidelijk dreigingAfgenomen, List<Persoon> verwijzingGeslaagd,
            JaNeeOnduidelijk relatieBeeindigd, JaNeeOnduidelijk recidiveBekend, String toelichting, String afgezienReden,
            JaNeeOnduidelijk gescheidenWonen, List<ZonderVerwijzing> zonderVerwijzing) {

        public Inhoud {
            zonderVerwijzing = zonderVerwijzing == null ? List.of() : List.copyOf(zonderVerwijzing);
        }
    }

    /**
     * The report as the reader may see it: version 0 when none was written; {@code verwijzingGeslaagd} only of persons
     * whose help data the reader may see, the others named in {@code onthouden}.
     */
    @Schema(name = "Eindrapport")
    @Type("Eindrapport")
    public record View(@NotNull UUID huisverbodId, @NotNull int versie, JaNeeOnduidelijk dreigingAfgenomen,
            @NotNull List<@NotNull Persoon> verwijzingGeslaagd, JaNeeOnduidelijk relatieBeeindigd,
            JaNeeOnduidelijk recidiveBekend, String toelichting, String afgezienReden, JaNeeOnduidelijk gescheidenWonen,
            @NotNull List<@NotNull ZonderVerwijzing> zonderVerwijzing, @NotNull List<@NotNull Versie> versies,
            @NotNull List<@NotNull Categorie> onthouden) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, huisverbodId);
        }
    }
}
