package nl.thvhub.signalen.persistence;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.signalen.Overtreding;

/** SQL for the violations of a case and the work list of confirmed violations without follow-up. */
@ApplicationScoped
public class OvertredingRepository {

    /** The demo: the case with this registration number's sequence, when no violation was registered at all yet. */
    public Uni<Optional<UUID>> demozaakZonderOvertredingen(SqlClient sql, String volgnummer) {
        return sql.preparedQuery("select h.id from huisverbod h where right(h.registratienummer, 6) = $1"
                + " and not exists (select 1 from overtreding)").execute(Tuple.of(volgnummer))
                .map(rows -> Rijen.eerste(rows, r -> r.getUUID("id")));
    }

    public Uni<Void> insert(SqlClient sql, UUID id, UUID zaakId, Overtreding.Melding m, Overtreding.Status status,
            boolean naAfloop, Actor actor, Instant now) {
        return Parameters.met("id", id).en("zaak", zaakId).en("moment", m.moment()).en("soort", m.soort())
                .en("melder", m.melder()).en("omschrijving", m.omschrijving().trim()).en("status", status)
                .en("naAfloop", naAfloop).en("vervolgactie", m.vervolgactie()).en("vervolgReden", m.vervolgReden())
                .en("vervolgOp", m.vervolgactie() == null ? null : now).en("rol", actor.rol().code())
                .en("organisatie", actor.organisatie()).en("op", now)
                .voerUit(sql,
                        """
                                insert into overtreding (id, huisverbod_id, moment, soort, melder, omschrijving, status, gemeld_na_afloop,
                                  vervolgactie, vervolg_reden, vervolg_op, geregistreerd_rol, geregistreerd_org, geregistreerd_op)
                                values (#{id}, #{zaak}, #{moment}, #{soort}, #{melder}, #{omschrijving}, #{status}, #{naAfloop},
                                  #{vervolgactie}, #{vervolgReden}, #{vervolgOp}, #{rol}, #{organisatie}, #{op})
                                """)
                .replaceWithVoid();
    }

    /** Records the police's assessment of a suspicion (and, when confirmed, its follow-up). */
    public Uni<Void> review(SqlClient sql, UUID zaakId, UUID id, Overtreding.Beoordeling b, Actor actor, Instant now) {
        return sql.preparedQuery("""
                update overtreding set status = $3, beoordeling_reden = $4, beoordeeld_rol = $5, beoordeeld_op = $6,
                  vervolgactie = $7, vervolg_reden = $8, vervolg_op = $9
                where id = $1 and huisverbod_id = $2
                """).execute(Tuple.tuple().addUUID(id).addUUID(zaakId).addString(b.besluit().name()).addString(b.reden())
                .addString(actor.rol().code()).addOffsetDateTime(odt(now))
                .addString(b.vervolgactie() == null ? null : b.vervolgactie().name()).addString(b.vervolgReden())
                .addOffsetDateTime(b.vervolgactie() == null ? null : odt(now))).replaceWithVoid();
    }

    public Uni<Void> recordVervolg(SqlClient sql, UUID zaakId, UUID id, Overtreding.Vervolg v, Instant now) {
        return sql.preparedQuery(
                "update overtreding set vervolgactie = $3, vervolg_reden = $4, vervolg_op = $5 where id = $1 and huisverbod_id = $2")
                .execute(Tuple.tuple().addUUID(id).addUUID(zaakId).addString(v.vervolgactie().name())
                        .addString(v.vervolgReden()).addOffsetDateTime(odt(now)))
                .replaceWithVoid();
    }

    public Uni<List<Overtreding.View>> listForZaak(SqlClient sql, UUID zaakId) {
        return sql.preparedQuery("select * from overtreding where huisverbod_id = $1 order by moment desc, id")
                .execute(Tuple.of(zaakId)).map(rows -> Rijen.alle(rows, OvertredingRepository::map));
    }

    public Uni<Optional<Overtreding.View>> find(SqlClient sql, UUID zaakId, UUID id, boolean forUpdate) {
        return sql
                .preparedQuery(
                        "select * from overtreding where id = $1 and huisverbod_id = $2" + (forUpdate ? " for update" : ""))
                .execute(Tuple.of(id, zaakId)).map(rows -> Rijen.eerste(rows, OvertredingRepository::map));
    }

    /** Confirmed violations without follow-up in the reader's scope, oldest registration first; {@code limit} rows. */
    public Uni<List<Overtreding.ZonderVervolg>> listZonderVervolg(SqlClient sql, Zichtbaarheid zicht, Cursor na, int limit) {
        Where where = new Where().en("o.status = 'BEVESTIGD' and o.vervolgactie is null");
        zicht.beperk(where);
        if (na != null) {
            where.en("(o.geregistreerd_op, o.id) > (?, ?)", odt(na.opgelegdOp()), na.id());
        }
        String query = """
                select o.id, o.huisverbod_id, o.moment, o.soort, o.geregistreerd_op, h.registratienummer, h.gemeente, h.wijk
                from overtreding o join huisverbod h on h.id = o.huisverbod_id
                """ + where.sql() + " order by o.geregistreerd_op, o.id limit " + where.param(limit);
        return sql.preparedQuery(query).execute(where.tuple())
                .map(rows -> Rijen.alle(rows, r -> new Overtreding.ZonderVervolg(r.getUUID("id"), r.getUUID("huisverbod_id"),
                        r.getString("registratienummer"), Gemeente.valueOf(r.getString("gemeente")), r.getString("wijk"),
                        instant(r.getOffsetDateTime("moment")), Overtreding.Soort.valueOf(r.getString("soort")),
                        instant(r.getOffsetDateTime("geregistreerd_op")))));
    }

    private static Overtreding.View map(Row r) {
        String vervolg = r.getString("vervolgactie");
        String beoordeeld = r.getString("beoordeeld_rol");
        return new Overtreding.View(r.getUUID("id"), r.getUUID("huisverbod_id"), instant(r.getOffsetDateTime("moment")),
                Overtreding.Soort.valueOf(r.getString("soort")), Overtreding.Melder.valueOf(r.getString("melder")),
                r.getString("omschrijving"), Overtreding.Status.valueOf(r.getString("status")),
                r.getBoolean("gemeld_na_afloop"), vervolg == null ? null : Vervolgactie.valueOf(vervolg),
                r.getString("vervolg_reden"), instant(r.getOffsetDateTime("vervolg_op")),
                beoordeeld == null
                        ? null
                        : new Overtreding.BeoordelingView(Overtreding.Besluit.valueOf(r.getString("status")),
                                r.getString("beoordeling_reden"), Rol.uitCode(beoordeeld),
                                instant(r.getOffsetDateTime("beoordeeld_op"))),
                new Overtreding.Door(Rol.uitCode(r.getString("geregistreerd_rol")),
                        Organisatie.valueOf(r.getString("geregistreerd_org"))),
                instant(r.getOffsetDateTime("geregistreerd_op")));
    }
}
