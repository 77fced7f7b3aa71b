package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Rijen;

/**
 * SQL of the hub's own jobs on cases: announcing ended THVs and erasing personal data after the retention period
 * (across the tables of every feature that stores something about a case, in one transaction).
 */
@ApplicationScoped
public class OnderhoudRepository {

    /** Cases whose end passed and was not announced yet, locked for this instance (others skip them). */
    public Uni<List<UUID>> claimEindeNietGemeld(SqlClient sql, Instant now, int limit) {
        return sql.preparedQuery("""
                select id from huisverbod where eindmoment <= $1 and ingetrokken_op is null and einde_gemeld_op is null
                  and gewist_op is null
                order by eindmoment limit $2 for update skip locked
                """).execute(Tuple.of(odt(now), limit)).map(rows -> Rijen.alle(rows, r -> r.getUUID("id")));
    }

    public Uni<Void> markeerEindeGemeld(SqlClient sql, List<UUID> ids, Instant now) {
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
     * Erases the personal data of these cases everywhere the hub keeps it: address and free texts of the case, the
     * persons, consent reasons, violation texts, GGZ flags, the case history, and every event, delivery and
     * notification about them. What stays is what the statistics and the audit chain need.
     */
    public Uni<Void> wisZaken(SqlClient sql, List<UUID> ids, Instant now) {
        Object arr = ids.toArray(UUID[]::new);
        Tuple zaken = Tuple.of(arr);
        return sql.preparedQuery("""
                update huisverbod set straat = 'VERWIJDERD', huisnummer = '0', postcode = '1000AA', plaats = 'VERWIJDERD',
                  verblijf_uhg = null, verblijf_achterblijvers = null,
                  intrekking_reden = null, beeindiging_reden = null, verlengingsadvies_motivering = null, overdracht_aan = null,
                  overdracht_geen_gesprek_reden = null, overdracht_bevestigd_door = null, gewist_op = $2 where id = any($1)
                """).execute(Tuple.of(arr, odt(now)))
                .chain(() -> sql.preparedQuery(
                        "update betrokkene set naam = 'VERWIJDERD', geboortedatum = date '1900-01-01' where huisverbod_id = any($1)")
                        .execute(zaken))
                .chain(() -> sql.preparedQuery("update toestemming set intrekking_reden = null where huisverbod_id = any($1)")
                        .execute(zaken))
                .chain(() -> sql.preparedQuery("""
                        update overtreding set omschrijving = 'VERWIJDERD', beoordeling_reden = null,
                          vervolg_reden = case when vervolg_reden is null then null else 'VERWIJDERD' end
                        where huisverbod_id = any($1)
                        """).execute(zaken))
                .chain(() -> sql.preparedQuery("delete from ggz_signaal where huisverbod_id = any($1)").execute(zaken))
                // the care record: documents and their versions go; referrals and contacts stay as counts without
                // where to (a referral's name, code or domain can say which care a person needs)
                .chain(() -> sql.preparedQuery("delete from zorgdocument where huisverbod_id = any($1)").execute(zaken))
                .chain(() -> sql.preparedQuery("delete from zorgdocument_versie where huisverbod_id = any($1)").execute(zaken))
                .chain(() -> sql.preparedQuery(
                        "update verwijzing set naar = 'VERWIJDERD', code = null, leefgebied = null where huisverbod_id = any($1)")
                        .execute(zaken))
                // follow-through: the check-ins' text and relapse signals and the advice report go, their dates and outcomes stay
                .chain(() -> sql.preparedQuery(
                        "update peilmoment set toelichting = null, terugval_signalen = '{}' where huisverbod_id = any($1)")
                        .execute(zaken))
                .chain(() -> sql.preparedQuery(
                        "update reclasseringsadvies set advies = 'VERWIJDERD' where huisverbod_id = any($1) and advies is not null")
                        .execute(zaken))
                .chain(() -> sql.preparedQuery("select wis_zaakhistorie($1)").execute(zaken))
                // an event not yet dispatched about an erased case has nobody left to inform; deleted before the
                // notifications because this waits for a dispatcher holding the event, whose notifications the next
                // statement then sees
                .chain(() -> sql.preparedQuery("delete from outbox where huisverbod_id = any($1)").execute(zaken))
                .chain(() -> sql.preparedQuery("delete from aflevering where huisverbod_id = any($1)").execute(zaken))
                .chain(() -> sql.preparedQuery("delete from notificatie where huisverbod_id = any($1)").execute(zaken))
                .replaceWithVoid();
    }

    /** THV requests, address markers and imported persons are not part of a case: they age out on their own dates. */
    public Uni<Void> wisSignalenZonderZaak(SqlClient sql, Instant grens) {
        return sql.preparedQuery("""
                update thv_aanvraag set onderbouwing = 'VERWIJDERD', postcode = null, huisnummer = null,
                  motivering = case when motivering is null then null else 'VERWIJDERD' end
                where aangevraagd_op < $1 and onderbouwing <> 'VERWIJDERD'
                """).execute(Tuple.of(odt(grens)))
                .chain(() -> sql.preparedQuery("delete from adresmarkering where geldig_tot < $1")
                        .execute(Tuple.of(LocalDate.ofInstant(grens, ZoneOffset.UTC))))
                // the persons of an imported THV: the THV itself stays (it is only counted)
                .chain(() -> sql.preparedQuery("""
                        delete from historisch_betrokkene hb using historisch_huisverbod hh
                        where hb.huisverbod_id = hh.id and hh.opgelegd_op < $1
                        """).execute(Tuple.of(odt(grens))))
                .replaceWithVoid();
    }

    /** Registration numbers of later cases continue after the demo's own numbers. */
    public Uni<Void> zetVolgnummer(SqlClient sql, long waarde) {
        return sql.preparedQuery("select setval('huisverbod_volgnummer', $1)").execute(Tuple.of(waarde)).replaceWithVoid();
    }
}
