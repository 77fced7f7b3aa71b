package nl.thvhub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST call the test suite makes to the hub against the committed {@code openapi/openapi.yaml} with
 * Atlassian's swagger-request-validator (issue 17): a response that does not match the document fails the test that
 * received it, and so does a request the hub accepted although the document says it is invalid. A request the hub
 * refused (any 4xx) is a bad-input or access test and exempt on the request side; its response is checked all the same. Installed once by Quarkus (a test
 * callback) in its own class loader, where the tests' REST Assured lives; counts go to
 * {@code target/contract-meting.txt}.
 */
public class ContractMeting implements io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback {

    /** The document and its examples are served beside the API, not described by it. */
    private static final String DOCUMENT = "/api/v1/openapi";

    /** {@code -Dcontract.alleen-meten=true} counts mismatches without failing, to survey a change to the document. */
    private static final boolean ALLEEN_METEN = Boolean.getBoolean("contract.alleen-meten");

    private static final Map<String, AtomicLong> AFWIJKINGEN = new ConcurrentHashMap<>();
    private static final Map<String, String> VOORBEELD = new ConcurrentHashMap<>();
    private static final AtomicLong RESPONSES = new AtomicLong();
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static volatile boolean geinstalleerd;

    @Override
    public synchronized void beforeClass(Class<?> testClass) {
        if (geinstalleerd) {
            return;
        }
        geinstalleerd = true;
        // the parser finds its extensions through the context class loader; Quarkus's test loader holds other copies
        ClassLoader vorige = Thread.currentThread().getContextClassLoader();
        OpenApiInteractionValidator validator;
        try {
            Thread.currentThread().setContextClassLoader(OpenApiInteractionValidator.class.getClassLoader());
            // bodies are checked by Rompcontrole: under OpenAPI 3.1 this validator does not check their types
            validator = OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml")
                    .withBasePathOverride("/api/v1")
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.response.body.schema", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.body.schema", ValidationReport.Level.IGNORE).build())
                    .build();
        } finally {
            Thread.currentThread().setContextClassLoader(vorige);
        }
        RestAssured.filters(new Validatie(validator, new Rompcontrole(Path.of("openapi/openapi.yaml"))));
        Runtime.getRuntime().addShutdownHook(new Thread(ContractMeting::schrijf));
    }

    private static void schrijf() {
        StringBuilder sb = new StringBuilder("# REST calls of the test suite checked against openapi/openapi.yaml\n");
        long totaal = AFWIJKINGEN.values().stream().mapToLong(AtomicLong::get).sum();
        sb.append("checked responses: ").append(RESPONSES.get()).append("\nchecked requests: ").append(REQUESTS.get())
                .append("\nviolations: ").append(totaal).append("\nkinds: ").append(AFWIJKINGEN.size()).append("\n\n");
        new TreeMap<>(AFWIJKINGEN).forEach((k, v) -> sb.append(v.get()).append('\t').append(k).append("\t")
                .append(VOORBEELD.get(k)).append('\n'));
        try {
            Files.writeString(Path.of("target/contract-meting.txt"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("contract measurement not written: " + e.getMessage());
        }
    }

    /** A REST Assured filter that validates every call to the hub's /api/v1 and fails on a mismatch. */
    private record Validatie(OpenApiInteractionValidator validator, Rompcontrole romp) implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
            Response response = ctx.next(req, res);
            String path = req.getDerivedPath();
            if (path == null || !path.startsWith("/api/v1/") || path.startsWith(DOCUMENT)
                    || req.getURI().contains("/realms/")) {
                return response;
            }
            Request.Method method = Request.Method.valueOf(req.getMethod());
            // how a mismatch is counted: method and path with ids folded, so one kind counts all its cases
            String soort = req.getMethod() + " " + path.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}", "/{id}") + " ";
            SimpleResponse.Builder sb = SimpleResponse.Builder.status(response.statusCode()).withBody(response.asByteArray());
            response.getHeaders().forEach(h -> sb.withHeader(h.getName(), h.getValue()));
            List<String> fouten = new java.util.ArrayList<>(
                    fouten(validator.validateResponse(path, method, sb.build()), req.getMethod(), response.statusCode()));
            int status = response.statusCode();
            fouten.addAll(tel(romp.response(req.getMethod(), path, status, response.getContentType(), response.asByteArray()),
                    soort + status + " "));
            java.util.Set<String> verzonden = new java.util.HashSet<>();
            response.getHeaders().forEach(h -> verzonden.add(h.getName()));
            fouten.addAll(tel(romp.headers(req.getMethod(), path, status, verzonden),
                    soort + status + " "));
            RESPONSES.incrementAndGet();
            if (status < 400) {
                SimpleRequest.Builder rb = new SimpleRequest.Builder(req.getMethod(), path);
                req.getQueryParams().forEach((k, v) -> rb.withQueryParam(k, String.valueOf(v)));
                req.getHeaders().forEach(h -> rb.withHeader(h.getName(), h.getValue()));
                // REST Assured adds a preemptive bearer token after the filters have seen the request
                if (req.getAuthenticationScheme() instanceof io.restassured.authentication.PreemptiveOAuth2HeaderScheme o
                        && !req.getHeaders().hasHeaderWithName("Authorization")) {
                    rb.withAuthorization("Bearer " + o.getAccessToken());
                }
                String body = body(req);
                if (body != null) {
                    rb.withBody(body);
                }
                fouten.addAll(fouten(validator.validateRequest(rb.build()), req.getMethod(), status));
                fouten.addAll(tel(romp.request(req.getMethod(), path, req.getContentType(), body),
                        soort + "request "));
                REQUESTS.incrementAndGet();
            }
            fouten.forEach(f -> VOORBEELD.putIfAbsent(f, req.getMethod() + " " + req.getURI()));
            if (!fouten.isEmpty() && !ALLEEN_METEN) {
                throw new AssertionError("The hub and openapi/openapi.yaml disagree on " + req.getMethod() + " "
                        + req.getURI() + " -> " + status + ":\n  " + String.join("\n  ", fouten) + "\nbody: "
                        + response.asString());
            }
            return response;
        }

        /** The request body as sent: REST Assured holds a String, bytes, or the object it serialised. */
        private static String body(FilterableRequestSpecification req) {
            Object body = req.getBody();
            if (body == null || body instanceof String) {
                return (String) body;
            }
            if (body instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (body instanceof java.io.InputStream) {
                // a streamed upload (the bulk import, NDJSON or CSV) is not read twice: its presence is what is checked
                return "(gestreamd)";
            }
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return String.valueOf(body);
            }
        }

        private static List<String> tel(List<String> fouten, String context) {
            return fouten.stream().map(f -> {
                String soort = context + f.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>").replaceAll("/[0-9]+", "/n");
                AFWIJKINGEN.computeIfAbsent(soort, k -> new AtomicLong()).incrementAndGet();
                return soort;
            }).toList();
        }

        private static List<String> fouten(ValidationReport report, String method, int status) {
            return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(m -> {
                String op = m.getContext().flatMap(c -> c.getApiOperation())
                        .map(o -> o.getMethod() + " " + o.getApiPath().original()).orElse(method + " ?");
                String soort = op + " " + status + " " + m.getKey() + ": " + m.getMessage()
                        .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>").replaceAll("/[0-9]+/", "/n/").lines()
                        .findFirst().orElse("");
                AFWIJKINGEN.computeIfAbsent(soort, k -> new AtomicLong()).incrementAndGet();
                return soort;
            }).toList();
        }
    }
}
