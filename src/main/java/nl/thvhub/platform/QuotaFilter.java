package nl.thvhub.platform;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Quota;

/** Counts every authenticated REST request against the client's and the user's quota before any work is done. */
public class QuotaFilter {

    private final ActorResolver actors;
    private final Quota quota;

    public QuotaFilter(ActorResolver actors, Quota quota) {
        this.actors = actors;
        this.quota = quota;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Uni<Response> tel(ContainerRequestContext ctx) {
        if (!ctx.getUriInfo().getPath().startsWith("/api/v1/")) {
            return Uni.createFrom().nullItem();
        }
        return actors.resolvedOrNull().map(actor -> {
            if (actor != null) {
                quota.tel(actor);
            }
            return null;
        });
    }
}
