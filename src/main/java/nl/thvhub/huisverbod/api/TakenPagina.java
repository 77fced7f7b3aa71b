package nl.thvhub.huisverbod.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the work queue: the tasks, most urgent first, and an opaque cursor for the next page. No totals. */
@Type("TakenPagina")
@Schema(name = "TakenPagina")
public record TakenPagina(@NotNull List<@NotNull TaakView> items, String volgende) {
}
