package nl.thvhub.uhg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;

/**
 * Veilig Thuis' decision whether the uithuisgeplaatste may use shelter (category OPVANG_UHG: Veilig Thuis, the UHG's
 * coordinator and the gemeente that pays); that shelter was granted is KERN for every other reader of the case.
 */
public final class Opvang {

    private Opvang() {
    }

    /** The decision: in aanmerking or not, why, for how many nights (only when granted), on which day. */
    @Schema(name = "OpvangbesluitInput")
    @Input("OpvangbesluitInput")
    public record Besluit(@NotNull Boolean inAanmerking, @NotBlank @Size(max = 2000) String reden,
            @Min(1) @Max(365) Integer nachten, @NotNull @Schema(example = "2026-12-01") LocalDate besluitOp) {
    }

    /** One decision as stored. */
    @Schema(name = "Opvangbesluit")
    @Type("Opvangbesluit")
    public record Versie(@NotNull int versie, @NotNull boolean inAanmerking, @NotNull String reden, Integer nachten,
            @NotNull LocalDate besluitOp, @NotNull String vastgelegdDoor, @NotNull Organisatie organisatie,
            @NotNull Instant vastgelegdOp) {
    }

    /**
     * The decision as this reader may see it: {@code toegekend} for every reader of the case (null: no decision yet);
     * the decision and its history with OPVANG_UHG only.
     */
    @Schema(name = "Opvang")
    @Type("Opvang")
    public record View(@NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull int versie, Boolean toegekend,
            Versie besluit, List<@NotNull Versie> geschiedenis, @NotNull List<@NotNull Categorie> onthouden) {

        public static View van(UUID zaak, UUID persoon, List<Versie> versies, boolean magBesluit) {
            Versie huidig = versies.isEmpty() ? null : versies.get(0);
            Boolean toegekend = huidig == null ? null : huidig.inAanmerking();
            int versie = huidig == null ? 0 : huidig.versie();
            return magBesluit
                    ? new View(zaak, persoon, versie, toegekend, huidig, versies, List.of())
                    : new View(zaak, persoon, versie, toegekend, null, null, List.of(Categorie.OPVANG_UHG));
        }
    }
}
