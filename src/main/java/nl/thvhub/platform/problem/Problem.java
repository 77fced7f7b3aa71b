package nl.thvhub.platform.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the single error shape of the REST API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
        List<InvalidParam> invalidParams, String huidigeStatus, List<String> toegestaneActies) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A role check refused the request: the same answer from REST and GraphQL. */
    public static final Problem GEEN_TOEGANG = of(403, "Geen toegang", "Uw rol geeft geen toegang tot deze resource.");

    /** No valid token. */
    public static final Problem NIET_GEAUTHENTICEERD = of(401, "Niet geauthenticeerd",
            "Een geldig bearer-token van de THV-realm is vereist.");

    /** One rejected input field: its name (a JSON pointer-like path) and why it was rejected. */
    public record InvalidParam(String name, String reason) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null, null, null);
    }

    public Problem withInvalidParams(List<InvalidParam> params) {
        return new Problem(type, title, status, detail, instance, correlationId, params, huidigeStatus, toegestaneActies);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, id, invalidParams, huidigeStatus, toegestaneActies);
    }

    public Problem withState(String current, List<String> allowed) {
        return new Problem(type, title, status, detail, instance, correlationId, invalidParams, current, allowed);
    }
}
