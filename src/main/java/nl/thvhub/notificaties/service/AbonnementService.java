package nl.thvhub.notificaties.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.Routing;
import nl.thvhub.notificaties.WebhookConfig;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Problem;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;

/** Partner webhook subscriptions (abonnementen): create, list, cancel; and the dead-letter list with replay. */
@ApplicationScoped
public class AbonnementService {

    private static final String CALLBACK_EIS = "een https-URL naar een openbaar adres (geen loopback, privé- of link-local "
            + "netwerk; http alleen naar loopback in de demo)";

    /** A new subscription. */
    @Schema(name = "NieuwAbonnement")
    public record Aanvraag(String callbackUrl, List<String> events, String secret) {
    }

    /** A subscription as its owner sees it (never the secret). */
    public record Abonnement(@NotNull UUID id, @NotNull String callbackUrl, @NotNull List<@NotNull NotificatieType> events,
            @NotNull boolean actief, @NotNull Instant aangemaaktOp) {
    }

    /** One delivery of one event to one subscription. */
    public record Aflevering(@NotNull UUID id, @NotNull UUID eventId, @NotNull NotificatieType type, UUID huisverbodId,
            @NotNull String status, @NotNull int pogingen, Instant volgendePoging, String laatsteFout, Instant afgeleverdOp) {
    }

    private final Pool pool;
    private final WebhookConfig config;
    private final Clock clock;

    private final Ontvangst ontvangst;
    private final AuditLog audit;

    private final Geheimkluis kluis;

    public AbonnementService(Pool pool, WebhookConfig config, Clock clock, Ontvangst ontvangst, AuditLog audit,
            Geheimkluis kluis) {
        this.kluis = kluis;
        this.ontvangst = ontvangst;
        this.audit = audit;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Abonnement> maak(Actor actor, Aanvraag a) {
        requirePartner(actor);
        Invoer.vereist(a);
        List<Problem.InvalidParam> invalid = new ArrayList<>(Invoer.stuurtekens(a));
        if (Webhookdoel.vorm(a.callbackUrl(), config.httpLoopbackToegestaan()).isEmpty()) {
            invalid.add(new Problem.InvalidParam("callbackUrl", CALLBACK_EIS));
        }
        if (a.events() == null || a.events().isEmpty() || !Routing.TYPES.containsAll(a.events())) {
            invalid.add(new Problem.InvalidParam("events", "een of meer van " + Routing.TYPES.stream().sorted().toList()));
        }
        if (a.secret() == null || a.secret().length() < 16 || a.secret().length() > 200) {
            invalid.add(new Problem.InvalidParam("secret", "16 tot 200 tekens"));
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest("Het abonnement kan zo niet worden aangemaakt.", invalid);
        }
        UUID id = UUID.randomUUID();
        // the DNS lookup blocks: run it on a worker thread, never on the event loop
        return Uni.createFrom().item(() -> Webhookdoel.controleer(a.callbackUrl(), config.httpLoopbackToegestaan()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).chain(doel -> {
                    if (doel.isEmpty()) {
                        throw ProblemException.invalid("callbackUrl", CALLBACK_EIS);
                    }
                    return opslaan(actor, a, id);
                });
    }

    private Uni<Abonnement> opslaan(Actor actor, Aanvraag a, UUID id) {
        return pool
                .preparedQuery(
                        """
                                insert into abonnement (id, client_id, organisatie, callback_url, events, secret, aangemaakt_op) values ($1, $2, $3, $4, $5, $6, $7)
                                returning *
                                """)
                .execute(Tuple.tuple().addUUID(id).addString(actor.clientId()).addString(actor.organisatie().name())
                        .addString(a.callbackUrl())
                        .addArrayOfString(a.events().toArray(String[]::new)).addString(kluis.versleutel(a.secret()))
                        .addOffsetDateTime(clock.instant().atOffset(ZoneOffset.UTC)))
                .map(rows -> map(rows.iterator().next()));
    }

    /** Encrypts the secrets stored before encryption at rest existed; runs at start-up, idempotent. */
    void versleutelOudeGeheimen(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        pool.query("select id, secret from abonnement where secret not like 'v1:%'").execute().chain(rows -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Row r : rows) {
                UUID id = r.getUUID("id");
                String versleuteld = kluis.versleutel(r.getString("secret"));
                chain = chain.chain(
                        () -> pool.preparedQuery("update abonnement set secret = $2 where id = $1 and secret not like 'v1:%'")
                                .execute(Tuple.of(id, versleuteld)).replaceWithVoid());
            }
            return chain;
        }).await().atMost(java.time.Duration.ofSeconds(60));
    }

