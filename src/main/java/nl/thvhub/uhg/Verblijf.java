package nl.thvhub.uhg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;

/**
 * Where the uithuisgeplaatste stays (category VERBLIJF_UHG, seed §2.6: with friends, in a hotel the gemeente pays, in a
 * cell, a clinic or a car): a versioned record whose history says who knew what when. Whether a place is known at all is
 * KERN, so the victims' coordinator learns that much and no more.
 */
public final class Verblijf {

    private Verblijf() {
    }

    /** The kind of place. */
    @Schema(name = "Verblijfsoort")
    @org.eclipse.microprofile.graphql.Name("Verblijfsoort")
    public enum Soort {
        NETWERK, HOTEL, MAATSCHAPPELIJKE_OPVANG, CEL, KLINIEK, AUTO_STRAAT, ELDERS, ONBEKEND
    }

    /** A new fact about where he stays: since when, and from whom the writer knows it. */
    @Schema(name = "VerblijfInput")
    @Input("VerblijfInput")
    public record Vastlegging(@NotNull Soort soort, @Size(max = 300) String adres,
            @NotNull @Schema(example = "2026-12-01") LocalDate sinds,
            @NotBlank @Size(max = 300) @Schema(description = "Van wie of waaruit dit bekend is") String bron) {
    }

    /** One version as stored. */
    @Schema(name = "Verblijfsversie")
    @Type("Verblijfsversie")
    public record Versie(@NotNull int versie, @NotNull Soort soort, String adres, @NotNull LocalDate sinds,
            @NotNull String bron, @NotNull String vastgelegdDoor, @NotNull Organisatie organisatie,
            @NotNull Instant vastgelegdOp) {

        /** Whether this version names a place to stay. */
        public boolean bekend() {
            return soort != Soort.ONBEKEND;
        }
    }

    /**
     * Where he stays as this reader may see it: {@code bekend} for every reader of the case; the place, its source and
     * the history only with VERBLIJF_UHG (else null and named in {@code onthouden}). Version 0: nothing recorded yet.
     */
    @Schema(name = "Verblijf")
    @Type("Verblijf")
    public record View(@NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull int versie, @NotNull boolean bekend,
            Soort soort, String adres, LocalDate sinds, String bron, List<@NotNull Versie> geschiedenis,
            @NotNull List<@NotNull Categorie> onthouden) {

        /** The view of these versions (newest first) for a reader who may, or may not, see the place. */
        public static View van(UUID zaak, UUID persoon, List<Versie> versies, boolean magPlaats) {
            Versie huidig = versies.isEmpty() ? null : versies.get(0);
            boolean bekend = huidig != null && huidig.bekend();
            int versie = huidig == null ? 0 : huidig.versie();
            if (!magPlaats) {
                return new View(zaak, persoon, versie, bekend, null, null, null, null, null, List.of(Categorie.VERBLIJF_UHG));
            }
            return huidig == null
                    ? new View(zaak, persoon, 0, false, null, null, null, null, List.of(), List.of())
                    : new View(zaak, persoon, versie, bekend, huidig.soort(), huidig.adres(), huidig.sinds(), huidig.bron(),
                            versies, List.of());
        }
    }

    /** A running THV whose UHG has no known place to stay (the list for Veilig Thuis and the UHG's coordinator). */
    @Schema(name = "UhgZonderVerblijf")
    @Type("UhgZonderVerblijf")
    public record ZonderVerblijf(@NotNull UUID huisverbodId, @NotNull String registratienummer, @NotNull UUID betrokkeneId,
            @NotNull Instant opgelegdOp, @NotNull Instant eindmoment, Soort laatsteSoort, Instant laatstVastgelegdOp) {
    }
}
