package nl.thvhub.zorg.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.platform.sql.Rijen;

/** SQL for the demo's care records: the demo cases that have a coordinator, and whether a record exists yet. */
@ApplicationScoped
public class DemozaakRepository {

    /** A demo case with a coordinator: its number, when it was imposed, who coordinates, and its persons by role. */
    public record Demozaak(UUID id, String registratienummer, Instant opgelegdOp, String coordinator,
            Map<UUID, String> personen) {
    }

    public Uni<Boolean> isEmpty(SqlClient sql) {
        return sql.query("select not exists (select 1 from contactmoment) and not exists (select 1 from verwijzing) as leeg")
                .execute().map(rows -> rows.iterator().next().getBoolean("leeg"));
    }

    public Uni<List<Demozaak>> metCoordinator(SqlClient sql) {
        return sql.query("""
                select h.id, h.registratienummer, h.opgelegd_op, t.gebruikersnaam,
                  (select json_agg(json_build_object('id', b.id, 'rol', b.rol) order by b.volgorde) from betrokkene b
                    where b.huisverbod_id = h.id) as personen
                from huisverbod h join toewijzing t on t.huisverbod_id = h.id and t.rol = 'ZORGCOORDINATOR'
                  and t.beeindigd_op is null
                order by right(h.registratienummer, 6)
                """).execute().map(rows -> Rijen.alle(rows, r -> {
            Object p = r.getValue("personen");
            JsonArray a = p instanceof JsonArray j ? j : new JsonArray(String.valueOf(p));
            Map<UUID, String> personen = new java.util.LinkedHashMap<>();
            for (int i = 0; i < a.size(); i++) {
                JsonObject o = a.getJsonObject(i);
                personen.put(UUID.fromString(o.getString("id")), o.getString("rol"));
            }
            return new Demozaak(r.getUUID("id"), r.getString("registratienummer"),
                    r.getOffsetDateTime("opgelegd_op").toInstant(), r.getString("gebruikersnaam"), personen);
        }));
    }
}
