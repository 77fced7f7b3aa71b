package nl.thvhub.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Work that throws while it is being built fails and gives its connection back. On a private pool of two: with
 * Vert.x's own withConnection two such failures leave the next query waiting forever; through {@link Verbinding} it is
 * answered at once.
 */
@QuarkusTest
class VerbindingTest {

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String gebruiker;

    @ConfigProperty(name = "quarkus.datasource.password")
    String wachtwoord;

    private Pool poolVanTwee() {
        PgConnectOptions opties = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(gebruiker)
                .setPassword(wachtwoord);
        return Pool.newInstance(io.vertx.pgclient.PgBuilder.pool().with(new PoolOptions().setMaxSize(2))
                .connectingTo(opties).using(vertx.getDelegate()).build());
    }

    private static Uni<Integer> eenVraag(io.vertx.mutiny.sqlclient.SqlConnection conn) {
        return conn.query("select 1").execute().map(rows -> rows.iterator().next().getInteger(0));
    }

    @Test
    void work_that_throws_before_its_first_statement_gives_the_connection_back() {
        Pool pool = poolVanTwee();
        try {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> Verbinding.<Integer>met(pool, conn -> {
                    throw new IllegalArgumentException("built from a bad value");
                }).await().atMost(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(Verbinding.met(pool, VerbindingTest::eenVraag).await().atMost(Duration.ofSeconds(5))).isEqualTo(1);
        } finally {
            pool.closeAndAwait();
        }
    }

    @Test
    void vertx_own_with_connection_keeps_the_connection_of_such_work_for_good() {
        Pool pool = poolVanTwee();
        try {
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> pool.<Integer>withConnection(conn -> {
                    throw new IllegalArgumentException("built from a bad value");
                }).await().atMost(Duration.ofSeconds(5))).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> pool.withConnection(VerbindingTest::eenVraag).await().atMost(Duration.ofSeconds(2)))
                    .isInstanceOf(TimeoutException.class);
        } finally {
            pool.closeAndAwait();
        }
    }
}
