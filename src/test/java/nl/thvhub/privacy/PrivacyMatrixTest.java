package nl.thvhub.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Deelverwachting;

/**
 * The sharing matrix, generated from {@code privacy/sharing-policy.yaml} (the file the hub itself reads): every reading
 * role (real demo users and a partner system) × every category × {in scope, out of scope, consent given, consent
 * withdrawn}, through REST and GraphQL. The expectation is computed here from the YAML, independently of the engine:
 * zero fields beyond the policy, zero unexpected denials, and both APIs agree.
 */
@QuarkusTest
class PrivacyMatrixTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final String GQL = "query($id: ID!) { huisverbod(id: $id) { id status adres { straat } betrokkenen { id rol naam } "
            + "geweld { type } strafrechtelijkTraject verblijfUhg verblijfAchterblijvers hulpverlening { plan } onthouden "
            + "taken { soort betrokkeneId } } }";
    private static final SharingPolicy.Document POLICY = SharingPolicy.load();
    private static final String ADVIES = "Adviesrapport matrix";

    /**
     * The cases of the matrix: Amsterdam centrum (everyone assigned), Amsterdam zuidoost (nobody), Amstelveen, and Diemen
     * (for a gemeente account acting for Diemen only).
     */
    private static String centrum;
    private static String zuidoost;
    private static String amstelveen;
    private static String diemen;
    private static final Map<String, Map<String, String>> SUBJECTS = new HashMap<>();

    /** reader: demo user or partner client; rol: whose rule applies; in scope / out of scope case. */
    record Reader(String name, String rol, boolean partner, String organisatie) {

        String token() {
            return partner ? nl.thvhub.testing.Tokens.partner(name) : nl.thvhub.testing.Tokens.of(name);
        }

        String inScope() {
            return name.equals("gemeente-diemen") ? diemen : rol.equals("sociaal-team") ? amstelveen : centrum;
        }

        String outOfScope() {
            return name.equals("gemeente-diemen")
                    ? centrum
                    : rol.equals("sociaal-team") || partner ? (partner ? amstelveen : centrum) : zuidoost;
        }

        /** Whether the rule keeps this reader out of some cases: a gemeente only when its token names some gemeenten. */
        boolean beperkt(SharingPolicy.Regel r) {
            return r.scope() == Scope.EIGEN_GEMEENTE ? name.equals("gemeente-diemen") : r.scope() != Scope.ALTIJD;
        }
    }

    static Stream<Arguments> readers() {
        return Stream.of(new Reader("politie-thv", "politie-thv", false, "POLITIE"),
                new Reader("wijkagent-centrum", "wijkagent", false, "POLITIE"),
                new Reader("om-zsm", "om-zsm", false, "OM"), new Reader("veilig-thuis", "veilig-thuis", false, "VEILIG_THUIS"),
                new Reader("zorgcoordinator", "zorgcoordinator", false, "BLIJF_GROEP"),
                new Reader("sociaal-team", "sociaal-team", false, "SOCIAAL_TEAM_AA"),
                new Reader("gezinsmanager", "gezinsmanager", false, "JBRA"),
                new Reader("reclassering", "reclassering", false, "RECLASSERING"), new Reader("ggz", "ggz", false, "GGZ"),
                new Reader("gemeente", "gemeente", false, "GEMEENTE"),
                new Reader("gemeente-diemen", "gemeente", false, "GEMEENTE"),
                new Reader("partner-blijfgroep", "zorgcoordinator", true, "BLIJF_GROEP"))
                .map(Arguments::of);
    }

    private static nl.thvhub.huisverbod.persistence.HuisverbodRepository zaken;
    private static io.vertx.mutiny.sqlclient.Pool pool;

    @jakarta.inject.Inject
    nl.thvhub.huisverbod.persistence.HuisverbodRepository injectedZaken;

    @jakarta.inject.Inject
    io.vertx.mutiny.sqlclient.Pool injectedPool;

    @org.junit.jupiter.api.BeforeEach
    void truth() {
        zaken = injectedZaken;
        pool = injectedPool;
    }

    private static synchronized void setUp() {
        if (centrum != null) {
            return;
        }
        centrum = fullCase("AMSTERDAM", "centrum");
        zuidoost = fullCase("AMSTERDAM", "zuidoost");
        amstelveen = fullCase("AMSTELVEEN", "amstelveen-zuid");
        diemen = fullCase("DIEMEN", "diemen-noord");
        assign(centrum, "ZORGCOORDINATOR", "zorgcoordinator", null, "veilig-thuis");
        assign(centrum, "GEZINSMANAGER", "gezinsmanager", "JBRA", "veilig-thuis");
        assign(centrum, "RECLASSERING", "reclassering", null, "zorgcoordinator");
        assign(centrum, "GGZ", "ggz", null, "zorgcoordinator");
        assign(amstelveen, "ZORGCOORDINATOR", "sociaal-team", null, "veilig-thuis");
        for (String id : List.of(centrum, amstelveen)) {
            Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag",
                    Map.of("termijn", java.time.LocalDate.now().plusDays(5).toString())).statusCode(201);
            Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", ADVIES, "datum",
                    java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString())).statusCode(200);
        }
        for (String[] c : new String[][]{{centrum, "zorgcoordinator"}, {zuidoost, null}, {amstelveen, "sociaal-team"}}) {
            if (c[1] != null) {
                Api.as(c[1]).request().body(Map.of("plan", "Traject relatiegeweld", "veiligheidsafspraken", "Geen contact"))
                        .put(BASE + c[0] + "/hulpverlening").then().statusCode(200);
            }
        }
    }

    private static String fullCase(String gemeente, String wijk) {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(3600), gemeente, wijk);
        Cases.persons(body).add(Cases.person("KIND", "Kind Matrix", "2017-04-04"));
        body.put("verblijfUhg", "Bij zijn broer");
        body.put("verblijfAchterblijvers", "Opvanglocatie (geheim)");
        JsonPath created = Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        Map<String, String> subjects = new HashMap<>();
        for (Map<String, Object> p : created.<Map<String, Object>>getList("betrokkenen")) {
            subjects.put((String) p.get("rol"), (String) p.get("id"));
        }
        SUBJECTS.put(id, subjects);
        return id;
    }

    private static void assign(String id, String rol, String user, String org, String by) {
        Map<String, Object> body = new HashMap<>(Map.of("rol", rol, "gebruikersnaam", user));
        if (org != null) {
            body.put("organisatie", org);
        }
        Api.as(by).post(BASE + id + "/toewijzingen", body).statusCode(200);
    }

    private static SharingPolicy.Regel rule(String rol) {
        return POLICY.regels().stream().filter(r -> r.rol().equals(rol)).findFirst().orElseThrow();
    }

    private static Set<String> expectedWithheld(SharingPolicy.Regel r, boolean consented) {
        return Deelverwachting.onthouden(r, consented);
    }

    private static void assertView(Reader reader, String id, boolean consented) {
        SharingPolicy.Regel r = rule(reader.rol());
        Set<String> withheld = expectedWithheld(r, consented);
        JsonPath rest = given().auth().oauth2(reader.token()).get(BASE + id).then().statusCode(200).extract().jsonPath();
        JsonPath gql = given().auth().oauth2(reader.token()).contentType("application/json")
                .body(Map.of("query", GQL, "variables", Map.of("id", id)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(gql.getList("errors")).as("GraphQL errors for " + reader).isNull();
        for (JsonPath view : List.of(rest, new JsonPath(gql.prettify()).setRootPath("data.huisverbod"))) {
            String where = reader.name() + (view == rest ? " over REST" : " over GraphQL") + (consented ? " with consent" : "");
            assertThat(new TreeSet<>(view.<String>getList("onthouden"))).as("onthouden for " + where).isEqualTo(withheld);
            assertThat(view.getString("id")).as("KERN for " + where).isEqualTo(id);
            assertThat(view.get("adres") != null).as("WONING for " + where).isEqualTo(!withheld.contains("WONING"));
            assertThat(view.get("geweld") != null).as("GEWELD for " + where).isEqualTo(!withheld.contains("GEWELD"));
            assertThat(view.get("strafrechtelijkTraject") != null).as("STRAFRECHT for " + where)
                    .isEqualTo(!withheld.contains("STRAFRECHT"));
            assertThat(view.get("verblijfUhg") != null).as("VERBLIJF_UHG for " + where)
                    .isEqualTo(!withheld.contains("VERBLIJF_UHG"));
            assertThat(view.get("verblijfAchterblijvers") != null).as("VERBLIJF_AB for " + where)
                    .isEqualTo(!withheld.contains("VERBLIJF_AB"));
            assertThat(view.get("hulpverlening") != null).as("HULPVERLENING for " + where)
                    .isEqualTo(!withheld.contains("HULPVERLENING"));
            List<String> rollen = view.get("betrokkenen") == null ? List.of() : view.getList("betrokkenen.rol");
            boolean identiteitUhg = r.categorieen().contains(Categorie.IDENTITEIT)
                    || (consented && r.metToestemming().contains(Categorie.IDENTITEIT));
            Set<String> only = r.alleenVoor().get(Categorie.IDENTITEIT);
            assertThat(rollen.contains("UITHUISGEPLAATSTE")).as("UHG identity for " + where).isEqualTo(identiteitUhg);
            assertThat(rollen.contains("ACHTERBLIJVER")).as("AB identity for " + where)
                    .isEqualTo(identiteitUhg && (only == null || only.contains("ACHTERBLIJVER")));
            assertThat(rollen.contains("KIND")).as("KINDEREN for " + where).isEqualTo(!withheld.contains("KINDEREN"));
            assertThat(taken(view)).as("tasks for " + where).isEqualTo(verwachteTaken(id, withheld));
        }
        assertThat(rest.getMap("$")).as("REST and GraphQL agree for " + reader.name()).isNotNull();
        assertAssignmentsAndHistory(reader, id, rest, withheld);
        assertAdvies(reader, id, withheld);
    }

    /** The case's open tasks (the Java rule on its row) whose category the policy file gives this reader. */
    private static List<String> verwachteTaken(String id, Set<String> withheld) {
        nl.thvhub.huisverbod.Huisverbod h = zaken.find(pool, java.util.UUID.fromString(id)).await()
                .atMost(java.time.Duration.ofSeconds(10)).orElseThrow();
        return nl.thvhub.huisverbod.Taakregels.open(h, Instant.now(), nl.thvhub.huisverbod.Taaktermijnen.STANDAARD).stream()
                .filter(t -> !withheld.contains(POLICY.onthulling().taken().get(t.soort().name()).name()))
                .map(t -> t.soort() + "|" + t.betrokkeneId()).sorted().toList();
    }

    private static List<String> taken(JsonPath view) {
        List<Map<String, Object>> taken = view.getList("taken");
        return taken == null
                ? List.of()
                : taken.stream().map(t -> t.get("soort") + "|" + t.get("betrokkeneId")).sorted().toList();
    }

    /** The Reclassering advice: its request under STRAFRECHT, its text under RECLASSERINGSADVIES (named when withheld). */
    private static void assertAdvies(Reader reader, String id, Set<String> withheld) {
        var response = given().auth().oauth2(reader.token()).get(BASE + id + "/reclasseringsadvies").then();
        if (withheld.contains("STRAFRECHT")) {
            response.statusCode(403);
            return;
        }
        JsonPath advies = response.statusCode(200).extract().jsonPath();
        boolean tekst = !withheld.contains("RECLASSERINGSADVIES");
        assertThat(advies.getString("[0].advies")).as("advice text for " + reader.name()).isEqualTo(tekst ? ADVIES : null);
        assertThat(advies.getList("[0].onthouden")).as("advice onthouden for " + reader.name())
                .isEqualTo(tekst ? List.of() : List.of("RECLASSERINGSADVIES"));
    }

    /**
     * Assignments and history entries are shown exactly under the category the policy file's {@code onthulling} gives
     * them: a shown one never belongs to a withheld category, and on the fully assigned case every assignment whose
     * category is open is shown.
     */
    private static void assertAssignmentsAndHistory(Reader reader, String id, JsonPath rest, Set<String> withheld) {
        Map<String, Categorie> toewijzing = POLICY.onthulling().toewijzing();
        List<String> shown = rest.getList("toewijzingen.rol");
        for (String rol : shown) {
            assertThat(withheld).as(reader.name() + " sees a " + rol + " assignment")
                    .doesNotContain(toewijzing.get(rol).name());
        }
        if (id.equals(centrum)) {
            toewijzing.forEach((rol, c) -> assertThat(shown.contains(rol)).as(rol + " assignment for " + reader.name())
                    .isEqualTo(!withheld.contains(c.name())));
        }
        List<Map<String, Object>> history = given().auth().oauth2(reader.token()).get(BASE + id + "/geschiedenis").then()
                .statusCode(200).extract().path("$");
        for (Map<String, Object> entry : history) {
            Categorie c = POLICY.onthulling().geschiedenis().get((String) entry.get("soort"));
            assertThat(c).as("history entry " + entry.get("soort") + " has a category").isNotNull();
            assertThat(withheld).as(reader.name() + " sees history " + entry).doesNotContain(c.name());
            if ("TOEGEWEZEN".equals(entry.get("soort"))) {
                Object rol = ((Map<?, ?>) entry.get("details")).get("rol");
                assertThat(withheld).as(reader.name() + " sees the assignment of " + rol)
                        .doesNotContain(toewijzing.get(String.valueOf(rol)).name());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void every_reader_sees_exactly_its_policy_in_scope_and_nothing_out_of_scope_over_both_apis(Reader reader) {
        setUp();
        SharingPolicy.Regel r = rule(reader.rol());
        assertView(reader, reader.inScope(), false);
        if (reader.beperkt(r)) {
            given().auth().oauth2(reader.token()).get(BASE + reader.outOfScope()).then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(reader.token()).contentType("application/json")
                    .body(Map.of("query", GQL, "variables", Map.of("id", reader.outOfScope()))).post("/graphql").then()
                    .statusCode(200)
                    .body("data.huisverbod", org.hamcrest.Matchers.nullValue());
        }
        if (r.metToestemming().isEmpty()) {
            return;
        }
        List<String> consents = new ArrayList<>();
        for (Categorie c : EnumSet.copyOf(r.metToestemming())) {
            for (String subject : SUBJECTS.get(reader.inScope()).values()) {
                consents.add(Api.as("veilig-thuis")
                        .post("/api/v1/toestemmingen", Map.of("betrokkeneId", subject, "categorie", c.name(),
                                "ontvanger", reader.organisatie(), "doel", r.doel(), "vorm", "SCHRIFTELIJK",
                                "formulierReferentie", "TF-2026-0001", "geldigTot",
                                Instant.now().plusSeconds(86400).toString()))
                        .statusCode(201).extract().path("id"));
            }
        }
        assertView(reader, reader.inScope(), true);
        for (String consent : consents) {
            Api.as("veilig-thuis")
                    .post("/api/v1/toestemmingen/" + consent + "/intrekking", Map.of("reden", "ingetrokken door betrokkene"))
                    .statusCode(200);
        }
        assertView(reader, reader.inScope(), false);
    }

    @ParameterizedTest(name = "{0} reads no case")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"beleid", "fg"})
    void roles_without_a_rule_get_403_on_case_reads(String user) {
        setUp();
        Api.as(user).get(BASE + centrum).statusCode(403).contentType("application/problem+json");
        Api.as(user).get("/api/v1/huisverboden").statusCode(403);
    }

    @org.junit.jupiter.api.Test
    void no_token_gets_401() {
        setUp();
        given().get(BASE + centrum).then().statusCode(401).contentType("application/problem+json");
    }
}
