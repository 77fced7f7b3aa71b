package nl.thvhub.strafrecht.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The priority list's second section in SQL ({@link StrafrechtRepository#listKandidaten}): on prepared rows of every
 * shape, it lists exactly the running THVs without a criminal track that are a repeat, have two or more confirmed
 * violations, or (for a reader who may see the care advice) a care advice of risk HOOG (issue 34.1).
 */
@QuarkusTest
class TweedeSectieTest {

    @Inject
    Pool pool;

    @Inject
    StrafrechtRepository repository;

    /** One prepared shape: what the case holds, and whether the second section lists it without and with the advice. */
    private record Vorm(boolean herhaling, int bevestigd, int afgewezen, String risico, boolean ingetrokken,
            boolean zonderAdvies, boolean metAdvies) {
    }

    private static final Map<String, Vorm> VORMEN = new LinkedHashMap<>();
    static {
        VORMEN.put("plain", new Vorm(false, 0, 0, null, false, false, false));
        VORMEN.put("repeat", new Vorm(true, 0, 0, null, false, true, true));
        VORMEN.put("one confirmed violation", new Vorm(false, 1, 0, null, false, false, false));
        VORMEN.put("two confirmed violations", new Vorm(false, 2, 0, null, false, true, true));
        VORMEN.put("one confirmed, two rejected", new Vorm(false, 1, 2, null, false, false, false));
        VORMEN.put("advice HOOG", new Vorm(false, 0, 0, "HOOG", false, false, true));
        VORMEN.put("advice MIDDEN", new Vorm(false, 0, 0, "MIDDEN", false, false, false));
        VORMEN.put("repeat, withdrawn", new Vorm(true, 0, 0, null, true, false, false));
    }

    @Test
    void the_second_section_lists_exactly_the_risky_running_cases_without_a_track() {
        Instant nu = Instant.now();
        Map<String, UUID> zaken = new LinkedHashMap<>();
        VORMEN.forEach((naam, v) -> zaken.put(naam, bereid(v, nu.minus(Duration.ofDays(2)))));
        // the same shapes with a criminal track never enter the second section (the first decides them)
        UUID metTraject = bereid(new Vorm(true, 2, 0, "HOOG", false, false, false), nu.minus(Duration.ofDays(2)));
        Db.execute("update huisverbod set strafrechtelijk_traject = true where id = '" + metTraject + "'");
        for (boolean advies : List.of(false, true)) {
            List<StrafrechtRepository.Kandidaat> rijen = repository
                    .listKandidaten(pool, nu, nu.plus(Duration.ofHours(72)), null, advies, 2).await()
                    .atMost(Duration.ofSeconds(10));
            VORMEN.forEach((naam, v) -> {
                boolean verwacht = advies ? v.metAdvies() : v.zonderAdvies();
                assertThat(rijen.stream().anyMatch(k -> k.id().equals(zaken.get(naam)) && !k.strafrechtelijkTraject()))
                        .as(naam + (advies ? " (reader sees the advice)" : " (reader does not)")).isEqualTo(verwacht);
            });
            assertThat(rijen.stream().filter(k -> k.id().equals(metTraject)).map(k -> k.strafrechtelijkTraject()))
                    .containsExactly(true);
        }
    }

    private static UUID bereid(Vorm v, Instant opgelegd) {
        Map<String, Object> body = Cases.valid(opgelegd);
        body.put("strafrechtelijkTraject", false);
        UUID id = UUID.fromString(Cases.imposed(body));
        if (v.herhaling()) {
            Db.execute("update huisverbod set herhaling_grond = 'PERSOON' where id = '" + id + "'");
        }
        for (int i = 0; i < v.bevestigd() + v.afgewezen(); i++) {
            Db.execute("insert into overtreding (id, huisverbod_id, moment, soort, melder, omschrijving, status,"
                    + " gemeld_na_afloop, geregistreerd_rol, geregistreerd_org, geregistreerd_op) values ('"
                    + UUID.randomUUID() + "', '" + id + "', now(), 'CONTACT_FYSIEK', 'POLITIE', 'x', '"
                    + (i < v.bevestigd() ? "BEVESTIGD" : "AFGEWEZEN") + "', false, 'politie-thv', 'POLITIE', now())");
        }
        if (v.risico() != null) {
            Db.execute("insert into zorgdocument (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie,"
                    + " gewijzigd_op) values ('" + id + "', 'ZORGADVIES', '" + id + "', 1, '{\"items\":[{\"risico\":\""
                    + v.risico() + "\"}]}', 'zorgcoordinator', 'BLIJF_GROEP', now())");
        }
        if (v.ingetrokken()) {
            Db.execute("update huisverbod set ingetrokken_op = now() where id = '" + id + "'");
        }
        return id;
    }
}
