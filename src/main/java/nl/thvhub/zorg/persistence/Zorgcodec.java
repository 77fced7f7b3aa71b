package nl.thvhub.zorg.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.zorg.Eindrapport;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.Zorgadvies;

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

    /** The monitoring report as the document's single item. */
    public static JsonArray eindrapport(Eindrapport.Inhoud e) {
        return new JsonArray().add(new JsonObject().put("dreigingAfgenomen", naam(e.dreigingAfgenomen()))
                .put("verwijzingGeslaagd", naar(e.verwijzingGeslaagd(), p -> new JsonObject()
                        .put("betrokkeneId", p.betrokkeneId().toString()).put("uitkomst", p.uitkomst().name())))
                .put("relatieBeeindigd", naam(e.relatieBeeindigd())).put("recidiveBekend", naam(e.recidiveBekend()))
                .put("toelichting", e.toelichting()).put("afgezienReden", e.afgezienReden())
                .put("gescheidenWonen", naam(e.gescheidenWonen()))
                .put("zonderVerwijzing", naar(e.zonderVerwijzing(), p -> new JsonObject()
                        .put("betrokkeneId", p.betrokkeneId().toString()).put("reden", p.reden().name()))));
    }

    public static Eindrapport.Inhoud eindrapport(JsonArray items) {
        JsonObject j = items.getJsonObject(0);
        return new Eindrapport.Inhoud(jno(j.getString("dreigingAfgenomen")),
                uit(j.getJsonArray("verwijzingGeslaagd", new JsonArray()),
                        p -> new Eindrapport.Persoon(UUID.fromString(p.getString("betrokkeneId")),
                                Eindrapport.Uitkomst.valueOf(p.getString("uitkomst")))),
                jno(j.getString("relatieBeeindigd")), jno(j.getString("recidiveBekend")), j.getString("toelichting"),
                j.getString("afgezienReden"), jno(j.getString("gescheidenWonen")),
                uit(j.getJsonArray("zonderVerwijzing", new JsonArray()),
                        p -> new Eindrapport.ZonderVerwijzing(UUID.fromString(p.getString("betrokkeneId")),
                                Eindrapport.GeenVerwijzingReden.valueOf(p.getString("reden")))));
    }

    /** The zorgadvies as the document's single item. */
    public static JsonArray zorgadvies(Zorgadvies.Inhoud a) {
        return new JsonArray().add(new JsonObject().put("risico", a.risico().name())
                .put("hulpverleningLoopt", a.hulpverleningLoopt())
                .put("adviesVoorwaarden", new JsonArray(a.adviesVoorwaarden().stream().map(Enum::name).toList()))
                .put("toelichting", a.toelichting()));
    }

    public static Zorgadvies.Inhoud zorgadvies(JsonArray items) {
        JsonObject j = items.getJsonObject(0);
        return new Zorgadvies.Inhoud(Zorgadvies.Risico.valueOf(j.getString("risico")), j.getBoolean("hulpverleningLoopt"),
                j.getJsonArray("adviesVoorwaarden").stream().map(v -> Zorgadvies.Voorwaarde.valueOf((String) v)).toList(),
                j.getString("toelichting"));
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static JaNeeOnduidelijk jno(String s) {
        return s == null ? null : JaNeeOnduidelijk.valueOf(s);
    }

    private static <T> JsonArray naar(List<T> list, Function<T, JsonObject> f) {
        JsonArray a = new JsonArray();
        list.forEach(t -> a.add(f.apply(t)));
        return a;
    }

    private static <T> List<T> uit(JsonArray items, Function<JsonObject, T> f) {
        List<T> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            list.add(f.apply(items.getJsonObject(i)));
        }
        return List.copyOf(list);
    }
}
