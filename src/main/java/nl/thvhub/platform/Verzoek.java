package nl.thvhub.platform;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import nl.thvhub.platform.idempotentie.IdempotencyFilter;

/**
 * The request headers that steer disclosure ({@code Doelbinding}, {@code Noodtoegang}) and the W3C trace context, read
 * the same way for REST and GraphQL so both APIs decide alike.
 */
@RequestScoped
public class Verzoek {

    public static final String DOELBINDING = "Doelbinding";
    public static final String NOODTOEGANG = "Noodtoegang";

    private final CurrentVertxRequest request;

    public Verzoek(CurrentVertxRequest request) {
        this.request = request;
    }

    public Optional<String> doelbinding() {
        return header(DOELBINDING);
    }

    public Optional<String> noodtoegang() {
        return header(NOODTOEGANG);
    }

    private java.util.UUID noodtoegangZaak;

    /**
     * Claims this request's one emergency grant for a case: break-the-glass opens one case per request, so a GraphQL
     * document with aliases (or a list) cannot open several with one header. False when another case already has it.
     */
    public synchronized boolean claimNoodtoegang(java.util.UUID zaak) {
        if (noodtoegangZaak == null) {
            noodtoegangZaak = zaak;
        }
        return noodtoegangZaak.equals(zaak);
    }

    private boolean statistiekGeclaimd;

    /**
     * Claims this request's one statistics query: a GraphQL document with aliased {@code statistieken} fields would
     * otherwise hold several database connections for seconds each. False when one was claimed already.
     */
    public synchronized boolean claimStatistiek() {
        boolean vrij = !statistiekGeclaimd;
        statistiekGeclaimd = true;
        return vrij;
    }

    private Object uitgesteldeClaim;

    /** Holds the Idempotency-Key claim of a streamed body until the resource has read it ({@link GestreamdeInhoud}). */
    public synchronized void stelClaimUit(Object claim) {
        uitgesteldeClaim = claim;
    }

    public synchronized Optional<Object> uitgesteldeClaim() {
        Optional<Object> claim = Optional.ofNullable(uitgesteldeClaim);
        uitgesteldeClaim = null;
        return claim;
    }

    /** The raw key; blank counts as sent, so that it is refused rather than ignored. */
    public Optional<String> idempotencyKey() {
        RoutingContext rc = request.getCurrent();
        return Optional.ofNullable(rc == null ? null : rc.request().getHeader(IdempotencyFilter.HEADER));
    }

    /** Tells the client that (part of) this answer is the stored result of an earlier request with the same key. */
    public void markeerHerhaald() {
        RoutingContext rc = request.getCurrent();
        if (rc != null && !rc.response().headWritten()) {
            rc.response().putHeader(IdempotencyFilter.REPLAYED, "true");
        }
    }

    /** Trace id and span id of the current span (from {@code traceparent} when the caller sent one). */
    public Trace trace() {
        SpanContext ctx = Span.current().getSpanContext();
        return ctx.isValid() ? new Trace(ctx.getTraceId(), ctx.getSpanId()) : Trace.GEEN;
    }

    private Optional<String> header(String name) {
        RoutingContext rc = request.getCurrent();
        if (rc == null) {
            return Optional.empty();
        }
        String value = rc.request().getHeader(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
