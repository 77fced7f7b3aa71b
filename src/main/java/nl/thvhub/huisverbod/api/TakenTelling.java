package nl.thvhub.huisverbod.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.service.Werkvoorraad;

/** How many tasks of one kind the caller holds, and how many of them are overdue. */
@Type("TakenTelling")
@Schema(name = "TakenTelling")
public record TakenTelling(@NotNull Taaksoort soort, @NotNull Integer open, @NotNull Integer verlopen) {

    static TakenTelling van(Werkvoorraad.Telling t) {
        return new TakenTelling(t.soort(), t.open(), t.verlopen());
    }
}
