package nl.thvhub.huisverbod.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of cases: the items and an opaque cursor for the next page (null on the last page). No totals. */
@Type("HuisverbodPagina")
@Schema(name = "HuisverbodPagina")
public record HuisverbodPagina(@NotNull List<@NotNull HuisverbodView> items, String volgende) {
}
