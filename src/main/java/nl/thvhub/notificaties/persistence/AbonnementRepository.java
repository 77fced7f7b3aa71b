package nl.thvhub.notificaties.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.notificaties.Abonnement;
import nl.thvhub.notificaties.Aflevering;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Rijen;

/** SQL for webhook subscriptions and their deliveries (the partner's view, the dispatcher's and the courier's). */
@ApplicationScoped
public class AbonnementRepository {

    /** An active subscription to an event type: whom to deliver to. */
    public record Actief(UUID id, Organisatie organisatie, String clientId) {
    }

    /** A stored secret that predates encryption at rest. */
    public record Onversleuteld(UUID id, String secret) {
    }

    /** A delivery claimed for one attempt, with where and how to sign it. */
    public record Poging(UUID id, UUID eventId, String type, UUID zaakId, Instant tijdstip, int pogingen,
            Instant eerstePoging, String callbackUrl, String secret, String vorigSecret) {
    }

    public Uni<Abonnement> insert(SqlClient sql, UUID id, String clientId, Organisatie organisatie, String callbackUrl,
            List<String> events, String versleuteldGeheim, Instant now) {
        return sql.preparedQuery("""
                insert into abonnement (id, client_id, organisatie, callback_url, events, secret, aangemaakt_op)
                values ($1, $2, $3, $4, $5, $6, $7) returning *
                """).execute(Tuple.tuple().addUUID(id).addString(clientId).addString(organisatie.name())
                .addString(callbackUrl).addArrayOfString(events.toArray(String[]::new)).addString(versleuteldGeheim)
                .addOffsetDateTime(odt(now))).map(rows -> abonnement(rows.iterator().next()));
    }

    public Uni<List<Onversleuteld>> listOnversleuteld(SqlClient sql) {
        return sql.query("select id, secret from abonnement where secret not like 'v1:%'").execute()
                .map(rows -> Rijen.alle(rows, r -> new Onversleuteld(r.getUUID("id"), r.getString("secret"))));
    }

    public Uni<Void> setVersleuteld(SqlClient sql, UUID id, String versleuteld) {
        return sql.preparedQuery("update abonnement set secret = $2 where id = $1 and secret not like 'v1:%'")
                .execute(Tuple.of(id, versleuteld)).replaceWithVoid();
    }

    public Uni<List<Abonnement>> listVoorClient(SqlClient sql, String clientId) {
        return sql.preparedQuery("select * from abonnement where client_id = $1 order by aangemaakt_op")
                .execute(Tuple.of(clientId)).map(rows -> Rijen.alle(rows, AbonnementRepository::abonnement));
    }

    /** Ends a subscription of this client; false when it has none with that id. */
    public Uni<Boolean> end(SqlClient sql, UUID id, String clientId) {
        return sql.preparedQuery("update abonnement set actief = false where id = $1 and client_id = $2")
                .execute(Tuple.of(id, clientId)).map(rows -> rows.rowCount() == 1);
    }

    public Uni<List<Actief>> listActiefVoor(SqlClient sql, String type) {
        return sql.preparedQuery("select id, organisatie, client_id from abonnement where actief and $1 = any(events)")
                .execute(Tuple.of(type)).map(rows -> Rijen.alle(rows, r -> new Actief(r.getUUID("id"),
                        Organisatie.valueOf(r.getString("organisatie")), r.getString("client_id"))));
    }

    /** The newest 500 deliveries of a client's subscription, optionally of one status. */
    public Uni<List<Aflevering>> listAfleveringen(SqlClient sql, UUID abonnement, String clientId, String status) {
        return sql
                .preparedQuery(
                        """
                                select a.* from aflevering a join abonnement ab on ab.id = a.abonnement_id
                                where ab.id = $1 and ab.client_id = $2 and ($3::varchar is null or a.status = $3) order by a.tijdstip desc limit 500
                                """)
                .execute(Tuple.of(abonnement, clientId, status))
                .map(rows -> Rijen.alle(rows, AbonnementRepository::aflevering));
    }

    /** Puts a dead delivery of this client back in the queue; empty when there is none such. */
    public Uni<Optional<Aflevering>> revive(SqlClient sql, UUID aflevering, UUID abonnement, String clientId, Instant now) {
        return sql.preparedQuery("""
                update aflevering a set status = 'WACHTEND', pogingen = 0, eerste_poging = $4, volgende_poging = $4
                from abonnement ab where ab.id = a.abonnement_id and a.id = $1 and ab.id = $2 and ab.client_id = $3
                  and a.status = 'DOOD' returning a.*
                """).execute(Tuple.of(aflevering, abonnement, clientId, odt(now)))
                .map(rows -> Rijen.eerste(rows, AbonnementRepository::aflevering));
    }

    /** The status of one delivery of this partner's subscription (empty: no such delivery for it). */
    public Uni<Optional<String>> status(SqlClient sql, UUID aflevering, UUID abonnement, String clientId) {
        return sql.preparedQuery("""
                select a.status from aflevering a join abonnement ab on ab.id = a.abonnement_id
                where a.id = $1 and ab.id = $2 and ab.client_id = $3
                """).execute(Tuple.of(aflevering, abonnement, clientId))
                .map(rows -> Rijen.eerste(rows, r -> r.getString("status")));
    }

