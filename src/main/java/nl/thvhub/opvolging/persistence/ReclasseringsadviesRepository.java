package nl.thvhub.opvolging.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.sql.PgFouten;
import nl.thvhub.platform.sql.Rijen;

/** SQL for the OM's requests for a Reclassering advice report: one open request per case (a unique partial index). */
@ApplicationScoped
public class ReclasseringsadviesRepository {

    private static final String OPEN_UNIEK = "reclasseringsadvies_open";

    /** The demo: the case with this registration number's sequence, when no advice was ever requested yet. */
    public Uni<Optional<UUID>> demozaakZonderAanvragen(SqlClient sql, String volgnummer) {
        return sql.preparedQuery("select h.id from huisverbod h where right(h.registratienummer, 6) = $1"
                + " and not exists (select 1 from reclasseringsadvies)").execute(Tuple.of(volgnummer))
                .map(rows -> Rijen.eerste(rows, r -> r.getUUID("id")));
    }

    /**
     * Inserts a request that lapses at {@code vervaltOp}; a lapsed open request of the case is closed as VERLOPEN
     * first. A second open request for the case (also one racing this) is 409.
     */
    public Uni<Void> request(SqlClient sql, UUID id, UUID zaak, LocalDate termijn, Instant vervaltOp, String door,
            Instant now) {
        return sql.preparedQuery("""
                update reclasseringsadvies set einde = 'VERLOPEN', einde_op = vervalt_op
                where huisverbod_id = $1 and geleverd_op is null and einde_op is null and vervalt_op <= $2
                """).execute(Tuple.of(zaak, odt(now))).chain(() -> sql.preparedQuery("""
                insert into reclasseringsadvies (id, huisverbod_id, termijn, aangevraagd_door, aangevraagd_op, vervalt_op)
                values ($1, $2, $3, $4, $5, $6)
                """).execute(Tuple.of(id, zaak, termijn, door, odt(now), odt(vervaltOp))))
                .onFailure(e -> PgFouten.uniekGeschonden(e, OPEN_UNIEK))
                .transform(e -> ProblemException.conflict(
                        "Er loopt al een aanvraag voor een reclasseringsadvies voor deze zaak.", null, List.of()))
                .replaceWithVoid();
    }

    /** Delivers the open request that has not lapsed; false when there is none (the caller answers 409). */
    public Uni<Boolean> deliver(SqlClient sql, UUID zaak, String advies, LocalDate datum, String door, Instant now) {
        return sql.preparedQuery("""
                update reclasseringsadvies set advies = $2, advies_datum = $3, geleverd_door = $4, geleverd_op = $5
                where huisverbod_id = $1 and geleverd_op is null and einde_op is null and vervalt_op > $5
                """).execute(Tuple.of(zaak, advies, datum, door, odt(now))).map(rows -> rows.rowCount() == 1);
    }

    /** Withdraws the open request that has not lapsed; false when there is none (the caller answers 409). */
    public Uni<Boolean> withdraw(SqlClient sql, UUID zaak, String door, Instant now) {
        return sql.preparedQuery("""
                update reclasseringsadvies set einde = 'INGETROKKEN', einde_op = $3, einde_door = $2
                where huisverbod_id = $1 and geleverd_op is null and einde_op is null and vervalt_op > $3
                """).execute(Tuple.of(zaak, door, odt(now))).map(rows -> rows.rowCount() == 1);
    }

    /** Every request of the case, newest first, each as it stands at {@code now}. */
    public Uni<List<Reclasseringsadvies.View>> list(SqlClient sql, UUID zaak, Instant now) {
        return sql.preparedQuery("select * from reclasseringsadvies where huisverbod_id = $1 order by aangevraagd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, r -> map(r, now)));
    }

    private static Reclasseringsadvies.View map(Row r, Instant now) {
        Instant geleverdOp = instant(r.getOffsetDateTime("geleverd_op"));
        Instant vervaltOp = r.getOffsetDateTime("vervalt_op").toInstant();
        String einde = r.getString("einde");
        Reclasseringsadvies.Status status;
        Instant beeindigdOp = instant(r.getOffsetDateTime("einde_op"));
        if (geleverdOp != null) {
            status = Reclasseringsadvies.Status.GELEVERD;
        } else if (einde != null) {
            status = Reclasseringsadvies.Status.valueOf(einde);
        } else if (!now.isBefore(vervaltOp)) {
            status = Reclasseringsadvies.Status.VERLOPEN;
            beeindigdOp = vervaltOp;
        } else {
            status = Reclasseringsadvies.Status.GEVRAAGD;
        }
        return new Reclasseringsadvies.View(r.getUUID("id"), r.getUUID("huisverbod_id"), status, r.getLocalDate("termijn"),
                vervaltOp, r.getString("aangevraagd_door"), r.getOffsetDateTime("aangevraagd_op").toInstant(),
                r.getString("advies"), r.getLocalDate("advies_datum"), r.getString("geleverd_door"), geleverdOp, beeindigdOp,
                r.getString("einde_door"), List.of());
    }

    private static Instant instant(java.time.OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
