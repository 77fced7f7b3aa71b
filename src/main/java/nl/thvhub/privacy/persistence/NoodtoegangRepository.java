package nl.thvhub.privacy.persistence;

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

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.privacy.Noodtoegang;
import nl.thvhub.privacy.NoodtoegangUitkomst;

/** SQL for break-the-glass grants: granting, the daily count per user, and the FG's review list. */
@ApplicationScoped
public class NoodtoegangRepository {

    /**
     * Holds this user's grant lock until the caller's transaction ends: the count and the grant that follows it are then
     * one step for parallel requests of the same user, so the daily cap cannot be raced.
     */
    public Uni<Void> lock(SqlClient sql, String actorSubject) {
        return sql.preparedQuery("select pg_advisory_xact_lock(hashtextextended('noodtoegang:' || $1, 0))")
                .execute(Tuple.of(actorSubject)).replaceWithVoid();
    }

    public Uni<Long> countSinds(SqlClient sql, String actorSubject, Instant sinds) {
        return sql.preparedQuery("select count(*) from noodtoegang where actor_subject = $1 and verleend_op > $2")
                .execute(Tuple.of(actorSubject, odt(sinds))).map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> insert(SqlClient sql, UUID zaakId, Actor actor, String reden, Instant now, Instant verloopt) {
        return sql.preparedQuery("""
                insert into noodtoegang (id, huisverbod_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, reden,
                  verleend_op, verloopt_op)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """).execute(Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(zaakId).addString(actor.subject())
                .addString(actor.gebruikersnaam()).addString(actor.rol().code()).addString(actor.organisatie().name())
                .addString(reden).addOffsetDateTime(odt(now)).addOffsetDateTime(odt(verloopt))).replaceWithVoid();
    }

    /** The newest 500 grants, unreviewed first. */
    public Uni<List<Noodtoegang>> list(SqlClient sql, boolean alleenOnbeoordeeld) {
        return sql.query("select * from noodtoegang" + (alleenOnbeoordeeld ? " where beoordeeld_op is null" : "")
                + " order by (beoordeeld_op is null) desc, verleend_op desc limit 500").execute()
                .map(rows -> Rijen.alle(rows, NoodtoegangRepository::map));
    }

    /** Records the FG's review of a grant not yet reviewed; empty when there is none such. */
    public Uni<Optional<Noodtoegang>> review(SqlClient sql, UUID id, Instant now, String door, NoodtoegangUitkomst uitkomst,
            String oordeel) {
        return sql.preparedQuery("""
                update noodtoegang set beoordeeld_op = $2, beoordeeld_door = $3, uitkomst = $4, oordeel = $5
                where id = $1 and beoordeeld_op is null returning *
                """).execute(Tuple.of(id, odt(now), door, uitkomst.name(), oordeel))
                .map(rows -> Rijen.eerste(rows, NoodtoegangRepository::map));
    }

    private static Noodtoegang map(Row r) {
        return new Noodtoegang(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getString("actor_gebruiker"),
                Rol.uitCode(r.getString("actor_rol")), Organisatie.valueOf(r.getString("actor_organisatie")),
                r.getString("reden"), instant(r.getOffsetDateTime("verleend_op")), instant(r.getOffsetDateTime("verloopt_op")),
                instant(r.getOffsetDateTime("beoordeeld_op")), r.getString("beoordeeld_door"),
                r.getString("uitkomst") == null ? null : NoodtoegangUitkomst.valueOf(r.getString("uitkomst")),
                r.getString("oordeel"));
    }
}
