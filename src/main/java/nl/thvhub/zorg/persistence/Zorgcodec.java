package nl.thvhub.zorg.persistence;

import static nl.thvhub.platform.sql.Jsonlijst.naar;
import static nl.thvhub.platform.sql.Jsonlijst.uit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;

/** The items of the care documents to and from their stored JSON, field by field (no reflection on the stored form). */
public final class Zorgcodec {

    private Zorgcodec() {
    }

    public static JsonArray analyse(List<Probleemanalyse.Regel> regels) {
        return naar(regels, r -> new JsonObject().put("leefgebied", r.leefgebied().name()).put("score", r.score().name())
                .put("toelichting", r.toelichting()).put("door", r.vastgelegdDoor()).put("organisatie", r.organisatie().name())
                .put("op", r.vastgelegdOp().toString()));
    }

    public static List<Probleemanalyse.Regel> analyse(JsonArray items) {
        return uit(items, j -> new Probleemanalyse.Regel(Leefgebied.valueOf(j.getString("leefgebied")),
                Probleemanalyse.Score.valueOf(j.getString("score")), j.getString("toelichting"), j.getString("door"),
                Organisatie.valueOf(j.getString("organisatie")), Instant.parse(j.getString("op"))));
    }

    public static JsonArray plan(List<Plan.Item> items) {
        return naar(items, i -> new JsonObject().put("doel", i.doel())
                .put("betrokkeneId", i.betrokkeneId() == null ? null : i.betrokkeneId().toString())
                .put("eigenaar", i.eigenaar())
                .put("termijn", i.termijn() == null ? null : i.termijn().toString()).put("status", i.status().name()));
    }

    public static List<Plan.Item> plan(JsonArray items) {
        return uit(items, j -> new Plan.Item(j.getString("doel"),
                j.getString("betrokkeneId") == null ? null : UUID.fromString(j.getString("betrokkeneId")),
                j.getString("eigenaar"), j.getString("termijn") == null ? null : LocalDate.parse(j.getString("termijn")),
                Plan.Itemstatus.valueOf(j.getString("status"))));
    }

    public static JsonArray netwerk(List<Netwerk.Contact> contacten) {
        return naar(contacten, c -> new JsonObject().put("relatie", c.relatie().name()).put("naam", c.naam())
                .put("telefoon", c.telefoon()).put("rolInVeiligheidsplan", c.rolInVeiligheidsplan()));
    }

    public static List<Netwerk.Contact> netwerk(JsonArray items) {
        return uit(items, j -> new Netwerk.Contact(Netwerk.Relatie.valueOf(j.getString("relatie")), j.getString("naam"),
                j.getString("telefoon"), j.getString("rolInVeiligheidsplan")));
    }
}
