package nl.thvhub.zorg.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.service.PlanService;

/** The free-text plan of before the plans ({@code PUT /hulpverlening}, deprecated): kept for existing clients. */
@Path("/api/v1/huisverboden/{id}/hulpverlening")
@Tag(name = "Huisverboden")
@Produces(MediaType.APPLICATION_JSON)
public class VrijeTekstResource {

    private final PlanService service;
    private final Zaaktoegang toegang;
    private final ActorResolver actors;

    public VrijeTekstResource(PlanService service, Zaaktoegang toegang, ActorResolver actors) {
        this.service = service;
        this.toegang = toegang;
        this.actors = actors;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(deprecated = true, summary = "Hulpverleningsplan en veiligheidsafspraken als vrije tekst (verouderd: gebruik PUT /plannen/{soort})", description = "De tekst van plan wordt het enige item van het hulpverleningsplan, die van veiligheidsafspraken het enige item van het veiligheidsplan.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> hulpverlening(@PathParam("id") UUID id,
            @jakarta.ws.rs.HeaderParam(jakarta.ws.rs.core.HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Hulpverlening opdracht) {
        return service.vrijeTekst(actors.current(), id, nl.thvhub.huisverbod.api.HuisverbodResource.version(ifMatch), opdracht)
                .map(h -> Response.ok(HuisverbodView.of(h, toegang.now()))
                        .tag(new EntityTag(Integer.toString(h.zaak().versie()))).build());
    }
}
