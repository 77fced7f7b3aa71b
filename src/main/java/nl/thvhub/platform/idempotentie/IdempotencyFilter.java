package nl.thvhub.platform.idempotentie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.platform.GestreamdeInhoud;
import nl.thvhub.platform.Herhalingslog;
import nl.thvhub.platform.Herlezers;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.Zaakverwijzing;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemMappers;
import nl.thvhub.platform.security.ActorResolver;

/**
 * {@code Idempotency-Key} on every REST POST: the first request with a key claims it and runs; a retry with the same
 * payload replays the first response; another payload under the same key is 422; a retry while the first still runs is
 * 409. Partner systems must send a key (400 without), because they retry automatically.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final List<String> BEWAARDE_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE);

    private final ActorResolver actors;
    private final Idempotentie store;
    private final ObjectMapper json;
    private final Herhalingslog herhalingslog;
    private final Herlezers herlezers;

    private final Verzoek verzoek;

    public IdempotencyFilter(ActorResolver actors, Idempotentie store, ObjectMapper json, Herhalingslog herhalingslog,
            Herlezers herlezers, Verzoek verzoek) {
        this.verzoek = verzoek;
        this.herlezers = herlezers;
        this.actors = actors;
        this.store = store;
        this.json = json;
        this.herhalingslog = herhalingslog;
    }

    private record Geclaimd(String scope, String sleutel) {
    }

    /**
     * A claim postponed until a streamed body has passed (a resource marked {@link GestreamdeInhoud}): the body is hashed
     * while the resource reads it, and the resource claims the key once it has it.
     */
    record Uitgesteld(nl.thvhub.platform.security.Actor actor, String sleutel, MessageDigest sha,
            ContainerRequestContext ctx) {
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 20, readBody = true)
    public Uni<Response> voor(ContainerRequestContext ctx, ResourceInfo resource) {
        if (!"POST".equals(ctx.getMethod()) || !ctx.getUriInfo().getPath().startsWith("/api/v1/")) {
            return Uni.createFrom().nullItem();
        }
        String sleutel = ctx.getHeaderString(HEADER);
        String kop = ctx.getMethod() + " " + ctx.getUriInfo().getPath();
        boolean gestreamd = resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(GestreamdeInhoud.class);
        return actors.resolvedOrNull().chain(actor -> {
            if (actor == null) {
                return Uni.createFrom().nullItem();
            }
            if (gestreamd) {
                // never read a streamed body into memory: hash it as the resource streams it, claim afterwards
                Idempotentie.controleerSleutel(actor, sleutel, "POST");
                if (sleutel != null) {
                    MessageDigest sha = Idempotentie.begin(kop);
                    ctx.setEntityStream(new DigestInputStream(ctx.getEntityStream(), sha));
                    verzoek.stelClaimUit(new Uitgesteld(actor, sleutel, sha, ctx));
                }
                return Uni.createFrom().nullItem();
            }
            String hash = sleutel == null ? null : Idempotentie.hash(kop, body(ctx));
            return store.claimVoor(actor, sleutel, sleutel, hash, "POST", verzoek.trace().traceId())
                    .chain(claim -> afhandelen(actor, ctx, sleutel, claim));
        });
    }

    /**
     * The postponed claim of a streamed body, once the resource has read it all: empty to go on (the key is now this
     * request's), or the answer of the earlier request with this key (or 409/422 as for any other write).
     */
    Uni<java.util.Optional<Response>> claimNaStreamen() {
        java.util.Optional<Uitgesteld> uitgesteld = verzoek.uitgesteldeClaim().map(Uitgesteld.class::cast);
        if (uitgesteld.isEmpty()) {
            return Uni.createFrom().item(java.util.Optional.empty());
        }
        Uitgesteld u = uitgesteld.get();
        String hash = java.util.HexFormat.of().formatHex(u.sha().digest());
        return store.claimVoor(u.actor(), u.sleutel(), u.sleutel(), hash, "POST", verzoek.trace().traceId())
                .chain(claim -> afhandelen(u.actor(), u.ctx(), u.sleutel(), claim)).map(java.util.Optional::ofNullable);
    }

    /** What a claim means for the request: null to run it, else the answer to send instead. */
    private Uni<Response> afhandelen(nl.thvhub.platform.security.Actor actor, ContainerRequestContext ctx, String sleutel,
            Idempotentie.Claim claim) {
        if (claim == null) {
            return Uni.createFrom().nullItem();
        }
        if (claim.uitkomst() == Idempotentie.Uitkomst.NIEUW) {
            ctx.setProperty(CLAIM, new Geclaimd(Idempotentie.scope(actor), sleutel));
            return Uni.createFrom().nullItem();
        }
        if (claim.uitkomst() == Idempotentie.Uitkomst.GESCHREVEN) {
            return verlorenAntwoord(actor, ctx.getUriInfo().getPath(), Idempotentie.scope(actor), sleutel, claim);
        }
        // a stored error carries no case data; a stored success is disclosed again and audited first; one that
        // held personal data was stored as a re-read and goes through the privacy decision of now
        if (claim.antwoord().status() >= 400) {
            return Uni.createFrom().item(replay(claim.antwoord(), null));
        }
        java.util.Optional<Herlezing> herlezing = Herlezing.uit(claim.antwoord().body());
        java.util.UUID zaak = herlezing.map(Herlezing::zaak)
                .orElseGet(() -> Zaakverwijzing.rest(ctx.getUriInfo().getPath(),
                        claim.antwoord().headers().getString(HttpHeaders.LOCATION), claim.antwoord().body()));
        return herhalingslog.herhaald(actor, zaak, claim.eerste())
                .chain(v -> herlezing.isEmpty()
                        ? Uni.createFrom().item(replay(claim.antwoord(), null))
                        : herlezers.herlees(actor, herlezing.get()).map(entity -> replay(claim.antwoord(), entity)));
    }

    @ServerResponseFilter
    public Uni<Void> na(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Geclaimd c)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() >= 500) {
            return store.geefVrij(c.scope(), c.sleutel());
        }
        JsonObject headers = new JsonObject();
        for (String h : BEWAARDE_HEADERS) {
            Object v = response.getHeaders().getFirst(h);
            if (v != null) {
                headers.put(h, v.toString());
            }
        }
        if (response.getMediaType() != null && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getMediaType().toString());
        }
        String body;
        try {
            // personal data is not kept for a replay: a resource that holds it is stored as how to read it again
            Herlezing herlezing = response.hasEntity() && response.getStatus() < 400
                    ? herlezers.opTeSlaan(response.getEntity())
                    : null;
            body = herlezing != null
                    ? herlezing.opslag()
                    : response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
        } catch (JsonProcessingException e) {
            return store.geefVrij(c.scope(), c.sleutel());
        }
        return store.bewaar(c.scope(), c.sleutel(), new Idempotentie.Antwoord(response.getStatus(), headers, body));
    }

    /**
     * The first request wrote and died before its answer was stored (a crash): a case write is answered as it would have
     * been, with the case read again now (201 and Location for imposing, 200 for an action on the case) and stored for
     * later retries; any other write gets 409 saying it was done, so the client reads the result instead of writing again.
     */
    private Uni<Response> verlorenAntwoord(nl.thvhub.platform.security.Actor actor, String pad, String scope, String sleutel,
            Idempotentie.Claim claim) {
        boolean opleggen = pad.equals("/api/v1/huisverboden");
        if (claim.zaak() == null || !(opleggen || pad.startsWith("/api/v1/huisverboden/" + claim.zaak() + "/"))) {
            return Uni.createFrom().item(ProblemMappers.respond(Problem.of(409, "Verzoek al verwerkt",
                    "Het eerste verzoek met deze Idempotency-Key is verwerkt, maar het antwoord ging verloren; lees het "
                            + "resultaat op in plaats van opnieuw te schrijven.")));
        }
        Herlezing herlezing = new Herlezing("huisverbod", claim.zaak(), claim.zaak());
        JsonObject headers = new JsonObject().put(HttpHeaders.CONTENT_TYPE, "application/json");
        if (opleggen) {
            headers.put(HttpHeaders.LOCATION, "/api/v1/huisverboden/" + claim.zaak());
        }
        Idempotentie.Antwoord antwoord = new Idempotentie.Antwoord(opleggen ? 201 : 200, headers, herlezing.opslag());
        return store.bewaar(scope, sleutel, antwoord).chain(() -> herhalingslog.herhaald(actor, claim.zaak(), claim.eerste()))
                .chain(() -> herlezers.herlees(actor, herlezing)).map(entity -> replay(antwoord, entity));
    }

    /** The stored status and headers, with the entity read again (or the stored body when none was needed). */
    private static Response replay(Idempotentie.Antwoord a, Object herlezen) {
        Response.ResponseBuilder b = Response.status(a.status()).header(REPLAYED, "true");
        a.headers().forEach(e -> b.header(e.getKey(), e.getValue()));
        if (herlezen != null) {
            b.entity(herlezen);
        } else if (a.body() != null) {
            b.entity(a.body());
        }
        return b.build();
    }

    /**
     * The body as the resource method will read it. An action without a body parameter (an acknowledgement, a
     * redelivery) ignores whatever was sent, and Quarkus does not buffer it for filters then: reading it would block the
     * event loop, so such a request is identified by method and path alone.
     */
    private static byte[] body(ContainerRequestContext ctx) {
        if (!ctx.hasEntity()) {
            return new byte[0];
        }
        try {
            byte[] body = ctx.getEntityStream().readAllBytes();
            ctx.setEntityStream(new ByteArrayInputStream(body));
            return body;
        } catch (org.jboss.resteasy.reactive.common.core.BlockingNotAllowedException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
