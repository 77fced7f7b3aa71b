package nl.thvhub.platform.security;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A werkplek request without a valid login (no session, an expired one, or one ended by Keycloak's back-channel logout)
 * is answered with the login redirect of its OIDC tenant, not with the API's 401 problem: a browser must land on the
 * login page. The API's paths keep their 401.
 */
public final class Inlogverzoek {

    private Inlogverzoek() {
    }

    /** The login challenge of the request's tenant when it is a werkplek request, else empty. */
    public static Optional<Uni<Response>> voor(RoutingContext rc) {
        if (rc == null || !(rc.normalizedPath().equals("/werkplek") || rc.normalizedPath().startsWith("/werkplek/"))) {
            return Optional.empty();
        }
        HttpAuthenticator authenticator = rc.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Optional.empty();
        }
        return Optional.of(authenticator.getChallenge(rc).map(c -> {
            Response.ResponseBuilder b = Response.status(c.status);
            c.getHeaders().forEach((naam, waarde) -> b.header(naam.toString(), waarde));
            return b.build();
        }));
    }
}
