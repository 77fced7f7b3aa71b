package nl.thvhub.platform.graphql;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;

/**
 * Puts the same problem detail that REST returns into a GraphQL error's {@code extensions.problem}, so both APIs report
 * status, invalid fields and allowed actions alike — a refused role check too (403), not just the hub's own problems.
 */
public class ProblemGraphQLExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "problem";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        Problem p = switch (exception) {
            case ProblemException pe -> pe.problem();
            case io.quarkus.security.ForbiddenException f -> Problem.GEEN_TOEGANG;
            case io.quarkus.security.UnauthorizedException u -> Problem.NIET_GEAUTHENTICEERD;
            case io.quarkus.security.AuthenticationFailedException a -> Problem.NIET_GEAUTHENTICEERD;
            default -> null;
        };
        if (p == null) {
            return null;
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("status", p.status()).add("title", p.title());
        if (p.detail() != null) {
            b.add("detail", p.detail());
        }
        if (p.invalidParams() != null) {
            JsonArrayBuilder params = Json.createArrayBuilder();
            p.invalidParams()
                    .forEach(ip -> params.add(Json.createObjectBuilder().add("name", ip.name()).add("reason", ip.reason())));
            b.add("invalidParams", params);
        }
        if (p.huidigeStatus() != null) {
            b.add("huidigeStatus", p.huidigeStatus());
            JsonArrayBuilder acties = Json.createArrayBuilder();
            p.toegestaneActies().forEach(acties::add);
            b.add("toegestaneActies", acties);
        }
        return b.build();
    }
}
