package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taakregels;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.Taaktermijnen;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The work queue's SQL ({@link TaakRepository}) is the Java rule ({@link Taakregels}) on the same rows: cases in every
 * shape a task depends on, evaluated just before and at every deadline, give exactly the same tasks — kind, person,
 * since, due and holder (issue 31, as {@code StatusPredicaatTest} does for status).
 */
@QuarkusTest
class TaakregelsSqlTest {

    private static final Duration WACHT = Duration.ofSeconds(10);
    private static final Taaktermijnen T = Taaktermijnen.STANDAARD;

    @Inject
    Pool pool;

    @Inject
    HuisverbodRepository repository;

    @Inject
    TaakRepository taken;

    private static String zaak(Instant opgelegd, String gemeente, boolean kind) {
        Map<String, Object> body = Cases.valid(opgelegd, gemeente, "centrum");
        if (kind) {
            Cases.persons(body).add(Cases.person("KIND", "Kind", "2018-05-05"));
        }
        return Cases.imposed(body);
    }

    private static void coordinator(String id) {
        Api.as("veilig-thuis").post("/api/v1/huisverboden/" + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
    }

    private static String persoon(String id, String rol) {
        return Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == '" + rol + "' }.id");
    }

    private static void zet(String id, String sql) {
        Db.execute("update huisverbod set " + sql + " where id = '" + id + "'");
    }