    public Uni<List<Abonnement>> lijst(Actor actor) {
        requirePartner(actor);
        return pool.preparedQuery("select * from abonnement where client_id = $1 order by aangemaakt_op")
                .execute(Tuple.of(actor.clientId())).map(rows -> {
                    List<Abonnement> list = new ArrayList<>();
                    rows.forEach(r -> list.add(map(r)));
                    return list;
                });
    }

    public Uni<Void> beeindig(Actor actor, UUID id) {
        requirePartner(actor);
        return pool.preparedQuery("update abonnement set actief = false where id = $1 and client_id = $2")
                .execute(Tuple.of(id, actor.clientId()))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ProblemException.notFound();
                    }
                    return null;
                });
    }

    public Uni<List<Aflevering>> afleveringen(Actor actor, UUID abonnement, String status) {
        requirePartner(actor);
        return pool
                .preparedQuery(
                        """
                                select a.* from aflevering a join abonnement ab on ab.id = a.abonnement_id
                                where ab.id = $1 and ab.client_id = $2 and ($3::varchar is null or a.status = $3) order by a.tijdstip desc limit 500
                                """)
                .execute(Tuple.of(abonnement, actor.clientId(), status)).map(rows -> {
                    List<Aflevering> list = new ArrayList<>();
                    rows.forEach(r -> list.add(aflevering(r)));
                    return list;
                });
    }

    /**
     * Puts a dead-lettered delivery back in the queue, with a fresh retry window, only while the partner may still see
     * the event's category of the case (else 404); the renewed disclosure is audited in the same transaction.
     */
    public Uni<Aflevering> herlever(Actor actor, UUID abonnement, UUID aflevering) {
        requirePartner(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn
                .preparedQuery(
                        """
                                update aflevering a set status = 'WACHTEND', pogingen = 0, eerste_poging = $4, volgende_poging = $4
                                from abonnement ab where ab.id = a.abonnement_id and a.id = $1 and ab.id = $2 and ab.client_id = $3 and a.status = 'DOOD' returning a.*
                                """)
                .execute(Tuple.of(aflevering, abonnement, actor.clientId(), now.atOffset(ZoneOffset.UTC))).chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    Aflevering af = aflevering(rows.iterator().next());
                    Actor partner = Ontvangst.partner(actor.clientId(), actor.organisatie());
                    return ontvangst.mag(conn, partner, af.type().code(), af.huisverbodId(), now).chain(mag -> {
                        if (!mag) {
                            throw ProblemException.notFound();
                        }
                        return audit.schrijf(conn, List.of(ontvangst.auditregel(af.type().code(), af.huisverbodId(), now,
                                "WEBHOOK_HERLEVERD", "aan abonnement " + abonnement + " van " + actor.organisatie().name())));
                    }).replaceWith(af);
                }));
    }

    private static void requirePartner(Actor actor) {
        if (!actor.partnerSysteem()) {
            throw ProblemException.forbidden("Abonnementen zijn voor partnersystemen (rol partner-systeem).");
        }
    }

    private static Abonnement map(Row r) {
        return new Abonnement(r.getUUID("id"), r.getString("callback_url"),
                Arrays.stream(r.getArrayOfStrings("events")).map(NotificatieType::uitCode).toList(),
                r.getBoolean("actief"),
                r.getOffsetDateTime("aangemaakt_op").toInstant());
    }

    private static Aflevering aflevering(Row r) {
        return new Aflevering(r.getUUID("id"), r.getUUID("event_id"), NotificatieType.uitCode(r.getString("type")),
                r.getUUID("huisverbod_id"),
                r.getString("status"),
                r.getInteger("pogingen"), r.getOffsetDateTime("volgende_poging").toInstant(), r.getString("laatste_fout"),
                r.getOffsetDateTime("afgeleverd_op") == null ? null : r.getOffsetDateTime("afgeleverd_op").toInstant());
    }
}
