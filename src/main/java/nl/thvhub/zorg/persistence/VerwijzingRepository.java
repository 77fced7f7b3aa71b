package nl.thvhub.zorg.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Verwijzing;

/** SQL for referrals and their dated steps, and the claim of the overdue ones for their one announcement. */
@ApplicationScoped
public class VerwijzingRepository {

    private static final String SELECT = """
            select v.*, (select json_agg(json_build_object('s', s.status, 'd', s.datum) order by s.volgnummer)
                           from verwijzing_stap s where s.verwijzing_id = v.id) as stappen
            from verwijzing v
            """;

    public Uni<Void> insert(SqlClient sql, Verwijzing.Opgeslagen v) {
        return Parameters.met("id", v.id()).en("zaak", v.huisverbodId()).en("betrokkene", v.betrokkeneId())
                .en("naar", v.naar()).en("code", v.code()).en("leefgebied", v.leefgebied()).en("aangemeldOp", v.aangemeldOp())
                .en("status", v.status()).en("statusDatum", v.statusDatum()).en("gestartOp", v.gestartOp())
                .en("begeleid", v.begeleid()).en("door", v.door()).en("organisatie", v.organisatie())
                .en("op", v.vastgelegdOp()).voerUit(sql, """
                        insert into verwijzing (id, huisverbod_id, betrokkene_id, naar, code, leefgebied, aangemeld_op, status,
                          status_datum, gestart_op, begeleid, versie, aangemeld_door, organisatie, vastgelegd_op)
                        values (#{id}, #{zaak}, #{betrokkene}, #{naar}, #{code}, #{leefgebied}, #{aangemeldOp}, #{status},
                          #{statusDatum}, #{gestartOp}, #{begeleid}, 1, #{door}, #{organisatie}, #{op})
                        """)
                .chain(() -> stap(sql, v.id(), 1, v.status(), v.aangemeldOp(), v.door(), v.organisatie(), v.vastgelegdOp()));
    }

    public Uni<List<Verwijzing.Opgeslagen>> list(SqlClient sql, UUID zaak) {
        return sql.preparedQuery(SELECT + " where v.huisverbod_id = $1 order by v.aangemeld_op desc, v.vastgelegd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, VerwijzingRepository::map));
    }

    public Uni<Optional<Verwijzing.Opgeslagen>> find(SqlClient sql, UUID zaak, UUID id, boolean forUpdate) {
        return sql.preparedQuery(SELECT + " where v.huisverbod_id = $1 and v.id = $2" + (forUpdate ? " for update of v" : ""))
                .execute(Tuple.of(zaak, id)).map(rows -> Rijen.eerste(rows, VerwijzingRepository::map));
    }

    /** The next step, guarded by the version the caller read; false when another writer changed it meanwhile. */
    public Uni<Boolean> update(SqlClient sql, Verwijzing.Opgeslagen v, Verwijzing.Status status, LocalDate datum,
            boolean begeleid, Actor actor, Instant now) {
        return sql.preparedQuery("""
                update verwijzing set status = $3::varchar, status_datum = $4, begeleid = $5, versie = versie + 1,
                  gestart_op = case when $3::varchar = 'GESTART' then $4 else gestart_op end
                where id = $1 and versie = $2
                """).execute(Tuple.of(v.id(), v.versie(), status.name(), datum, begeleid)).chain(rows -> rows.rowCount() != 1
                ? Uni.createFrom().item(false)
                : stap(sql, v.id(), v.stappen().size() + 1, status, datum, actor.gebruikersnaam(), actor.organisatie(),
                        now).replaceWith(true));
    }

    /**
     * Marks, at most {@code limiet} at a time, the referrals still waiting to start whose sign-up date is on or before
     * {@code grens} and that were not announced yet; returns them (case, referral) for their announcement.
     */
    public Uni<List<UUID[]>> claimNietGestart(SqlClient sql, LocalDate grens, Instant now, int limiet) {
        return sql.preparedQuery("""
                update verwijzing set niet_gestart_gemeld_op = $2
                where id in (select id from verwijzing where status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST')
                               and niet_gestart_gemeld_op is null and aangemeld_op <= $1
                             order by aangemeld_op limit $3 for update skip locked)
                returning huisverbod_id, id
                """).execute(Tuple.of(grens, odt(now), limiet))
                .map(rows -> Rijen.alle(rows, r -> new UUID[]{r.getUUID("huisverbod_id"), r.getUUID("id")}));
    }

    private Uni<Void> stap(SqlClient sql, UUID id, int volgnummer, Verwijzing.Status status, LocalDate datum, String door,
            Organisatie organisatie, Instant now) {
        return sql.preparedQuery("""
                insert into verwijzing_stap (verwijzing_id, volgnummer, status, datum, door, organisatie, vastgelegd_op)
                values ($1, $2, $3, $4, $5, $6, $7)
                """).execute(Tuple.tuple().addUUID(id).addInteger(volgnummer).addString(status.name()).addLocalDate(datum)
                .addString(door).addString(organisatie.name()).addOffsetDateTime(odt(now))).replaceWithVoid();
    }

    private static Verwijzing.Opgeslagen map(Row r) {
        List<Verwijzing.Stap> stappen = new ArrayList<>();
        Object s = r.getValue("stappen");
        JsonArray a = s == null ? new JsonArray() : s instanceof JsonArray j ? j : new JsonArray(s.toString());
        for (int i = 0; i < a.size(); i++) {
            JsonObject j = a.getJsonObject(i);
            stappen.add(new Verwijzing.Stap(Verwijzing.Status.valueOf(j.getString("s")), LocalDate.parse(j.getString("d"))));
        }
        String code = r.getString("code");
        return new Verwijzing.Opgeslagen(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getUUID("betrokkene_id"),
                r.getString("naar"), code == null ? null : Verwijzing.Code.valueOf(code),
                r.getString("leefgebied") == null ? null : Leefgebied.valueOf(r.getString("leefgebied")),
                r.getLocalDate("aangemeld_op"),
                Verwijzing.Status.valueOf(r.getString("status")), r.getLocalDate("status_datum"), r.getLocalDate("gestart_op"),
                r.getBoolean("begeleid"), r.getInteger("versie"), r.getString("aangemeld_door"),
                Organisatie.valueOf(r.getString("organisatie")), r.getOffsetDateTime("vastgelegd_op").toInstant(),
                List.copyOf(stappen));
    }
}
