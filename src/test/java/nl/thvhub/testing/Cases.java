package nl.thvhub.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds impose requests: a valid case by default, adjusted per test. Every case gets a fresh person and address. */
public final class Cases {

    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private Cases() {
    }

    public static Map<String, Object> valid(Instant opgelegdOp) {
        return valid(opgelegdOp, "AMSTERDAM", "centrum");
    }

    public static Map<String, Object> valid(Instant opgelegdOp, String gemeente, String wijk) {
        int n = SEQ.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gemeente", gemeente);
        body.put("wijk", wijk);
        body.put("opgelegdOp", opgelegdOp.toString());
        body.put("adres", new LinkedHashMap<>(
                Map.of("straat", "Teststraat", "huisnummer", String.valueOf(n), "postcode", "1011AB", "plaats", "Amsterdam")));
        List<Map<String, Object>> persons = new ArrayList<>();
        persons.add(person("UITHUISGEPLAATSTE", "Pleger " + n, "1980-01-01"));
        persons.add(person("ACHTERBLIJVER", "Slachtoffer " + n, "1982-02-02"));
        body.put("betrokkenen", persons);
        body.put("geweld", new LinkedHashMap<>(Map.of("type", "PARTNERGEWELD", "ernst", "ERNSTIG", "intiemeTerreur", "NEE")));
        body.put("strafrechtelijkTraject", true);
        body.put("criteria", new LinkedHashMap<>(
                Map.of("ernstigEnOnmiddellijkGevaar", true, "plegerMeerderjarig", true, "vakerDanIncidenteelAanwezig", true)));
        return body;
    }

    /** Imposes this case as politie-thv (expecting 201) and returns its id. */
    public static String imposed(Map<String, Object> body) {
        return Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(201).extract().path("id");
    }

    /**
     * Imposes a valid case (Amsterdam, wijk centrum) as politie-thv and has Veilig Thuis assign the demo coordinator:
     * the starting point of most care-side scenarios. Returns the case id.
     */
    public static String imposedWithCoordinator(Instant opgelegdOp) {
        String id = imposed(valid(opgelegdOp));
        Api.as("veilig-thuis").post("/api/v1/huisverboden/" + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        return id;
    }

    /**
     * Waives the monitoring report, naming every adult as not referred (NIET_NODIG), so closing meets its criterion per
     * person in scenarios about something else.
     */
    public static void eindrapportAfgezien(String id) {
        List<Map<String, Object>> personen = Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200)
                .extract().path("betrokkenen");
        List<Map<String, Object>> zonder = personen.stream().filter(p -> !"KIND".equals(p.get("rol")))
                .map(p -> Map.<String, Object>of("betrokkeneId", p.get("id"), "reden", "NIET_NODIG")).toList();
        Api.as("zorgcoordinator").put("/api/v1/huisverboden/" + id + "/monitoring/eindrapport",
                Map.of("afgezienReden", "Testscenario over iets anders dan het eindrapport", "zonderVerwijzing", zonder))
                .statusCode(200);
    }

    public static Map<String, Object> person(String rol, String naam, String geboortedatum) {
        return new LinkedHashMap<>(Map.of("rol", rol, "naam", naam, "geboortedatum", geboortedatum));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> persons(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("betrokkenen");
    }

    /**
     * Issue 33: a case (Amsterdam, wijk centrum) with zorgcoordinator for the victim and zorgcoordinator-2 for the UHG,
     * assigned by Veilig Thuis; returns {case id, UHG id, victim id}.
     */
    public static String[] metTweeCoordinatoren() {
        String id = imposed(valid(Instant.now().minusSeconds(3600)));
        String uhg = persoon(id, "UITHUISGEPLAATSTE");
        String ab = persoon(id, "ACHTERBLIJVER");
        Api.as("veilig-thuis").post("/api/v1/huisverboden/" + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator", "betrokkenen", List.of(ab)))
                .statusCode(200);
        Api.as("veilig-thuis").post("/api/v1/huisverboden/" + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator-2", "betrokkenen", List.of(uhg)))
                .statusCode(200);
        return new String[]{id, uhg, ab};
    }

    /** The id of the case's (first) person in this role, as Veilig Thuis reads it. */
    public static String persoon(String id, String rol) {
        List<Map<String, Object>> personen = Api.as("veilig-thuis").get("/api/v1/huisverboden/" + id).statusCode(200)
                .extract().path("betrokkenen");
        return (String) personen.stream().filter(p -> rol.equals(p.get("rol"))).findFirst().orElseThrow().get("id");
    }
}
