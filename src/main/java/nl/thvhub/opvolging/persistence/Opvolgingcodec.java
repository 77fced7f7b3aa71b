package nl.thvhub.opvolging.persistence;

import static nl.thvhub.platform.sql.Jsonlijst.naar;
import static nl.thvhub.platform.sql.Jsonlijst.uit;

import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Zorgadvies;

/**
 * The follow-through's documents (the monitoring report, the care advice for ZSM) to and from the items they are stored
 * as in the care documents, field by field (no reflection on the stored form). The layout is pinned by
 * {@code OpvolgingcodecTest}; the follow-through's views (V42: {@code opvolging_eindrapport}, {@code opvolging_zorgadvies})
 * publish its fields as columns for SQL elsewhere.
 */
public final class Opvolgingcodec {

    private Opvolgingcodec() {
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
}
