package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.PrivacyConfig;

/**
 * Erases personal data of cases whose latest end (closing, withdrawal, end of monitoring, explicit or planned) lies
 * longer ago than the retention period, so withdrawn and never-closed cases age out too: names, birth dates, addresses
 * and free text in the case, the details of its history and the texts of its afdoeningen, emergency reasons, personal
 * columns of its audit lines, its consents' reasons, and its notifications and webhook deliveries. Figures for statistics stay. The job
 * audits itself, and the audit chain still verifies afterwards because personal data was never in the hashed part.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);

    private final Pool pool;
    private final AuditLog audit;
    private final PrivacyConfig config;
    private final Clock clock;

    public Bewaartermijn(Pool pool, AuditLog audit, PrivacyConfig config, Clock clock) {
        this.pool = pool;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${thv.privacy.wis-cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nachtelijks() {
        return wis().invoke(n -> LOG.infof("Retention: personal data of %d closed cases erased", n)).onFailure()
                .invoke(e -> LOG.error("Retention job failed; it runs again next night", e)).onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Erases what is due now; returns the number of cases erased. */
    public Uni<Integer> wis() {
        Instant now = clock.instant();
        Instant grens = now.minus(config.bewaartermijn());
        return pool.withTransaction(conn -> wisSignalenZonderZaak(conn, grens).chain(() -> conn
                .preparedQuery(
                        """
                                select id from huisverbod where gewist_op is null
                                  and greatest(afgesloten_op, ingetrokken_op,
                                    coalesce(beeindigd_op, case when afgesloten_op is null and ingetrokken_op is null then monitoring_einde end)) < $1
                                for update skip locked limit 1000
                                """)
                .execute(Tuple.of(grens.atOffset(ZoneOffset.UTC))).chain(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    for (Row r : rows) {
                        ids.add(r.getUUID(0));
                    }
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    UUID[] arr = ids.toArray(UUID[]::new);
                    Actor hub = Actor.system();
                    List<AuditRegel> regels = ids.stream()
                            .map(id -> new AuditRegel(now, null, null, hub.subject(), hub.gebruikersnaam(), hub.rol().code(),
                                    hub.organisatie().name(), hub.clientId(), null, "bewaartermijn", null, "RETENTIE_GEWIST",
                                    id, null, List.of(), null,
                                    AuditRegel.TOEGESTAAN, null))
                            .toList();
                    return conn
                            .preparedQuery(
                                    """
                                            update huisverbod set straat = 'VERWIJDERD', huisnummer = '0', postcode = '1000AA', plaats = 'VERWIJDERD',
                                              verblijf_uhg = null, verblijf_achterblijvers = null, hulpverlening_plan = null, veiligheidsafspraken = null,
                                              intrekking_reden = null, beeindiging_reden = null, verlengingsadvies_motivering = null, overdracht_aan = null,
                                              gewist_op = $2 where id = any($1)
                                            """)
                            .execute(Tuple.of(arr, now.atOffset(ZoneOffset.UTC)))
                            .chain(() -> conn.preparedQuery(
                                    "update betrokkene set naam = 'VERWIJDERD', geboortedatum = date '1900-01-01' where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> conn
                                    .preparedQuery(
                                            "update toestemming set intrekking_reden = null where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery(
                                    """
                                            update overtreding set omschrijving = 'VERWIJDERD', beoordeling_reden = null,
                                              vervolg_reden = case when vervolg_reden is null then null else 'VERWIJDERD' end
                                            where huisverbod_id = any($1)
                                            """).execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery("delete from ggz_signaal where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery("select wis_zaakhistorie($1)").execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery(
                                    // an event not yet dispatched about an erased case has nobody left to inform; deleted
                                    // before the notifications because this waits for a dispatcher holding the event, whose
                                    // notifications the next statement then sees
                                    "delete from outbox where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery("delete from aflevering where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> conn.preparedQuery("delete from notificatie where huisverbod_id = any($1)")
                                    .execute(Tuple.of((Object) arr)))
                            .chain(() -> audit.wisPersoonsgegevens(conn, ids))
                            .chain(() -> audit.schrijf(conn, regels))
                            .replaceWith(ids.size());
                })));
    }

    /** THV requests and address markers are not part of a case: they age out on their own dates. */
    private static Uni<Void> wisSignalenZonderZaak(io.vertx.mutiny.sqlclient.SqlConnection conn, Instant grens) {
        return conn.preparedQuery("""
                update thv_aanvraag set onderbouwing = 'VERWIJDERD', postcode = null, huisnummer = null,
                  motivering = case when motivering is null then null else 'VERWIJDERD' end
                where aangevraagd_op < $1 and onderbouwing <> 'VERWIJDERD'
                """).execute(Tuple.of(grens.atOffset(ZoneOffset.UTC)))
                .chain(() -> conn.preparedQuery("delete from adresmarkering where geldig_tot < $1")
                        .execute(Tuple.of(LocalDate.ofInstant(grens, ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
