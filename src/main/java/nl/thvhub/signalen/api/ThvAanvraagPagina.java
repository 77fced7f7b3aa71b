package nl.thvhub.signalen.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.signalen.ThvAanvraag;

/** A page of THV requests: the items and an opaque cursor for the next page (null on the last page). No totals. */
@Type("ThvAanvraagPagina")
@Schema(name = "ThvAanvraagPagina")
public record ThvAanvraagPagina(@NotNull List<ThvAanvraag.@NotNull View> items, String volgende) {
}
