package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Rijen;

/**
 * SQL of the hub's own jobs on cases: announcing ended THVs and erasing the case module's own personal data after the
 * retention period (the features erase theirs through {@code Zaakwisser}, in the same transaction).
 */
@ApplicationScoped
public class OnderhoudRepository {

    /** The end announcer's poll: its predicate is the partial index {@code huisverbod_einde_te_melden}'s (V45). */
    static final String EINDE_NIET_GEMELD = """
            select id from huisverbod where eindmoment <= $1 and ingetrokken_op is null and einde_gemeld_op is null
              and gewist_op is null
            order by eindmoment limit $2 for update skip locked
            """;

    /** Cases whose end passed and was not announced yet, locked for this instance (others skip them). */
    public Uni<List<UUID>> claimEindeNietGemeld(SqlClient sql, Instant now, int limit) {
        return sql.preparedQuery(EINDE_NIET_GEMELD).execute(Tuple.of(odt(now), limit))
                .map(rows -> Rijen.alle(rows, r -> r.getUUID("id")));
    }

    public Uni<Void> markEindeGemeld(SqlClient sql, List<UUID> ids, Instant now) {
        return sql.preparedQuery("update huisverbod set einde_gemeld_op = $2 where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new), odt(now))).replaceWithVoid();
    }

    /** Cases whose last relevant moment lies before {@code grens} and that are not erased yet, locked. */
    public Uni<List<UUID>> claimTeWissen(SqlClient sql, Instant grens, int limit) {
        return sql
                .preparedQuery(
                        """
                                select id from huisverbod where gewist_op is null
                                  and greatest(afgesloten_op, ingetrokken_op,
                                    coalesce(beeindigd_op, case when afgesloten_op is null and ingetrokken_op is null then monitoring_einde end)) < $1
                                for update skip locked limit $2
                                """)
                .execute(Tuple.of(odt(grens), limit)).map(rows -> Rijen.alle(rows, r -> r.getUUID("id")));
    }

    /**
     * Erases what the case module itself keeps about these cases: the address and free texts of the case, the persons,
     * and the reasons of their consents. The features above erase theirs through {@code Zaakwisser}.
     */
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        Tuple t = Tuple.of((Object) zaken);
        return sql.preparedQuery("""
                update huisverbod set straat = 'VERWIJDERD', huisnummer = '0', postcode = '1000AA', plaats = 'VERWIJDERD',
                  verblijf_uhg = null, verblijf_achterblijvers = null,
                  intrekking_reden = null, beeindiging_reden = null, verlengingsadvies_motivering = null, overdracht_aan = null,
                  overdracht_geen_gesprek_reden = null, overdracht_bevestigd_door = null, gewist_op = $2 where id = any($1)
                """).execute(Tuple.of(zaken, odt(now)))
                .chain(() -> sql.preparedQuery(
                        "update betrokkene set naam = 'VERWIJDERD', geboortedatum = date '1900-01-01' where huisverbod_id = any($1)")
                        .execute(t))
                .chain(() -> sql.preparedQuery("update toestemming set intrekking_reden = null where huisverbod_id = any($1)")
                        .execute(t))
                .replaceWithVoid();
    }

    /** The details of the cases' history (after the features erased theirs: an entry may quote them). */
    public Uni<Void> deleteHistorie(SqlClient sql, UUID[] zaken) {
        return sql.preparedQuery("select wis_zaakhistorie($1)").execute(Tuple.of((Object) zaken)).replaceWithVoid();
    }

    /** Registration numbers of later cases continue after the demo's own numbers. */
    public Uni<Void> setVolgnummer(SqlClient sql, long waarde) {
        return sql.preparedQuery("select setval('huisverbod_volgnummer', $1)").execute(Tuple.of(waarde)).replaceWithVoid();
    }
}
