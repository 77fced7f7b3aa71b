package nl.thvhub.huisverbod.api;

import java.util.UUID;

import nl.thvhub.platform.ProblemException;

/** Parses GraphQL ids; a malformed id answers as "not found", like REST, so ids reveal nothing. */
final class GraphQLIds {

    private GraphQLIds() {
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
