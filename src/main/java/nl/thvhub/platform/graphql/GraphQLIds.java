package nl.thvhub.platform.graphql;

import java.util.UUID;

import nl.thvhub.platform.problem.ProblemException;

/** Parses GraphQL ids; a malformed id answers as "not found", like REST, so ids reveal nothing. */
public final class GraphQLIds {

    private GraphQLIds() {
    }

    public static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
