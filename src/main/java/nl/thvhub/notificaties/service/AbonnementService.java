package nl.thvhub.notificaties.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.notificaties.Abonnement;
import nl.thvhub.notificaties.Aflevering;
import nl.thvhub.notificaties.Routing;
import nl.thvhub.notificaties.WebhookConfig;
import nl.thvhub.notificaties.persistence.AbonnementRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;

/** Partner webhook subscriptions (abonnementen): create, list, cancel; and the dead-letter list with replay. */
@ApplicationScoped
public class AbonnementService {

    private static final String CALLBACK_EIS = "een https-URL naar een openbaar adres (geen loopback, privé- of link-local "
            + "netwerk; http alleen naar loopback in de demo)";

    /**
     * A new subscription. The hub makes the signing secret (Standard Webhooks, {@code whsec_…}) and shows it once in
     * the answer; {@code secret}, a partner-chosen secret of before API 0.3.0, is refused.
     */
    @Schema(name = "NieuwAbonnement")
    public record Aanvraag(String callbackUrl, List<String> events,
            @Schema(deprecated = true, description = "Niet meer toegestaan: de hub maakt het geheim") String secret) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AbonnementService.class);

    private final Pool pool;
    private final AbonnementRepository repository;
    private final WebhookConfig config;
    private final Clock clock;
    private final Ontvangst ontvangst;
    private final AuditLog audit;
    private final Geheimkluis kluis;

    public AbonnementService(Pool pool, AbonnementRepository repository, WebhookConfig config, Clock clock,
            Ontvangst ontvangst, AuditLog audit, Geheimkluis kluis) {
        this.repository = repository;
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
        if (a.secret() != null) {
            invalid.add(new Problem.InvalidParam("secret", "laat weg: de hub maakt het geheim (whsec_…) en toont het eenmaal"));
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
        String geheim = Handtekening.nieuwGeheim();
        return repository.insert(pool, id, actor.clientId(), actor.organisatie(), a.callbackUrl(), a.events(),
                kluis.versleutel(geheim), clock.instant()).map(ab -> ab.metGeheim(geheim));
    }

    /**
     * A new secret for the client's own subscription, shown once; the old one keeps signing beside it for
     * {@code thv.webhooks.rotatie-overlap}, so the receiver can switch without missing a delivery.
     */
    public Uni<Abonnement> roteer(Actor actor, UUID id) {
        requirePartner(actor);
        String geheim = Handtekening.nieuwGeheim();
        return repository.rotate(pool, id, actor.clientId(), kluis.versleutel(geheim),
                clock.instant().plus(config.rotatieOverlap()))
                .map(found -> found.orElseThrow(ProblemException::notFound).metGeheim(geheim));
    }

    /** Hourly: the previous secret of a rotation is erased once its overlap ended (retention, issue 29 item 13). */
    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "1m", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> wisVorigeGeheimen() {
        return repository.deleteVorigeGeheimen(pool, clock.instant()).onFailure()
                .invoke(e -> LOG.warn("Clearing expired previous webhook secrets failed; it runs again in an hour", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Encrypts the secrets stored before encryption at rest existed; runs at start-up, idempotent. */
    void versleutelOudeGeheimen(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        repository.listOnversleuteld(pool).chain(oud -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (AbonnementRepository.Onversleuteld o : oud) {
                String versleuteld = kluis.versleutel(o.secret());
                chain = chain.chain(() -> repository.setVersleuteld(pool, o.id(), versleuteld));
            }
            return chain;
        }).await().atMost(java.time.Duration.ofSeconds(60));
    }

    /** One of the client's own subscriptions, without its secret (an Idempotency-Key replay); another's is 404. */
    public Uni<Abonnement> een(Actor actor, UUID id) {
        return lijst(actor).map(alle -> alle.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(ProblemException::notFound));
    }

    public Uni<List<Abonnement>> lijst(Actor actor) {
        requirePartner(actor);
        return repository.listVoorClient(pool, actor.clientId());
    }

    public Uni<Void> beeindig(Actor actor, UUID id) {
        requirePartner(actor);
        return repository.end(pool, id, actor.clientId()).map(beeindigd -> {
            if (!beeindigd) {
                throw ProblemException.notFound();
            }
            return null;
        });
    }

    /**
     * A subscription's deliveries: each names a case and what happened to it, so the read is audited, one line per case
     * listed, in the same transaction.
     */
    public Uni<List<Aflevering>> afleveringen(Actor actor, UUID abonnement, String status) {
        requirePartner(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.listAfleveringen(conn, abonnement, actor.clientId(), status)
                .call(lijst -> {
                    java.util.Map<UUID, String> perZaak = new java.util.LinkedHashMap<>();
                    lijst.stream().filter(a -> a.huisverbodId() != null)
                            .forEach(a -> perZaak.putIfAbsent(a.huisverbodId(), a.type().code()));
                    List<nl.thvhub.audit.AuditRegel> regels = perZaak.entrySet().stream()
                            .map(e -> nl.thvhub.audit.AuditRegel.door(actor, now, nl.thvhub.platform.Trace.GEEN).regel(null,
                                    "notificatie", null, AuditActie.AFLEVERINGEN_LEZEN, e.getKey(), null, List.of("KERN"), null,
                                    nl.thvhub.audit.AuditRegel.TOEGESTAAN, "afleveringen van abonnement " + abonnement))
                            .toList();
                    return regels.isEmpty() ? Uni.createFrom().voidItem() : audit.schrijf(conn, regels);
                }));
    }

    /**
     * Puts a dead-lettered delivery back in the queue, with a fresh retry window, only while the partner may still see
     * the event's category of the case (else 404); the renewed disclosure is audited in the same transaction.
     */
    public Uni<Aflevering> herlever(Actor actor, UUID abonnement, UUID aflevering) {
        requirePartner(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.revive(conn, aflevering, abonnement, actor.clientId(), now)
                .call(found -> found.isPresent()
                        ? Uni.createFrom().voidItem()
                        : repository.status(conn, aflevering, abonnement, actor.clientId()).invoke(status -> {
                            // a delivery that is not dead is not offered again: say so, rather than a bare 404
                            if (status.isPresent()) {
                                throw ProblemException.conflict("Deze aflevering heeft status " + status.get()
                                        + "; alleen een dode aflevering (DOOD) wordt opnieuw aangeboden.", status.get(),
                                        List.of());
                            }
                        }))
                .chain(found -> {
                    Aflevering af = found.orElseThrow(ProblemException::notFound);
                    Actor partner = Ontvangst.partner(actor.clientId(), actor.organisatie());
                    return ontvangst.mag(conn, partner, af.type().code(), af.huisverbodId(), now).chain(mag -> {
                        if (!mag) {
                            throw ProblemException.notFound();
                        }
                        return audit.schrijf(conn, List.of(ontvangst.auditregel(af.type().code(), af.huisverbodId(), now,
                                AuditActie.WEBHOOK_HERLEVERD,
                                "aan abonnement " + abonnement + " van " + actor.organisatie().name())));
                    }).replaceWith(af);
                }));
    }

    private static void requirePartner(Actor actor) {
        if (!actor.partnerSysteem()) {
            throw ProblemException.forbidden("Abonnementen zijn voor partnersystemen (rol partner-systeem).");
        }
    }
}
