package nl.thvhub.privacy.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Noodtoegang;
import nl.thvhub.privacy.NoodtoegangUitkomst;
import nl.thvhub.privacy.service.NoodtoegangService;

/** {@code /api/v1/noodtoegang}: the FG's review list of every break-the-glass read. */
@Path("/api/v1/noodtoegang")
@Tag(name = "Noodtoegang")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rol.C_FG)
public class NoodtoegangResource {

    /** The FG's review of one grant: justified or not, and why. */
    @Schema(name = "NoodtoegangBeoordeling")
    public record Beoordeling(@NotNull NoodtoegangUitkomst uitkomst, @NotNull @Size(min = 1, max = 2000) String oordeel) {
    }

    private final NoodtoegangService service;
    private final ActorResolver actors;

    public NoodtoegangResource(NoodtoegangService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Noodtoegangen ter beoordeling (onbeoordeeld eerst)")
    public Uni<List<Noodtoegang>> lijst(@QueryParam("onbeoordeeld") Boolean onbeoordeeld) {
        // optional: absent lists every grant (a primitive parameter reached the converter as a value nobody sent)
        return service.lijst(actors.current(), Boolean.TRUE.equals(onbeoordeeld));
    }

    @POST
    @Path("/{id}/beoordeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een noodtoegang beoordelen")
    public Uni<Noodtoegang> beoordeel(@PathParam("id") UUID id, Beoordeling beoordeling) {
        return service.beoordeel(actors.current(), id, beoordeling == null ? null : beoordeling.uitkomst(),
                beoordeling == null ? null : beoordeling.oordeel());
    }
}