    @Test
    void every_task_rule_in_sql_gives_exactly_the_tasks_of_the_java_rule() {
        Instant opgelegd = Instant.now().minus(Duration.ofMinutes(30));
        String dag = LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE).toString();
        List<String> ids = new ArrayList<>();
        // 1: fresh, with a child, nobody assigned
        ids.add(zaak(opgelegd, "AMSTERDAM", true));
        // 2: Amstelveen with a child (no gezinsmanager task), a coordinator, the victim reached
        String amstelveen = zaak(opgelegd, "AMSTELVEEN", true);
        ids.add(amstelveen);
        // 3: coordinator, advice given, a confirmed violation without follow-up, a referral open, a Reclassering request
        String vol = zaak(opgelegd, "AMSTERDAM", false);
        ids.add(vol);
        coordinator(vol);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + vol + "/contactmomenten", Map.of("betrokkeneId",
                persoon(vol, "ACHTERBLIJVER"), "datum", dag, "vorm", "TELEFOON", "bereikt", true, "medewerking", "JA"))
                .statusCode(201);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + vol + "/verlengingsadvies",
                Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200);
        Api.as("politie-thv").post("/api/v1/huisverboden/" + vol + "/overtredingen", Map.of("moment",
                opgelegd.plusSeconds(60).toString(), "soort", "CONTACT_TELEFOON_APP", "melder", "ACHTERBLIJVER",
                "omschrijving", "Belde herhaaldelijk")).statusCode(201);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + vol + "/verwijzingen", Map.of("betrokkeneId",
                persoon(vol, "UITHUISGEPLAATSTE"), "naar", "Schuldhulp", "code", "SCHULDHULP", "aangemeldOp", dag))
                .statusCode(201);
        Api.as("om-zsm").post("/api/v1/huisverboden/" + vol + "/reclasseringsadvies/aanvraag",
                Map.of("termijn", LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE).plusDays(5).toString()))
                .statusCode(201);
        // and ZSM asked the coordinator for the care advice; the Diemen case below gets its decision not to extend
        Api.as("om-zsm").post("/api/v1/huisverboden/" + vol + "/zorginbreng/aanvraag",
                Map.of("termijn", LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE).plusDays(2).toString()))
                .statusCode(201);
        // 3b: advice given and the mayor decided not to extend: no decision task
        String besloten = zaak(opgelegd, "AMSTERDAM", false);
        ids.add(besloten);
        coordinator(besloten);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + besloten + "/verlengingsadvies",
                Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden", java.util.List.of("ANDERS")))
                .statusCode(200);
        Api.as("gemeente").post("/api/v1/huisverboden/" + besloten + "/verlengingsbesluit",
                Map.of("besluit", "NIET_VERLENGEN", "motivering", "Geen grond")).statusCode(200);
        // 4: extended, no criminal track; a check-in on the day of its peilmoment window
        String verlengd = zaak(opgelegd, "DIEMEN", false);
        ids.add(verlengd);
        coordinator(verlengd);
        zet(verlengd, "verlengd_op = opgelegd_op + interval '8 days', eindmoment = opgelegd_op + interval '28 days',"
                + " monitoring_einde = opgelegd_op + interval '120 days', strafrechtelijk_traject = false");
        // 5: ended early with a waived report; 6: ended early without one
        String rapport = zaak(opgelegd, "AMSTERDAM", false);
        ids.add(rapport);
        coordinator(rapport);
        Cases.eindrapportAfgezien(rapport);
        zet(rapport, "beeindigd_op = eindmoment + interval '20 days'");
        String zonderRapport = zaak(opgelegd, "UITHOORN", false);
        ids.add(zonderRapport);
        coordinator(zonderRapport);
        zet(zonderRapport, "beeindigd_op = eindmoment + interval '20 days'");
        // 7: closed with a hand-over to a hub partner, unconfirmed; 8: withdrawn
        String gesloten = zaak(opgelegd, "AMSTERDAM", false);
        ids.add(gesloten);
        zet(gesloten, "afgesloten_op = opgelegd_op + interval '40 days', overdracht_aan = 'GGZ-team',"
                + " overdracht_datum = current_date, gezamenlijk_gesprek = true, overdracht_organisatie = 'GGZ',"
                + " overdracht_bereik_tot = opgelegd_op + interval '75 days'");
        String ingetrokken = zaak(opgelegd, "AMSTERDAM", true);
        ids.add(ingetrokken);
        zet(ingetrokken, "ingetrokken_op = opgelegd_op + interval '1 day'");
        // 9: a coordinator per person (the UHG's first contact is his coordinator's) and an open request to the police
        String twee = Cases.metTweeCoordinatoren()[0];
        ids.add(twee);
        Api.as("zorgcoordinator-2").post("/api/v1/huisverboden/" + twee + "/politieverzoeken", Map.of("soort",
                "MOTIVERINGSGESPREK", "toelichting", "Wil niet praten met de hulpverlening", "termijn",
                LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE).plusDays(3).toString())).statusCode(201);
        // and a question to GGZ whether it knows the UHG, with his consent
        String uhgTwee = persoon(twee, "UITHUISGEPLAATSTE");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhgTwee, "categorie", "IDENTITEIT",
                "ontvanger", "GGZ", "doel", "ggz-behandeling", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0900",
                "geldigTot", Instant.now().plus(Duration.ofDays(30)).toString())).statusCode(201);
        Api.as("zorgcoordinator-2").post("/api/v1/huisverboden/" + twee + "/ggz-vragen", Map.of("betrokkeneId", uhgTwee))
                .statusCode(201);
        // a check-in in case 4's window
        Db.execute("insert into peilmoment (id, huisverbod_id, datum, veilig, terugval_signalen, hulp_loopt, door, organisatie,"
                + " vastgelegd_op) select gen_random_uuid(), id, ((eindmoment + interval '40 days') at time zone"
                + " 'Europe/Amsterdam')::date, 'JA', '{}', 'JA', 'zorgcoordinator', 'BLIJF_GROEP', now() from huisverbod"
                + " where id = '" + verlengd + "'");
        coordinator(amstelveen);
        // 10: closed, with intensive case management whose review is due 50 days after imposition (issue 35.2)
        String icm = zaak(opgelegd, "AMSTERDAM", false);
        ids.add(icm);
        coordinator(icm);
        zet(icm, "afgesloten_op = opgelegd_op + interval '20 days'");
        Db.execute("insert into nazorg (id, huisverbod_id, soort, eigenaar, organisatie, start, evaluatie_op, gestart_door,"
                + " gestart_op) select gen_random_uuid(), id, 'ICM', 'zorgcoordinator', 'BLIJF_GROEP',"
                + " ((opgelegd_op + interval '20 days') at time zone 'Europe/Amsterdam')::date,"
                + " ((opgelegd_op + interval '50 days') at time zone 'Europe/Amsterdam')::date, 'zorgcoordinator', now()"
                + " from huisverbod where id = '" + icm + "'");

        List<UUID> uuids = ids.stream().map(UUID::fromString).toList();
        List<Huisverbod> rijen = uuids.stream().map(id -> repository.find(pool, id).await().atMost(WACHT).orElseThrow())
                .toList();
        Set<Instant> momenten = new java.util.TreeSet<>();
        for (Huisverbod h : rijen) {
            for (Taaksoort s : Taaksoort.values()) {
                for (Instant moment : List.of(h.opgelegdOp(), h.eindmoment(), h.monitoringEinde(), h.peilmoment())) {
                    momenten.add(moment);
                }
            }
            for (Taak t : alleMomenten(h)) {
                momenten.add(t.sinds());
                momenten.add(t.vervaltOp());
            }
        }
        List<Instant> alle = new ArrayList<>();
        for (Instant m : momenten) {
            alle.add(m.minusMillis(1));
            alle.add(m);
            alle.add(m.plusMillis(1));
        }
        Set<Taaksoort> gezien = EnumSet.noneOf(Taaksoort.class);
        Comparator<Taak> orde = Comparator.comparing((Taak t) -> t.huisverbodId().toString())
                .thenComparing(t -> t.soort().name())
                .thenComparing(t -> t.betrokkeneId() == null ? "" : t.betrokkeneId().toString());
        for (Instant now : alle) {
            List<Taak> java = rijen.stream().flatMap(h -> Taakregels.open(h, now, T).stream()).sorted(orde).toList();
            List<Taak> sql = taken.listVoorZaken(pool, uuids, T, now).await().atMost(WACHT).stream().sorted(orde).toList();
            assertThat(sql).as("tasks at " + now).isEqualTo(java);
            java.forEach(t -> gezien.add(t.soort()));
        }
        assertThat(gezien).as("every kind was open at some moment of this test").containsExactlyInAnyOrder(Taaksoort.values());
    }

    /** The tasks of a case at a few moments of its life, for their since and due moments as boundaries. */
    private static List<Taak> alleMomenten(Huisverbod h) {
        List<Taak> uit = new ArrayList<>();
        for (Instant m : List.of(h.opgelegdOp(), h.eindmoment().minusSeconds(1), h.eindmoment().plusSeconds(1),
                h.peilmoment(), h.monitoringEinde().minusSeconds(1), h.monitoringEinde().plusSeconds(1),
                h.opgelegdOp().plus(Duration.ofDays(45)))) {
            uit.addAll(Taakregels.open(h, m, T));
        }
        return uit;
    }
}
