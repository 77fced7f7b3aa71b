package nl.thvhub.opvolging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Scope;
import nl.thvhub.privacy.SharingPolicy;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Verzonden;

/**
 * The zorgadvies for ZSM end to end (issue 21, point 4): written by the coordinator or gezinsmanager, read by the OM
 * without consent on the policy's own basis, on the priority list as {@code zorgadviesAanwezig} and
 * {@code ZORGADVIES_HOOG}, ZSM told; and who reads it, per role, computed from the policy file.
 */
@QuarkusTest
class ZorgadviesTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final String LIJST = "/api/v1/zsm/prioriteitenlijst";
    private static final SharingPolicy.Document POLICY = SharingPolicy.load();
    private static String matrixzaak;

    @Inject
    Dispatcher dispatcher;

    private static Map<String, Object> advies(String risico) {
        return Map.of("risico", risico, "hulpverleningLoopt", true, "adviesVoorwaarden", List.of("CONTACTVERBOD",
                "GEDRAGSINTERVENTIE"), "toelichting", "Pleger neemt geen hulp aan; slachtoffer bang");
    }

    private static String zaak(Instant opgelegd) {
        return Cases.imposedWithCoordinator(opgelegd);
    }

    private static List<Map<String, Object>> rijen() {
        return Api.as("om-zsm").get(LIJST).statusCode(200).extract().path("items");
    }

    @Test
    void the_coordinators_advice_reaches_zsm_without_consent_and_marks_the_priority_list() {
        String id = zaak(Instant.now().minus(Duration.ofHours(3)));
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", advies("HOOG")).statusCode(200).header("ETag", "\"1\"")
                .body("risico", equalTo("HOOG")).body("adviesVoorwaarden", equalTo(List.of("CONTACTVERBOD",
                        "GEDRAGSINTERVENTIE")));
        // the structured advice on the OM's own basis; its free text (about the UHG) only with the UHG's consent
        Api.as("om-zsm").get(BASE + id + "/zorgadvies").statusCode(200).body("risico", equalTo("HOOG"))
                .body("toelichting", nullValue()).body("onthouden", equalTo(List.of("HULPVERLENING")));
        Api.as("om-zsm").graphql("query($id: ID!) { zorgadvies(huisverbodId: $id) { toelichting onthouden } }",
                Map.of("id", id)).statusCode(200).body("data.zorgadvies.toelichting", nullValue())
                .body("data.zorgadvies.onthouden", equalTo(List.of("HULPVERLENING")));
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "HULPVERLENING",
                "ontvanger", "OM", "doel", "zsm-beoordeling", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001",
                "geldigTot",
                Instant.now().plus(Duration.ofDays(1)).toString())).statusCode(201);
        Api.as("om-zsm").get(BASE + id + "/zorgadvies").statusCode(200)
                .body("toelichting", equalTo("Pleger neemt geen hulp aan; slachtoffer bang"))
                .body("onthouden", equalTo(List.of()));
        Api.as("om-zsm").get(BASE + id).statusCode(200).body("hulpverlening", nullValue())
                .body("onthouden", hasItem("HULPVERLENING"));
        Map<String, Object> rij = rijen().stream().filter(r -> id.equals(r.get("huisverbodId"))).findFirst().orElseThrow();
        assertThat(rij.get("zorgadviesAanwezig")).isEqualTo(true);
        assertThat(rij.get("redenen").toString()).contains("ZORGADVIES_HOOG");
        assertThat(Db.count("audit_regel where (huisverbod_id = '" + id + "' or huisverbod_ids @> array['" + id
                + "']::uuid[]) and actie = 'PRIORITEITENLIJST' "
                + "and verstrekt like '%ZORGADVIES%'")).isPositive();
        Verzonden.alles(dispatcher);
        List<Map<String, Object>> inbox = Api.as("om-zsm").get("/api/v1/notificaties?limiet=100&type=zorgadvies.ontvangen")
                .extract().path("items");
        assertThat(inbox.stream().filter(n -> id.equals(n.get("huisverbodId")) && "zorgadvies.ontvangen".equals(n.get("type")))
                .map(n -> n.get("link"))).containsExactly("/api/v1/huisverboden/" + id + "/zorgadvies");
        Api.as("om-zsm").graphql("query($id: ID!) { zorgadvies(huisverbodId: $id) { risico hulpverleningLoopt } }",
                Map.of("id", id)).statusCode(200).body("errors", nullValue()).body("data.zorgadvies.risico", equalTo("HOOG"));
    }

    @Test
    void desks_asking_at_the_same_moment_each_get_the_list_their_role_may_see() throws Exception {
        String id = zaak(Instant.now().minus(Duration.ofHours(4)));
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", advies("HOOG")).statusCode(200);
        List<String> lezers = List.of("om-zsm", "politie-thv");
        lezers.forEach(l -> Api.as(l).get(LIJST).statusCode(200)); // tokens fetched before the desks start together
        java.util.concurrent.ExecutorService desks = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Map<String, Object>>> antwoorden = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String lezer = lezers.get(i % 2);
                antwoorden.add(desks.submit(() -> {
                    start.await();
                    return Map.of("lezer", lezer, "lijst", Api.as(lezer).get(LIJST).statusCode(200).extract().jsonPath()
                            .getMap("$"));
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Map<String, Object>> a : antwoorden) {
                Map<String, Object> antwoord = a.get(30, java.util.concurrent.TimeUnit.SECONDS);
                @SuppressWarnings("unchecked")
                Map<String, Object> lijst = (Map<String, Object>) antwoord.get("lijst");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> items = (List<Map<String, Object>>) lijst.get("items");
                if (antwoord.get("lezer").equals("politie-thv")) {
                    assertThat(lijst.get("onthouden")).as("the police never get ZSM's answer").isEqualTo(List.of("ZORGADVIES"));
                    assertThat(items).allSatisfy(r -> assertThat(r.get("zorginbrengAanwezig")).isNull());
                } else {
                    assertThat(lijst.get("onthouden")).isEqualTo(List.of());
                    assertThat(items).filteredOn(r -> id.equals(r.get("huisverbodId")))
                            .singleElement().satisfies(r -> assertThat(r.get("zorginbrengAanwezig")).isEqualTo(true));
                }
            }
        } finally {
            desks.shutdownNow();
        }
    }

    @Test
    void a_high_advice_ranks_a_case_above_a_case_that_ends_sooner() {
        String eerder = zaak(Instant.now().minus(Duration.ofHours(6)));
        String later = zaak(Instant.now().minus(Duration.ofHours(2)));
        List<String> voor = rijen().stream().map(r -> (String) r.get("huisverbodId")).filter(r -> r.equals(eerder)
                || r.equals(later)).toList();
        assertThat(voor).containsExactly(eerder, later);
        Api.as("zorgcoordinator").put(BASE + later + "/zorgadvies", advies("HOOG")).statusCode(200);
        Api.as("zorgcoordinator").put(BASE + eerder + "/zorgadvies", advies("LAAG")).statusCode(200);
        List<Map<String, Object>> na = rijen().stream()
                .filter(r -> r.get("huisverbodId").equals(eerder) || r.get("huisverbodId").equals(later)).toList();
        assertThat(na).extracting(r -> r.get("huisverbodId")).containsExactly(later, eerder);
        assertThat(na.get(1).get("redenen").toString()).doesNotContain("ZORGADVIES_HOOG");
        assertThat(na.get(1).get("zorgadviesAanwezig")).isEqualTo(true);
    }

    @Test
    void only_the_case_coordinator_or_gezinsmanager_writes_it_and_bad_input_names_the_field() {
        String id = zaak(Instant.now().minus(Duration.ofHours(1)));
        String pad = BASE + id + "/zorgadvies";
        Api.as("om-zsm").put(pad, advies("HOOG")).statusCode(403);
        Api.as("veilig-thuis").put(pad, advies("HOOG")).statusCode(403);
        Api.as("zorgcoordinator-2").put(pad, advies("HOOG")).statusCode(404);
        Api.as("zorgcoordinator").put(pad, Map.of("risico", "ZEER_HOOG", "hulpverleningLoopt", true, "adviesVoorwaarden",
                List.of())).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("risico"));
        Api.as("zorgcoordinator").put(pad, Map.of("risico", "HOOG", "hulpverleningLoopt", true, "adviesVoorwaarden",
                List.of("MELDPLICHT", "MELDPLICHT"))).statusCode(400).body("invalidParams[0].name",
                        equalTo("adviesVoorwaarden"));
        Api.as("zorgcoordinator").put(pad, Map.of("risico", "HOOG", "adviesVoorwaarden", List.of())).statusCode(400)
                .body("invalidParams[0].name", equalTo("hulpverleningLoopt"));
        assertThat(Db.count("zorgdocument where huisverbod_id = '" + id + "'")).isZero();
        Api.as("zorgcoordinator").put(pad, advies("MIDDEN")).statusCode(200);
        Api.as("zorgcoordinator").request().header("If-Match", "\"5\"").body(advies("LAAG")).put(pad).then().statusCode(412);
        RestAssured.given().get(pad).then().statusCode(401);
        RestAssured.given().contentType("application/json").body(advies("LAAG")).put(pad).then().statusCode(401);
        Api.as("om-zsm").get(BASE + java.util.UUID.randomUUID() + "/zorgadvies").statusCode(404);
    }

    @Test
    void without_a_criminal_track_only_a_hoog_advice_puts_the_case_on_the_list_and_tells_zsm() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        body.put("strafrechtelijkTraject", false);
        String id = Api.as("politie-thv").post(BASE, body).statusCode(201).extract().path("id");
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam",
                "zorgcoordinator")).statusCode(200);
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", advies("MIDDEN")).statusCode(200);
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'zorgadvies.ontvangen'")).isZero();
        assertThat(rijen()).extracting(r -> r.get("huisverbodId")).doesNotContain(id);
        // HOOG: the case enters the list's second section (issue 34.1), and ZSM hears of the advice
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"").body(advies("HOOG")).put(BASE + id + "/zorgadvies")
                .then().statusCode(200);
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'zorgadvies.ontvangen'")).isEqualTo(1);
        assertThat(rijen()).filteredOn(r -> id.equals(r.get("huisverbodId"))).extracting(r -> r.get("sectie"))
                .containsExactly("ZONDER_STRAFTRAJECT");
    }

    /** A reader of the matrix: a demo user (or partner system) and whether the matrix case is assigned to it. */
    record Lezer(String naam, String rol, boolean partner, boolean toegewezen) {

        String token() {
            return partner ? nl.thvhub.testing.Tokens.partner(naam) : nl.thvhub.testing.Tokens.of(naam);
        }
    }

    static Stream<Arguments> lezers() {
        return Stream.of(new Lezer("politie-thv", "politie-thv", false, false),
                new Lezer("wijkagent-centrum", "wijkagent", false, false), new Lezer("om-zsm", "om-zsm", false, false),
                new Lezer("veilig-thuis", "veilig-thuis", false, false),
                new Lezer("zorgcoordinator", "zorgcoordinator", false, true),
                new Lezer("zorgcoordinator-2", "zorgcoordinator", false, false),
                new Lezer("sociaal-team", "sociaal-team", false, false),
                new Lezer("gezinsmanager", "gezinsmanager", false, true),
                new Lezer("reclassering", "reclassering", false, true), new Lezer("ggz", "ggz", false, true),
                new Lezer("gemeente", "gemeente", false, false), new Lezer("beleid", "beleid", false, false),
                new Lezer("partner-blijfgroep", "zorgcoordinator", true, true)).map(Arguments::of);
    }

    private static synchronized String matrixzaak() {
        if (matrixzaak == null) {
            String id = zaak(Instant.now().minus(Duration.ofHours(4)));
            Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", new HashMap<>(Map.of("rol", "GEZINSMANAGER",
                    "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA"))).statusCode(200);
            Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                    "reclassering")).statusCode(200);
            Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                    .statusCode(200);
            Api.as("gezinsmanager").put(BASE + id + "/zorgadvies", advies("MIDDEN")).statusCode(200);
            matrixzaak = id;
        }
        return matrixzaak;
    }

    /** 200 when the role's rule opens ZORGADVIES and the case is in its scope, 404 out of scope, 403 otherwise. */
    private static int verwacht(Lezer l) {
        SharingPolicy.Regel regel = POLICY.regels().stream().filter(r -> r.rol().equals(l.rol())).findFirst().orElse(null);
        if (regel == null) {
            return 403;
        }
        // the demo gemeente account acts for every gemeente
        boolean inScope = regel.scope() == Scope.ALTIJD || regel.scope() == Scope.EIGEN_GEMEENTE
                || (regel.scope() == Scope.EIGEN_WIJK && l.naam().endsWith("centrum"))
                || (regel.scope() == Scope.TOEGEWEZEN && l.toegewezen());
        if (!inScope) {
            return 404;
        }
        assertThat(regel.metToestemming()).as("ZORGADVIES is never a consent category").doesNotContain(Categorie.ZORGADVIES);
        return regel.categorieen().contains(Categorie.ZORGADVIES) ? 200 : 403;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lezers")
    void each_role_reads_the_advice_exactly_as_the_policy_file_says(Lezer lezer) {
        String id = matrixzaak();
        int status = given().auth().oauth2(lezer.token()).get(BASE + id + "/zorgadvies").then().extract().statusCode();
        assertThat(status).isEqualTo(verwacht(lezer));
        Integer gql = given().auth().oauth2(lezer.token()).contentType("application/json")
                .body(Map.of("query", "query($id: ID!) { zorgadvies(huisverbodId: $id) { risico } }", "variables",
                        Map.of("id", id)))
                .post("/graphql").then().extract().jsonPath().get("errors[0].extensions.problem.status");
        assertThat(gql).as("GraphQL agrees").isEqualTo(status == 200 ? null : status);
    }

    @Test
    void the_police_never_see_that_an_advice_exists_in_the_history() {
        String id = matrixzaak();
        Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200).body("soort",
                not(hasItem("ZORGADVIES_VASTGELEGD")));
        Api.as("om-zsm").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("ZORGADVIES_VASTGELEGD"));
    }
}
