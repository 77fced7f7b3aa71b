package nl.thvhub.platform;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.thvhub.platform.problem.ProblemException;

/**
 * Refuses query and path parameters holding control characters (400 naming the parameter) before any resource sees
 * them: PostgreSQL refuses NUL, which would otherwise surface as a 500, and no parameter of this API needs one.
 */
public class ParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public void controleer(ContainerRequestContext ctx) {
        check(ctx.getUriInfo().getQueryParameters(true));
        List<String> segments = ctx.getUriInfo().getPathSegments(true).stream().map(s -> s.getPath()).toList();
        for (String segment : segments) {
            if (stuurteken(segment)) {
                throw ProblemException.invalid("path", "bevat stuurtekens");
            }
        }
    }

    private static void check(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (values.stream().anyMatch(ParameterFilter::stuurteken)) {
                throw ProblemException.invalid(stuurteken(name) ? "query" : name, "bevat stuurtekens");
            }
        });
    }

    private static boolean stuurteken(String value) {
        return value != null && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
