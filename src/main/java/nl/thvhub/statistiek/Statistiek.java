package nl.thvhub.statistiek;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** THVs per group with subtotals, over the hub's own cases and the imported history ({@code van} to {@code tot}). */
@Type("Statistiek")
@Schema(name = "Statistiek")
public record Statistiek(@NotNull int van, @NotNull int tot, @NotNull List<@NotNull String> groepering,
        @NotNull boolean kleineAantallenOnderdrukt, @NotNull List<@NotNull Statistiekregel> items) {
}
