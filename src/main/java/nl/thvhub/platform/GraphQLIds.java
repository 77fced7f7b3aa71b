package nl.thvhub.platform;

import java.util.UUID;

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
