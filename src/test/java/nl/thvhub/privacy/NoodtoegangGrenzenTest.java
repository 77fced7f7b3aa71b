package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/**
 * Break-the-glass has limits (issue 15.6): one case per request, GraphQL aliases included; a cap of grants per user per
 * day (429 and an event for the FG above it); never a closed case.
 */
@QuarkusTest
class NoodtoegangGrenzenTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final String REDEN = "Acute dreiging, collega onbereikbaar";

    @Inject
    TestClock clock;

    private String caseOfCoordinator() {
        return Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofHours(1)));
    }

    @Test
    void one_request_opens_at_most_one_case_even_with_graphql_aliases() {
        String a = caseOfCoordinator();
        String b = caseOfCoordinator();
        String query = "{ a: huisverbod(id: \"" + a + "\") { id } b: huisverbod(id: \"" + b + "\") { id } }";
        JsonPath answer = Api.as("reclassering").request().header("Noodtoegang", REDEN).body(Map.of("query", query))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        List<String> opened = new java.util.ArrayList<>();
        if (answer.getString("data.a.id") != null) {
            opened.add(answer.getString("data.a.id"));
        }
        if (answer.getString("data.b.id") != null) {
            opened.add(answer.getString("data.b.id"));
        }
        assertThat(opened).hasSize(1);
        assertThat(answer.getList("errors")).hasSize(1);
        assertThat(Db.count("noodtoegang where actor_gebruiker = 'reclassering' and huisverbod_id in ('" + a + "', '" + b
                + "')")).isEqualTo(1);
    }

    @Test
    void above_the_daily_cap_an_emergency_read_is_429_and_the_fg_is_told() {
        long before = Db.count("noodtoegang where actor_gebruiker = 'sociaal-team' and verleend_op > now() - interval '1 day'");
        int cap = 5;
        String last = null;
        for (long i = before; i < cap; i++) {
            last = caseOfCoordinator();
            Api.as("sociaal-team").request().header("Noodtoegang", REDEN).get(BASE + last).then().statusCode(200);
        }
        String over = caseOfCoordinator();
        Api.as("sociaal-team").request().header("Noodtoegang", REDEN).get(BASE + over).then().statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429));
        assertThat(Db.count("noodtoegang where huisverbod_id = '" + over + "'")).isZero();
        assertThat(Db.count("outbox where type = 'noodtoegang.limiet-bereikt' and huisverbod_id = '" + over + "'"))
                .isEqualTo(1);
    }

    @Test
    void parallel_emergency_reads_of_different_cases_cannot_race_past_the_daily_cap() throws Exception {
        String waar = "noodtoegang where actor_gebruiker = 'gezinsmanager' and verleend_op > now() - interval '1 day'";
        long before = Db.count(waar);
        int cap = 5;
        List<String> zaken = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            zaken.add(caseOfCoordinator());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> antwoorden = new java.util.ArrayList<>();
            for (String zaak : zaken) {
                antwoorden.add(pool.submit(() -> {
                    start.await();
                    return Api.as("gezinsmanager").request().header("Noodtoegang", REDEN).get(BASE + zaak).then()
                            .extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new java.util.ArrayList<>();
            for (var a : antwoorden) {
                codes.add(a.get());
            }
            long verleend = codes.stream().filter(c -> c == 200).count();
            assertThat(codes).containsOnly(200, 429);
            assertThat(verleend).isEqualTo(Math.max(0, cap - before));
            assertThat(Db.count(waar)).isEqualTo(Math.max(before, cap));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_closed_case_cannot_be_opened_by_break_the_glass() {
        String id = caseOfCoordinator();
        clock.advance(Duration.ofDays(20));
        String dag = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")).toString();
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator")
                .post(BASE + id + "/afsluiting",
                        Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum", dag, "gezamenlijkGesprek",
                                true, "beeindigingGrond", "DOEL_BEREIKT"))
                .statusCode(200);
        Api.as("gezinsmanager").request().header("Noodtoegang", REDEN).get(BASE + id).then().statusCode(404);
        assertThat(Db.count("noodtoegang where huisverbod_id = '" + id + "'")).isZero();
    }
}
