package nl.thvhub.uhg.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.service.ZonderVerblijfLijst;

/** The running THVs whose uithuisgeplaatste has no known place to stay (issue 33.2). */
@Path("/api/v1/uithuisgeplaatsten")
@Tag(name = "Uithuisgeplaatste")
@Produces(MediaType.APPLICATION_JSON)
public class UhgLijstResource {

    private final ZonderVerblijfLijst zonderVerblijf;
    private final ActorResolver actors;

    public UhgLijstResource(ZonderVerblijfLijst zonderVerblijf, ActorResolver actors) {
        this.zonderVerblijf = zonderVerblijf;
        this.actors = actors;
    }

    @GET
    @Path("/zonder-verblijf")
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM})
    @Operation(summary = "Lopende huisverboden waarvan de uithuisgeplaatste geen bekende verblijfplek heeft", description = "Voor "
            + "Veilig Thuis en de zorgcoordinator van de uithuisgeplaatste; alleen zaken waarvan u het verblijf mag zien, "
            + "langstlopende eerst, ten hoogste 500.")
    public Uni<List<Verblijf.ZonderVerblijf>> zonderVerblijf() {
        return zonderVerblijf.lijst(actors.current());
    }

}
