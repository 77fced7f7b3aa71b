package nl.thvhub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every REST response the test suite receives from the hub against the committed {@code openapi/openapi.yaml}
 * with Atlassian's swagger-request-validator (issue 17), and writes what does not match to
 * {@code target/contract-meting.txt}. Installed by Quarkus (a test callback) in its own class loader, where the tests'
 * REST Assured lives. It measures and does not fail the build yet: issue 17 makes the document tell the
 * truth, and then turns this into a failing check.
 */
public class ContractMeting implements io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback {

    private static final Map<String, AtomicLong> AFWIJKINGEN = new ConcurrentHashMap<>();
    private static final AtomicLong GECONTROLEERD = new AtomicLong();
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
            validator = OpenApiInteractionValidator.createForSpecificationUrl("openapi/openapi.yaml")
                    .withBasePathOverride("/api/v1").build();
        } finally {
            Thread.currentThread().setContextClassLoader(vorige);
        }
        RestAssured.filters(new Meter(validator));
        Runtime.getRuntime().addShutdownHook(new Thread(ContractMeting::schrijf));
    }

    private static void schrijf() {
        StringBuilder sb = new StringBuilder("# REST responses of the test suite checked against openapi/openapi.yaml\n");
        long totaal = AFWIJKINGEN.values().stream().mapToLong(AtomicLong::get).sum();
        sb.append("checked responses: ").append(GECONTROLEERD.get()).append("\nviolations: ").append(totaal)
                .append("\nkinds: ").append(AFWIJKINGEN.size()).append("\n\n");
        new TreeMap<>(AFWIJKINGEN).forEach((k, v) -> sb.append(v.get()).append('\t').append(k).append('\n'));
        try {
            Files.writeString(Path.of("target/contract-meting.txt"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("contract measurement not written: " + e.getMessage());
        }
    }

    /** A REST Assured filter that validates the response of every call to the hub's /api/v1. */
    private record Meter(OpenApiInteractionValidator validator) implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification req, FilterableResponseSpecification res, FilterContext ctx) {
            Response response = ctx.next(req, res);
            String path = req.getDerivedPath();
            if (path == null || !path.startsWith("/api/v1/") || req.getURI().contains("/realms/")) {
                return response;
            }
            try {
                SimpleRequest.Builder rb = new SimpleRequest.Builder(req.getMethod(), path);
                req.getQueryParams().forEach((k, v) -> rb.withQueryParam(k, String.valueOf(v)));
                SimpleResponse.Builder sb = SimpleResponse.Builder.status(response.statusCode())
                        .withBody(response.asByteArray());
                response.getHeaders().forEach(h -> sb.withHeader(h.getName(), h.getValue()));
                ValidationReport report = validator.validateResponse(path, com.atlassian.oai.validator.model.Request.Method
                        .valueOf(req.getMethod()), sb.build());
                GECONTROLEERD.incrementAndGet();
                for (ValidationReport.Message m : report.getMessages()) {
                    if (m.getLevel() == ValidationReport.Level.ERROR) {
                        String op = m.getContext().flatMap(c -> c.getApiOperation()).map(o -> o.getMethod() + " "
                                + o.getApiPath().original()).orElse(req.getMethod() + " ?");
                        AFWIJKINGEN.computeIfAbsent(op + " " + response.statusCode() + " " + m.getKey() + ": "
                                + m.getMessage().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<uuid>").lines().findFirst()
                                        .orElse(""),
                                k -> new AtomicLong()).incrementAndGet();
                    }
                }
            } catch (RuntimeException e) {
                AFWIJKINGEN.computeIfAbsent("validator failure: " + e.getClass().getSimpleName() + " " + e.getMessage(),
                        k -> new AtomicLong()).incrementAndGet();
            }
            return response;
        }
    }
}
