package nl.thvhub.werkplek.api;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.audit.service.FgService;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.privacy.service.NoodtoegangService;

/**
 * The FG's desk: the break-the-glass uses to review (unreviewed first) with a form to record the verdict, and whether
 * the audit chain of the last seven days verifies — through the FG's own services, as the API's {@code /noodtoegang}
 * and {@code /audit/verificatie}.
 */
@Path("/werkplek/fg")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class FgschermResource {

    private final Werkplekgebruiker gebruiker;
    private final NoodtoegangService noodtoegang;
    private final FgService fg;
    private final Clock clock;

    public FgschermResource(Werkplekgebruiker gebruiker, NoodtoegangService noodtoegang, FgService fg, Clock clock) {
        this.gebruiker = gebruiker;
        this.noodtoegang = noodtoegang;
        this.fg = fg;
        this.clock = clock;
    }

    @GET
    public Uni<Response> overzicht(@QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("fg", Meldingen.van(gedaan));
            return noodtoegang.lijst(gebruiker.actor(), false).chain(grants -> fg
                    .verifieer(gebruiker.actor(), clock.instant().minus(Duration.ofDays(7)), clock.instant())
                    .map(u -> Schermuitvoer.ok(Schermen.fg(kader, grants.stream()
                            .map(n -> new Schermen.Noodregel(n.id().toString(), n.huisverbodId().toString(),
                                    n.gebruiker() == null ? "" : n.gebruiker(), Labels.code(n.rol()),
                                    Labels.naam(n.organisatie()),
                                    n.reden() == null ? "" : n.reden(), Labels.moment(n.verleendOp()),
                                    n.beoordeeldOp() == null
                                            ? null
                                            : Labels.moment(n.beoordeeldOp()) + ", " + uitkomst(n) + n.oordeel()))
                            .toList(), new Schermen.Ketenstand(u.geldig(), u.gecontroleerd(), u.eersteFout())))));
        });
    }

    @POST
    @Path("/noodtoegang/{id}/beoordeling")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> beoordeel(@PathParam("id") String id, @RestForm("csrf") String csrf,
            @RestForm("uitkomst") String uitkomst, @RestForm("oordeel") String oordeel) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            if (!gebruiker.formulierKlopt(csrf)) {
                throw ProblemException.forbidden(Meldingen.FORMULIER_ONGELDIG);
            }
            UUID grant;
            try {
                grant = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ProblemException.notFound();
            }
            // an unknown or missing choice goes on as null: the service answers it as the API does (400 naming uitkomst)
            nl.thvhub.privacy.NoodtoegangUitkomst code = java.util.Arrays.stream(nl.thvhub.privacy.NoodtoegangUitkomst.values())
                    .filter(u -> u.name().equals(uitkomst)).findFirst().orElse(null);
            return noodtoegang.beoordeel(gebruiker.actor(), grant, code, oordeel)
                    .map(n -> Response.seeOther(java.net.URI.create("/werkplek/fg?gedaan=beoordeeld")).build());
        });
    }

    /** The coded verdict in words, before its reasons; none for a verdict given before it had a code. */
    private static String uitkomst(nl.thvhub.privacy.Noodtoegang n) {
        return n.uitkomst() == null
                ? ""
                : n.uitkomst() == nl.thvhub.privacy.NoodtoegangUitkomst.TERECHT ? "terecht: " : "onterecht: ";
    }
}
