package nl.thvhub.testing;

import io.quarkus.test.common.QuarkusTestResource;

/** Declares the real PostgreSQL and Keycloak once, for every {@code @QuarkusTest} of the run (one application boot). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KeycloakResource.class)
public final class TestResources {

    private TestResources() {
    }
}
