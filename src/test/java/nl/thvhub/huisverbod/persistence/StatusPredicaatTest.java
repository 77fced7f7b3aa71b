package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The status filters run in SQL ({@link Zaakfilter#statusPredicate}); {@link Huisverbod#status} is the rule.
 * On the same rows, at instants just before and at every deadline, each of the six predicates selects exactly the
 * cases whose Java status it names (issue 18: the SQL copy of the rule pinned to the rule).
 */
@QuarkusTest
class StatusPredicaatTest {

    @Inject
    Pool pool;

    @Inject
    HuisverbodRepository repository;

    /** One case per shape of the lifecycle: running, extended, ended early, withdrawn, closed, withdrawn and closed. */
    private List<UUID> zaken(Instant opgelegd) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(UUID.fromString(Cases.imposed(Cases.valid(opgelegd))));
        }
        Instant eind = opgelegd.plus(Huisverbod.DUUR);
        zet(ids.get(1), "verlengd_op = '" + opgelegd.plus(Duration.ofDays(8)) + "', eindmoment = '"
                + opgelegd.plus(Huisverbod.DUUR_VERLENGD) + "', monitoring_einde = '"
                + opgelegd.plus(Huisverbod.DUUR_VERLENGD).plus(Duration.ofDays(92)) + "'");
        zet(ids.get(2), "beeindigd_op = '" + eind.plus(Duration.ofDays(5)) + "'");
        zet(ids.get(3), "ingetrokken_op = '" + opgelegd.plus(Duration.ofDays(2)) + "'");
        zet(ids.get(4), "afgesloten_op = '" + eind.plus(Duration.ofDays(20)) + "'");
        zet(ids.get(5), "ingetrokken_op = '" + opgelegd.plus(Duration.ofDays(1)) + "', afgesloten_op = '"
                + opgelegd.plus(Duration.ofDays(3)) + "'");
        return ids;
    }

    private static void zet(UUID id, String toewijzing) {
        Db.execute("update huisverbod set " + toewijzing + " where id = '" + id + "'");
    }

    @Test
    void every_sql_status_predicate_selects_exactly_the_cases_of_that_java_status() {
        Instant opgelegd = Instant.now().minus(Duration.ofMinutes(10));
        List<UUID> ids = zaken(opgelegd);
        List<Huisverbod> rijen = ids.stream()
                .map(id -> repository.find(pool, id).await().atMost(Duration.ofSeconds(10)).orElseThrow()).toList();
        List<Instant> momenten = new ArrayList<>();
        for (Huisverbod h : rijen) {
            for (Instant grens : List.of(h.opgelegdOp(), h.eindmoment(), h.monitoringEinde())) {
                momenten.add(grens.minusMillis(1));
                momenten.add(grens);
            }
            if (h.beeindigdOp() != null) {
                momenten.add(h.beeindigdOp());
            }
        }
        for (Instant nu : momenten) {
            Map<Status, Set<UUID>> java = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                java.put(s, new TreeSet<>());
            }
            rijen.forEach(h -> java.get(h.status(nu)).add(h.id()));
            for (Status s : Status.values()) {
                assertThat(sql(s, nu, ids)).as(s + " at " + nu).isEqualTo(java.get(s));
            }
        }
    }

    private Set<UUID> sql(Status status, Instant nu, List<UUID> ids) {
        Set<UUID> gevonden = new TreeSet<>();
        for (Row r : pool.preparedQuery("select h.id from huisverbod h where h.id = any($2) and "
                + Zaakfilter.statusPredicate(status.name(), "$1"))
                .execute(Tuple.of(nu.atOffset(ZoneOffset.UTC), ids.toArray(UUID[]::new))).await()
                .atMost(Duration.ofSeconds(10))) {
            gevonden.add(r.getUUID(0));
        }
        return gevonden;
    }
}
