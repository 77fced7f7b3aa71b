package nl.thvhub.platform;

/** The W3C trace context of a request as the audit log records it; both parts are null outside a traced request. */
public record Trace(String traceId, String spanId) {

    public static final Trace GEEN = new Trace(null, null);
}
