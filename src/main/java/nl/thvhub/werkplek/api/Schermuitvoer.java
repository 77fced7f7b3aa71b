package nl.thvhub.werkplek.api;

import java.util.function.Supplier;

import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.problem.ProblemException;

/**
 * Turns a page or a refusal into an HTML response: a 404 reads the same for a case that does not exist and for one out
 * of reach (the API's rule), a 403 says the role has no access, a 503 that nothing was shown because it could not be
 * recorded. No page shows a stack trace or a problem's internals.
 */
final class Schermuitvoer {

    private Schermuitvoer() {
    }

    static Response html(int status, TemplateInstance pagina) {
        return Response.status(status).type("text/html;charset=UTF-8").entity(pagina.render()).build();
    }

    static Response ok(TemplateInstance pagina) {
        return html(200, pagina);
    }

    /** The page, or the error page of a refusal on the way to it. */
    static Uni<Response> veilig(Werkplekgebruiker gebruiker, Supplier<Uni<? extends Response>> pagina) {
        return Uni.createFrom().<Response>deferred(pagina).onFailure(ProblemException.class)
                .recoverWithItem(e -> fout(gebruiker, (ProblemException) e));
    }

    static Response fout(Werkplekgebruiker gebruiker, ProblemException e) {
        int status = e.problem().status();
        Kader kader;
        try {
            kader = gebruiker.kader("", null);
        } catch (ProblemException geenActor) {
            kader = gebruiker.kaal();
        }
        return switch (status) {
            case 404 -> html(404, Schermen.fout(kader, "Niet gevonden",
                    "Deze zaak of pagina bestaat niet, of is niet voor u. Ga terug naar uw werkvoorraad."));
            case 403 -> html(403, Schermen.fout(kader, "Geen toegang",
                    e.problem().detail() == null ? "Uw rol heeft hier geen toegang." : e.problem().detail()));
            case 503 -> Response.fromResponse(html(503, Schermen.fout(kader, "Even niet beschikbaar",
                    "De hub kon niet vastleggen dat u deze gegevens bekijkt, en laat ze daarom niet zien. Probeer het zo opnieuw.")))
                    .header("Retry-After", "5").build();
            case 429 -> html(429, Schermen.fout(kader, "Te veel verzoeken", "Wacht even en probeer het opnieuw."));
            default -> html(status, Schermen.fout(kader, "Dit lukte niet",
                    e.problem().detail() == null ? e.problem().title() : e.problem().detail()));
        };
    }
}
