package nl.thvhub.zorg;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Scope;
import nl.thvhub.privacy.SharingPolicy;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * The sharing matrix over the care record, computed from {@code privacy/sharing-policy.yaml} independently of the
 * engine: every reading role × each part (a help domain and a health domain of the analysis, the network, a referral,
 * a contact attempt, a plan) × {no consent, consent given, consent withdrawn}, over REST, and the analysis over
 * GraphQL too. Police never see a health domain; nothing beyond the policy, no unexpected denial.
 */
@QuarkusTest
class ZorgbeleidMatrixTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final SharingPolicy.Document POLICY = SharingPolicy.load();
    private static String zaak;
    private static String uhg;
    private static List<String> personen;

    record Lezer(String naam, String rol, boolean partner, String organisatie) {

        String token() {
            return partner ? nl.thvhub.testing.Tokens.partner(naam) : nl.thvhub.testing.Tokens.of(naam);
        }
    }

    static Stream<Arguments> lezers() {
        return Stream.of(new Lezer("politie-thv", "politie-thv", false, "POLITIE"),
                new Lezer("wijkagent-centrum", "wijkagent", false, "POLITIE"), new Lezer("om-zsm", "om-zsm", false, "OM"),
                new Lezer("veilig-thuis", "veilig-thuis", false, "VEILIG_THUIS"),
                new Lezer("zorgcoordinator", "zorgcoordinator", false, "BLIJF_GROEP"),
                new Lezer("gezinsmanager", "gezinsmanager", false, "JBRA"),
                new Lezer("reclassering", "reclassering", false, "RECLASSERING"), new Lezer("ggz", "ggz", false, "GGZ"),
                new Lezer("gemeente", "gemeente", false, "GEMEENTE"),
                new Lezer("partner-blijfgroep", "zorgcoordinator", true, "BLIJF_GROEP")).map(Arguments::of);
    }

    private static synchronized void zaak() {
        if (zaak != null) {
            return;
        }
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(3600));
        Cases.persons(body).add(Cases.person("KIND", "Kind Matrix", "2017-04-04"));
        JsonPath created = Api.as("politie-thv").post(BASE, body).statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        uhg = created.getString("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        personen = created.getList("betrokkenen.id");
        toewijzen(id, "ZORGCOORDINATOR", "zorgcoordinator", null, "veilig-thuis");
        toewijzen(id, "GEZINSMANAGER", "gezinsmanager", "JBRA", "veilig-thuis");
        toewijzen(id, "RECLASSERING", "reclassering", null, "zorgcoordinator");
        toewijzen(id, "GGZ", "ggz", null, "zorgcoordinator");
        // the coordinator records with the UHG's consent, which is then withdrawn: the matrix reads without it
        List<String> setup = List.of(toestemming(uhg, "GEZONDHEID", "BLIJF_GROEP", "zorgcoordinatie"),
                toestemming(uhg, "NETWERK", "BLIJF_GROEP", "zorgcoordinatie"));
        String dag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        Api.as("zorgcoordinator").put(BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse", Map.of("leefgebieden",
                List.of(Map.of("leefgebied", "FINANCIEN", "score", "ERNSTIG"), Map.of("leefgebied", "VERSLAVING", "score",
                        "LICHT"))))
                .statusCode(200);
        Api.as("zorgcoordinator").put(BASE + id + "/betrokkenen/" + uhg + "/netwerk", Map.of("contacten",
                List.of(Map.of("relatie", "BUUR", "naam", "Buurman")))).statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar", "Schuldhulp",
                "code", "SCHULDHULP", "aangemeldOp", dag)).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum", dag, "vorm",
                "TELEFOON", "bereikt", false)).statusCode(201);
        Api.as("zorgcoordinator").put(BASE + id + "/plannen/veiligheidsplan", Map.of("items", List.of(Map.of("doel",
                "Geen contact", "eigenaar", "BLIJF_GROEP", "status", "OPEN")))).statusCode(200);
        setup.forEach(ZorgbeleidMatrixTest::intrekken);
        zaak = id;
    }

    private static void toewijzen(String id, String rol, String user, String org, String door) {
        Map<String, Object> body = new HashMap<>(Map.of("rol", rol, "gebruikersnaam", user));
        if (org != null) {
            body.put("organisatie", org);
        }
        Api.as(door).post(BASE + id + "/toewijzingen", body).statusCode(200);
    }

    private static String toestemming(String persoon, String categorie, String ontvanger, String doel) {
        return Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", persoon, "categorie", categorie,
                "ontvanger", ontvanger, "doel", doel, "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001",
                "geldigTot",
                Instant.now().plusSeconds(86400).toString())).statusCode(201).extract().path("id");
    }

    private static void intrekken(String id) {
        Api.as("veilig-thuis").post("/api/v1/toestemmingen/" + id + "/intrekking", Map.of("reden", "ingetrokken"))
                .statusCode(200);
    }

    private static SharingPolicy.Regel regel(String rol) {
        return POLICY.regels().stream().filter(r -> r.rol().equals(rol)).findFirst().orElseThrow();
    }

    /** What the policy file says of one category of one person, consent given by every person or by none. */
    private static boolean mag(SharingPolicy.Regel r, Categorie c, boolean toestemming) {
        return r.categorieen().contains(c) || (toestemming && r.metToestemming().contains(c));
    }

    private static void controleer(Lezer lezer, boolean toestemming) {
        SharingPolicy.Regel r = regel(lezer.rol());
        String waar = lezer.naam() + (toestemming ? " with consent" : " without consent");
        boolean hulp = mag(r, Categorie.HULPVERLENING, toestemming);
        boolean gezondheid = mag(r, Categorie.GEZONDHEID, toestemming);
        if (lezer.rol().startsWith("politie") || lezer.rol().equals("wijkagent")) {
            assertThat(gezondheid).as("police never see health data").isFalse();
        }
        Response analyse = given().auth().oauth2(lezer.token()).get(BASE + zaak + "/betrokkenen/" + uhg + "/probleemanalyse");
        if (!hulp && !gezondheid) {
            assertThat(analyse.statusCode()).as("analysis for " + waar).isEqualTo(403);
        } else {
            assertThat(analyse.statusCode()).as("analysis for " + waar).isEqualTo(200);
            List<String> gebieden = analyse.jsonPath().getList("leefgebieden.leefgebied");
            assertThat(gebieden.contains("FINANCIEN")).as("help domain for " + waar).isEqualTo(hulp);
            assertThat(gebieden.contains("VERSLAVING")).as("health domain for " + waar).isEqualTo(gezondheid);
            Response gql = given().auth().oauth2(lezer.token()).contentType("application/json").body(Map.of("query",
                    "query($id: ID!, $b: ID!) { probleemanalyse(huisverbodId: $id, betrokkeneId: $b) { leefgebieden "
                            + "{ leefgebied } } }",
                    "variables", Map.of("id", zaak, "b", uhg))).post("/graphql");
            assertThat(gql.jsonPath().<String>getList("data.probleemanalyse.leefgebieden.leefgebied"))
                    .as("GraphQL agrees for " + waar).isEqualTo(gebieden);
        }
        int netwerk = given().auth().oauth2(lezer.token()).get(BASE + zaak + "/betrokkenen/" + uhg + "/netwerk").statusCode();
        assertThat(netwerk).as("network for " + waar).isEqualTo(mag(r, Categorie.NETWERK, toestemming) ? 200 : 403);
        for (String deel : List.of("verwijzingen", "contactmomenten")) {
            Response lijst = given().auth().oauth2(lezer.token()).get(BASE + zaak + "/" + deel);
            assertThat(lijst.statusCode()).as(deel + " for " + waar).isEqualTo(hulp ? 200 : 403);
            if (hulp) {
                assertThat(lijst.jsonPath().getList("betrokkeneId")).as(deel + " for " + waar).containsExactly(uhg);
            }
        }
        int plan = given().auth().oauth2(lezer.token()).get(BASE + zaak + "/plannen/veiligheidsplan").statusCode();
        assertThat(plan).as("plan for " + waar).isEqualTo(hulp ? 200 : 403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lezers")
    void every_reader_sees_exactly_its_policy_of_the_care_record(Lezer lezer) {
        zaak();
        SharingPolicy.Regel r = regel(lezer.rol());
        controleer(lezer, false);
        if (r.scope() == Scope.EIGEN_WIJK && !lezer.naam().equals("wijkagent-centrum")) {
            return;
        }
        Set<Categorie> gevraagd = EnumSet.noneOf(Categorie.class);
        gevraagd.addAll(r.metToestemming());
        gevraagd.retainAll(EnumSet.of(Categorie.HULPVERLENING, Categorie.GEZONDHEID, Categorie.NETWERK));
        if (gevraagd.isEmpty()) {
            return;
        }
        List<String> gegeven = new ArrayList<>();
        for (Categorie c : gevraagd) {
            for (String p : personen) {
                gegeven.add(toestemming(p, c.name(), lezer.organisatie(), r.doel()));
            }
        }
        controleer(lezer, true);
        gegeven.forEach(ZorgbeleidMatrixTest::intrekken);
        controleer(lezer, false);
    }
}
