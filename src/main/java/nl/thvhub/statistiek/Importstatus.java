package nl.thvhub.statistiek;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a bulk import stands: lines read, accepted (stored now, or already stored under the same externId) and
 * rejected; the rejected lines by their 1-based number with the field and the reason (the first 1,000).
 */
@Type("Importstatus")
@Schema(name = "Importstatus")
public record Importstatus(@NotNull UUID id, @NotNull Status status, @NotNull Formaat formaat, @NotNull int verwerkt,
        @NotNull int geaccepteerd, @NotNull int afgewezen, @NotNull List<@NotNull Fout> fouten, @NotNull Instant gestartOp,
        Instant gereedOp, String reden) {

    /**
     * BEZIG while lines are read, GEREED when every line is handled, MISLUKT when the file could not be read to the end,
     * INGETROKKEN when the importing organisation withdrew it (its THVs are gone).
     */
    @org.eclipse.microprofile.graphql.Enum("Importtoestand")
    @Schema(name = "Importtoestand")
    public enum Status {
        BEZIG, GEREED, MISLUKT, INGETROKKEN
    }

    /** The body's format: one JSON object per line, or CSV with a header row of the same field names. */
    @org.eclipse.microprofile.graphql.Enum("Importformaat")
    @Schema(name = "Importformaat")
    public enum Formaat {
        NDJSON, CSV
    }

    /**
     * Why one line was rejected; nothing of it was stored. A field name comes from the file, so it is cut to what the
     * error list keeps (100 characters; the reason to 300): one line's long unknown name must not stop the import.
     */
    @Type("Importfout")
    @Schema(name = "Importfout")
    public record Fout(@NotNull int regel, String veld, @NotNull String reden) {

        public Fout {
            veld = kort(veld, 100);
            reden = kort(reden, 300);
        }

        private static String kort(String tekst, int max) {
            return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
        }
    }
}
