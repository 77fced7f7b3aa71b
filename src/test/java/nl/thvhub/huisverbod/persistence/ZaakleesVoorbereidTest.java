package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Verbinding;
import nl.thvhub.privacy.SharingPolicy;

/**
 * The case read and its page are prepared once per connection, so PostgreSQL plans them from its plan cache instead of
 * parsing and planning them at every call (issue 30): both are longer than the 2,048 characters Vert.x caches by
 * default, and a statement it does not cache is sent unnamed and never shows in {@code pg_prepared_statements}. The page
 * moves on to a generic plan: with its size bound as a parameter it never did.
 */
@QuarkusTest
class ZaakleesVoorbereidTest {

    private static final SharingPolicy POLICY = new SharingPolicy();

    @Inject
    Pool pool;

    @Inject
    HuisverbodRepository repository;

    private final HuisverbodRepository.Lezer om = new HuisverbodRepository.Lezer(Organisatie.OM, "zsm-beoordeling",
            "voorbereid", Instant.now(), POLICY.leesbereik(POLICY.regel(Rol.OM_ZSM).orElseThrow()));

    @Test
    void the_case_read_is_prepared_once_on_a_connection_and_reused() {
        String tekst = repository.findOne(om.where().en("h.id = ?", UUID.randomUUID()), om);
        assertThat(tekst.length()).as("longer than Vert.x's default cache limit").isGreaterThan(2048);

        long voorbereid = opEenVerbinding(conn -> herhaal(3, () -> repository.findForLezer(conn, UUID.randomUUID(), om))
                .chain(() -> voorbereid(conn, tekst)));

        assertThat(voorbereid).isEqualTo(1);
    }

    @Test
    void a_page_of_cases_moves_to_a_generic_plan_so_it_is_not_planned_at_every_call() {
        nl.thvhub.privacy.Zichtbaarheid alles = new nl.thvhub.privacy.Zichtbaarheid(nl.thvhub.privacy.Scope.ALTIJD,
                Rol.OM_ZSM, "voorbereid", Organisatie.OM, false, null, null, null);
        nl.thvhub.huisverbod.Zoekfilter geen = new nl.thvhub.huisverbod.Zoekfilter(null, null, null, null, null,
                Instant.now());

        long generiek = opEenVerbinding(conn -> herhaal(8, () -> repository.listForLezer(conn, geen, alles, om, null, 26))
                .chain(() -> conn.query("select coalesce(max(generic_plans), 0) from pg_prepared_statements"
                        + " where statement like '%order by h.opgelegd_op desc, h.id desc limit 26'").execute()
                        .map(rows -> rows.iterator().next().getLong(0))));

        assertThat(generiek).isPositive();
    }

    private long opEenVerbinding(java.util.function.Function<SqlConnection, Uni<Long>> werk) {
        return Verbinding.met(pool, werk).await().atMost(Duration.ofSeconds(10));
    }

    private static Uni<Void> herhaal(int keer, java.util.function.Supplier<Uni<?>> stap) {
        Uni<Void> keten = Uni.createFrom().voidItem();
        for (int i = 0; i < keer; i++) {
            keten = keten.chain(() -> stap.get().replaceWithVoid());
        }
        return keten;
    }

    private static Uni<Long> voorbereid(SqlConnection conn, String tekst) {
        return conn.preparedQuery("select count(*) from pg_prepared_statements where statement = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(tekst)).map(rows -> rows.iterator().next().getLong(0));
    }
}
