package nl.thvhub.signalen.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.signalen.Overtreding;

/** A page of confirmed violations without follow-up: the items and an opaque cursor for the next page (null on the last page). No totals. */
@Type("OvertredingZonderVervolgPagina")
@Schema(name = "OvertredingZonderVervolgPagina")
public record OvertredingZonderVervolgPagina(@NotNull List<Overtreding.@NotNull ZonderVervolg> items, String volgende) {
}
