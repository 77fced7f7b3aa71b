package nl.thvhub.opvolging.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;

/**
 * SQL for monitoring check-ins, and the claims of the follow-through tasks the clock opens — a missed six-week check-in
 * and a hand-over nobody confirmed — for their one announcement each (table zorgmelding, exactly-once by its key).
 */
@ApplicationScoped
public class PeilmomentRepository {

    public Uni<Void> insert(SqlClient sql, Peilmoment.View p) {
        String[] signalen = p.terugvalSignalen().stream().map(Enum::name).toArray(String[]::new);
        return Parameters.met("id", p.id()).en("zaak", p.huisverbodId()).en("datum", p.datum()).en("veilig", p.veilig())
                .en("signalen", signalen).en("hulpLoopt", p.hulpLoopt()).en("toelichting", p.toelichting())
                .en("door", p.vastgelegdDoor()).en("organisatie", p.organisatie()).en("op", p.vastgelegdOp())
                .voerUit(sql, """
                        insert into peilmoment (id, huisverbod_id, datum, veilig, terugval_signalen, hulp_loopt, toelichting,
                          door, organisatie, vastgelegd_op)
                        values (#{id}, #{zaak}, #{datum}, #{veilig}, #{signalen}, #{hulpLoopt}, #{toelichting}, #{door},
                          #{organisatie}, #{op})
                        """).replaceWithVoid();
    }

    /** The check-ins of a case, newest first. */
    public Uni<List<Peilmoment.View>> list(SqlClient sql, UUID zaak) {
        return sql.preparedQuery("select * from peilmoment where huisverbod_id = $1 order by datum desc, vastgelegd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, PeilmomentRepository::map));
    }

    /**
     * Claims, at most {@code limiet} at a time, the cases in monitoring whose six-week check-in ({@code peilmoment} after
     * the end of the THV) passed more than {@code marge} ago with no check-in from {@code marge} before it on — the rule
     * of {@code Huisverbod.peilmomentGemist} — not announced before; only those that became due within
     * {@code terugblik}, so a first deployment does not announce every old case at once.
     */
    public Uni<List<UUID>> claimPeilmomentGemist(SqlClient sql, Duration peilmoment, Duration marge, Instant now,
            Duration terugblik, int limiet) {
        Instant grens = now.minus(peilmoment).minus(marge);
        return sql
                .preparedQuery(
                        """
                                insert into zorgmelding (huisverbod_id, soort, gemeld_op)
                                select h.id, 'PEILMOMENT_GEMIST', $3 from huisverbod h
                                where h.eindmoment <= $1 and h.eindmoment > $2 and h.afgesloten_op is null and h.ingetrokken_op is null
                                  and h.beeindigd_op is null and h.monitoring_einde > $3
                                  and not exists (select 1 from peilmoment p where p.huisverbod_id = h.id
                                                    and p.datum >= ((h.eindmoment + $4 * interval '1 second') at time zone 'Europe/Amsterdam')::date)
                                  and not exists (select 1 from zorgmelding m where m.huisverbod_id = h.id and m.soort = 'PEILMOMENT_GEMIST')
                                limit $5
                                on conflict do nothing
                                returning huisverbod_id
                                """)
                .execute(Tuple.of(odt(grens), odt(grens.minus(terugblik)), odt(now), peilmoment.minus(marge).toSeconds(),
                        limiet))
                .map(rows -> Rijen.alle(rows, r -> r.getUUID("huisverbod_id")));
    }

    /**
     * Claims the closed cases whose warm hand-over nobody confirmed within {@code termijn} of closing (the rule of
     * {@code OVERDRACHT_NIET_BEVESTIGD}), not announced before, closed within {@code terugblik} of that deadline.
     */
    public Uni<List<UUID>> claimOverdrachtOnbevestigd(SqlClient sql, Duration termijn, Instant now, Duration terugblik,
            int limiet) {
        Instant grens = now.minus(termijn);
        return sql
                .preparedQuery(
                        """
                                insert into zorgmelding (huisverbod_id, soort, gemeld_op)
                                select h.id, 'OVERDRACHT_NIET_BEVESTIGD', $3 from huisverbod h
                                where h.afgesloten_op is not null and h.afgesloten_op <= $1 and h.afgesloten_op > $2
                                  and h.overdracht_bevestigd_op is null and h.gezamenlijk_gesprek is not null
                                  and not exists (select 1 from zorgmelding m where m.huisverbod_id = h.id and m.soort = 'OVERDRACHT_NIET_BEVESTIGD')
                                limit $4
                                on conflict do nothing
                                returning huisverbod_id
                                """)
                .execute(Tuple.of(odt(grens), odt(grens.minus(terugblik)), odt(now), limiet))
                .map(rows -> Rijen.alle(rows, r -> r.getUUID("huisverbod_id")));
    }

    private static Peilmoment.View map(Row r) {
        String[] signalen = r.getArrayOfStrings("terugval_signalen");
        return new Peilmoment.View(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getLocalDate("datum"),
                Peilmoment.Veilig.valueOf(r.getString("veilig")),
                Arrays.stream(signalen).map(Peilmoment.Terugvalsignaal::valueOf).toList(),
                Peilmoment.HulpLoopt.valueOf(r.getString("hulp_loopt")), r.getString("toelichting"), r.getString("door"),
                Organisatie.valueOf(r.getString("organisatie")), r.getOffsetDateTime("vastgelegd_op").toInstant());
    }
}
