package nl.thvhub.platform.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import nl.thvhub.platform.security.Inlogverzoek;

/**
 * Turns every failure of the REST API into {@code application/problem+json}. Nothing of the exception (class names,
 * stack traces, SQL) reaches the client; unexpected failures carry only a correlation id that is also logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e instanceof Wachttijd q) {
            return Response.fromResponse(respond(e.problem())).header("Retry-After", q.retryAfter()).build();
        }
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Uni<Response> unauthorized(UnauthorizedException e, RoutingContext rc) {
        return Inlogverzoek.voor(rc).orElseGet(() -> Uni.createFrom().item(unauthenticated()));
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext rc) {
        return Inlogverzoek.voor(rc).orElseGet(() -> Uni.createFrom().item(unauthenticated()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.GEEN_TOEGANG);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            params.add(new Problem.InvalidParam(fieldName(v.getPropertyPath().toString()), v.getMessage()));
        }
        params.sort(Comparator.comparing(Problem.InvalidParam::name));
        return respond(Problem.of(400, "Ongeldige invoer", "Een of meer velden zijn ongeldig.").withInvalidParams(params));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return respond(Problem.of(400, "Ongeldige invoer", "Het verzoek bevat een onbekend veld.")
                .withInvalidParams(List.of(new Problem.InvalidParam(path(e), "onbekend veld"))));
    }

    @ServerExceptionMapper
    public Response badFormat(InvalidFormatException e) {
        // an unknown enum value names the values that are allowed, so a partner can correct it without the contract
        Class<?> doel = e.getTargetType();
        String reden = doel != null && doel.isEnum()
                ? "een van " + java.util.Arrays.stream(doel.getEnumConstants()).map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(", "))
                : "ongeldige waarde of notatie";
        return respond(Problem.of(400, "Ongeldige invoer", "Een veld heeft een ongeldige waarde of notatie.")
                .withInvalidParams(List.of(new Problem.InvalidParam(path(e), reden))));
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException e) {
        String field = path(e);
        return respond(Problem.of(400, "Ongeldige invoer", "Het verzoek kon niet worden gelezen.")
                .withInvalidParams(List.of(new Problem.InvalidParam(field.isEmpty() ? "body" : field, "ongeldige waarde"))));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return badJson(e);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return respond(Problem.of(400, "Ongeldige invoer", "Het verzoek is geen geldige JSON.")
                .withInvalidParams(List.of(new Problem.InvalidParam("body", "geen geldige JSON"))));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof ProblemException pe) {
            // a parameter that did not parse (Queryparameters), reported by its name
            return problem(pe);
        }
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return unauthenticated();
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family == Response.Status.Family.SERVER_ERROR) {
            return unexpected(e);
        }
        String title = switch (status) {
            case 400 -> "Ongeldige invoer";
            case 403 -> "Geen toegang";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Gevraagd formaat niet beschikbaar";
            case 415 -> "Mediatype niet ondersteund";
            default -> Response.Status.fromStatusCode(status) == null
                    ? "Fout"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
        };
        Problem problem = switch (status) {
            case 400 -> Problem.of(400, title, "Het verzoek kon niet worden gelezen.")
                    .withInvalidParams(List.of(new Problem.InvalidParam("body", "geen geldige JSON of een ongeldige waarde")));
            case 404 -> Problem.of(404, title, "De gevraagde resource bestaat niet of is niet zichtbaar voor u.");
            case 405 -> Problem.of(405, title, "Deze methode kan niet op deze resource; de header Allow noemt wat wel kan.");
            case 406 -> Problem.of(406, title, "Deze resource levert application/json"
                    + " (enkele lijsten ook text/csv); pas de header Accept aan.");
            case 415 -> Problem.of(415, title, "Stuur de inhoud als application/json"
                    + " (de import als application/x-ndjson) met de bijbehorende Content-Type.");
            default -> Problem.of(status, title, null);
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (databaseOnbereikbaar(e)) {
            // the database is down or recovering: nothing was written, a retry (with its Idempotency-Key) is safe
            LOG.warnf("Database unreachable: %s", e.toString());
            return Response.fromResponse(respond(Problem.of(503, "Tijdelijk niet beschikbaar",
                    "De database is even niet bereikbaar; er is niets opgeslagen. Probeer het opnieuw.")))
                    .header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, correlation id %s", correlationId);
        return respond(Problem.of(500, "Interne fout", "Er ging iets mis. Noem het correlatie-id bij contact met beheer.")
                .withCorrelationId(correlationId));
    }

    /**
     * A lost connection or a server that does not (yet) accept connections: PostgreSQL crashed, restarts or recovers
     * (SQLSTATE class 08, 57P01-57P03). Nothing of the request was committed.
     */
    static boolean databaseOnbereikbaar(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.sqlclient.ClosedConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketException || t instanceof io.vertx.pgclient.PgException pg
                            && pg.getSqlState() != null
                            && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated() {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.NIET_GEAUTHENTICEERD)
                .build();
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** Strips the method and parameter prefix ("impose.request.") Bean Validation puts before a body field. */
    private static String fieldName(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        if (parts.length > 2) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