    /** Queues one delivery of an event; once per subscription and event, however often the event is routed. */
    public Uni<Void> insertAflevering(SqlClient sql, UUID id, UUID abonnement, UUID eventId, String type, UUID zaakId,
            Instant tijdstip, Instant now) {
        return sql.preparedQuery("""
                insert into aflevering (id, abonnement_id, event_id, type, huisverbod_id, tijdstip, status, eerste_poging,
                  volgende_poging)
                values ($1, $2, $3, $4, $5, $6, 'WACHTEND', $7, $7) on conflict (abonnement_id, event_id) do nothing
                """).execute(Tuple.tuple().addUUID(id).addUUID(abonnement).addUUID(eventId).addString(type).addUUID(zaakId)
                .addOffsetDateTime(odt(tijdstip)).addOffsetDateTime(odt(now))).replaceWithVoid();
    }

    /** Claims up to {@code limit} due deliveries for one attempt each, leased until {@code leaseTot}. */
    public Uni<List<Poging>> claimDue(SqlClient sql, Instant now, Instant leaseTot, int limit) {
        return sql.preparedQuery("""
                with due as (select id from aflevering where status = 'WACHTEND' and volgende_poging <= $1
                             order by volgende_poging limit $3 for update skip locked),
                     claimed as (update aflevering a set volgende_poging = $2 from due where a.id = due.id returning a.*)
                select c.*, ab.callback_url, ab.secret,
                  case when ab.vorig_geldig_tot > $1 then ab.vorig_secret end as vorig_secret
                from claimed c join abonnement ab on ab.id = c.abonnement_id
                """).execute(Tuple.of(odt(now), odt(leaseTot), limit))
                .map(rows -> Rijen.alle(rows, r -> new Poging(r.getUUID("id"), r.getUUID("event_id"), r.getString("type"),
                        r.getUUID("huisverbod_id"), r.getOffsetDateTime("tijdstip").toInstant(), r.getInteger("pogingen"),
                        r.getOffsetDateTime("eerste_poging").toInstant(), r.getString("callback_url"),
                        r.getString("secret"), r.getString("vorig_secret"))));
    }

    /**
     * Replaces the secret of the client's own active subscription, keeping the old one for signing until
     * {@code vorigTot}; empty when there is no such subscription.
     */
    public Uni<java.util.Optional<Abonnement>> rotate(SqlClient sql, UUID id, String clientId, String versleuteldGeheim,
            Instant vorigTot) {
        return sql.preparedQuery("""
                update abonnement set vorig_secret = secret, vorig_geldig_tot = $4, secret = $3
                where id = $1 and client_id = $2 and actief returning *
                """).execute(Tuple.of(id, clientId, versleuteldGeheim, odt(vorigTot)))
                .map(rows -> Rijen.eerste(rows, AbonnementRepository::abonnement));
    }

    /** Drops the previous secrets whose overlap ended: a key nobody signs with any more is not kept. */
    public Uni<Integer> deleteVorigeGeheimen(SqlClient sql, Instant now) {
        return sql.preparedQuery(
                "update abonnement set vorig_secret = null where vorig_secret is not null and vorig_geldig_tot <= $1")
                .execute(Tuple.of(odt(now))).map(rows -> rows.rowCount());
    }

    public Uni<Void> markAfgeleverd(SqlClient sql, UUID id, Instant now) {
        return sql.preparedQuery("update aflevering set status = 'AFGELEVERD', pogingen = pogingen + 1, afgeleverd_op = $2,"
                + " laatste_fout = null where id = $1").execute(Tuple.of(id, odt(now))).replaceWithVoid();
    }

    public Uni<Void> markMislukt(SqlClient sql, UUID id, String status, int pogingen, Instant volgende, String fout) {
        return sql.preparedQuery(
                "update aflevering set status = $2, pogingen = $3, volgende_poging = $4, laatste_fout = $5 where id = $1")
                .execute(Tuple.of(id, status, pogingen, odt(volgende), fout)).replaceWithVoid();
    }

    private static Abonnement abonnement(Row r) {
        return new Abonnement(r.getUUID("id"), r.getString("callback_url"),
                Arrays.stream(r.getArrayOfStrings("events")).map(NotificatieType::uitCode).toList(), r.getBoolean("actief"),
                r.getOffsetDateTime("aangemaakt_op").toInstant(), null,
                r.getOffsetDateTime("vorig_geldig_tot") == null ? null : r.getOffsetDateTime("vorig_geldig_tot").toInstant());
    }

    private static Aflevering aflevering(Row r) {
        return new Aflevering(r.getUUID("id"), r.getUUID("event_id"), NotificatieType.uitCode(r.getString("type")),
                r.getUUID("huisverbod_id"), r.getString("status"), r.getInteger("pogingen"),
                r.getOffsetDateTime("volgende_poging").toInstant(), r.getString("laatste_fout"),
                r.getOffsetDateTime("afgeleverd_op") == null ? null : r.getOffsetDateTime("afgeleverd_op").toInstant());
    }
}
