package nl.thvhub.werkplek.api;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.problem.ProblemException;

/** One person of a case: contact, analysis, referrals and network, each as its service shows it ({@link Persoonpagina}). */
@Path("/werkplek/huisverboden/{id}/personen/{persoon}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PersoonschermResource {

    private final Werkplekgebruiker gebruiker;
    private final Persoonpagina pagina;

    public PersoonschermResource(Werkplekgebruiker gebruiker, Persoonpagina pagina) {
        this.gebruiker = gebruiker;
        this.pagina = pagina;
    }

    @GET
    public Uni<Response> persoon(@PathParam("id") String id, @PathParam("persoon") String persoon,
            @jakarta.ws.rs.QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> pagina.toon(uuid(id), uuid(persoon), Meldingen.van(gedaan),
                Zaakscherm.Formulier.leeg(), 200));
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
