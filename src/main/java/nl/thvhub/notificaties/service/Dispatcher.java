package nl.thvhub.notificaties.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.notificaties.Routing;
import nl.thvhub.notificaties.persistence.AbonnementRepository;
import nl.thvhub.notificaties.persistence.NotificatieRepository;
import nl.thvhub.notificaties.persistence.OutboxRepository;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Turns committed outbox events into inbox notifications (by the routing rules) and webhook deliveries (for every
 * subscription), each only where the recipient may see the event's category of the case ({@link Ontvangst}),
 * audits each notification and delivery as a disclosure, and marks the event done — all in one transaction. {@code FOR UPDATE SKIP LOCKED} lets several hub instances share the work, each
 * event handled once.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final int BATCH = 200;

    /** One inbox address: a user, or a role queue (optionally narrowed to an organisation or wijk). */
    record Adres(String gebruiker, String rol, String organisatie, String wijk, String gemeente) {

        Adres(String gebruiker, String rol, String organisatie, String wijk) {
            this(gebruiker, rol, organisatie, wijk, null);
        }

        /**
         * A shared gemeente queue is the queue of the case's gemeente: a gemeente account acting for some gemeenten
         * reads the notifications of their cases only (issue 34.5).
         */
        Adres vanGemeente(String zaakgemeente) {
            return gebruiker == null && Rol.C_GEMEENTE.equals(rol)
                    ? new Adres(gebruiker, rol, organisatie, wijk, zaakgemeente)
                    : this;
        }
    }

    private final Pool pool;
    private final Routing routing;
    private final AuditLog audit;
    private final Clock clock;
    private final Bezorger bezorger;

    private final Ontvangst ontvangst;
    private final OutboxRepository outbox;
    private final NotificatieRepository notificaties;
    private final AbonnementRepository abonnementen;

    public Dispatcher(Pool pool, Routing routing, AuditLog audit, Clock clock, Bezorger bezorger, Ontvangst ontvangst,
            OutboxRepository outbox, NotificatieRepository notificaties, AbonnementRepository abonnementen) {
        this.ontvangst = ontvangst;
        this.outbox = outbox;
        this.notificaties = notificaties;
        this.abonnementen = abonnementen;
        this.bezorger = bezorger;
        this.pool = pool;
        this.routing = routing;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.notificaties.dispatch-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        // deliver right after dispatching, so a webhook waits for one poll interval, not two
        return verwerk().chain(n -> n > 0 ? bezorger.bezorg() : Uni.createFrom().item(0)).onFailure()
                .invoke(e -> LOG.warn("Dispatching notifications failed; will retry", e)).onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Handles all pending events; returns how many. */
    public Uni<Integer> verwerk() {
        return batch(0);
    }

    private Uni<Integer> batch(int total) {
        return pool.withTransaction(conn -> outbox.claim(conn, BATCH).chain(events -> {
            Instant now = clock.instant();
            if (events.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (OutboxRepository.Wachtend e : events) {
                chain = chain.chain(() -> route(conn, e, now));
            }
            List<Long> ids = events.stream().map(OutboxRepository.Wachtend::id).toList();
            return chain.chain(() -> outbox.markVerwerkt(conn, ids, now)).replaceWith(ids.size());
        })).chain(n -> n == BATCH ? batch(total + n) : Uni.createFrom().item(total + n));
    }

    private Uni<Void> route(SqlConnection conn, OutboxRepository.Wachtend event, Instant now) {
        String type = event.type();
        UUID eventId = event.eventId();
        UUID zaak = event.zaakId();
        JsonObject feiten = event.feiten();
        Set<Adres> adressen = new LinkedHashSet<>();
        for (Routing.Regel regel : routing.regels(type)) {
            switch (regel.ontvanger()) {
                case WIJKAGENT_VAN_WIJK -> adressen.add(new Adres(null, Rol.C_WIJKAGENT, null, feiten.getString("wijk")));
                case TOEGEWEZEN_ZORGCOORDINATOR -> {
                    // every assigned coordinator (one for the victims, one for the UHG), each decided on its own below
                    List<String> coordinatoren = alleToegewezen(feiten, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM);
                    Organisatie org = Organisatie.valueOf(feiten.getString("coordinerendeOrganisatie"));
                    if (coordinatoren.isEmpty()) {
                        adressen.add(new Adres(null, org.actingRole().code(), org.name(), null));
                    }
                    coordinatoren.forEach(c -> adressen.add(new Adres(c, org.actingRole().code(), org.name(), null)));
                }
                case TOEGEWEZEN_GEZINSMANAGER -> {
                    String gm = toegewezen(feiten, Rol.C_GEZINSMANAGER);
                    if (gm != null) {
                        adressen.add(new Adres(gm, Rol.C_GEZINSMANAGER, null, null));
                    }
                }
                case TOEGEWEZEN_RECLASSERING -> {
                    String worker = toegewezen(feiten, Rol.C_RECLASSERING);
                    adressen.add(worker != null
                            ? new Adres(worker, Rol.C_RECLASSERING, Organisatie.RECLASSERING.name(), null)
                            : new Adres(null, Rol.C_RECLASSERING, Organisatie.RECLASSERING.name(), null));
                }
                case OVERDRACHT_ONTVANGER -> {
                    // the receiving hub partner's queue, as long as the hand-over waits for its confirmation
                    for (Object o : feiten.getJsonArray("opdrachten", new io.vertx.core.json.JsonArray())) {
                        JsonObject opdracht = (JsonObject) o;
                        if (nl.thvhub.privacy.Zaakfeiten.Opdracht.OVERDRACHT.equals(opdracht.getString("soort"))) {
                            Organisatie org = Organisatie.valueOf(opdracht.getString("organisatie"));
                            adressen.add(new Adres(null, org.actingRole().code(), org.name(), null));
                        }
                    }
                }
                case ROL -> adressen.add(new Adres(null, regel.rol(), null, null));
                case TAAKHOUDER -> {
                    JsonObject taak = feiten.getJsonObject("taak");
                    if (taak != null) {
                        Organisatie org = Organisatie.valueOf(taak.getString("organisatie"));
                        String rol = taak.getString("rol") != null ? taak.getString("rol") : org.actingRole().code();
                        String wijk = Rol.C_WIJKAGENT.equals(rol) ? feiten.getString("wijk") : null;
                        adressen.add(new Adres(taak.getString("gebruiker"), rol, wijk == null ? org.name() : null, wijk));
                    }
                }
            }
        }
        Set<Adres> geadresseerd = new LinkedHashSet<>();
        adressen.forEach(a -> geadresseerd.add(a.vanGemeente(feiten.getString("gemeente"))));
        Instant tijdstip = event.tijdstip();
        String afzender = event.afzender();
        // the lines of every notification and delivery of this event, written in one INSERT at the end
        List<AuditRegel> regels = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Adres a : geadresseerd) {
            Actor ontvanger = alsOntvanger(a);
            chain = chain.chain(() -> ontvangst.mag(conn, ontvanger, type, zaak, now).chain(mag -> {
                if (!mag) {
                    return Uni.createFrom().voidItem();
                }
                return notificaties.insert(conn, UUID.randomUUID(), eventId, type, zaak, tijdstip, afzender, a.gebruiker(),
                        a.rol(), a.organisatie(), a.wijk(), a.gemeente(), now)
                        .invoke(() -> regels.add(ontvangst.auditregel(type, zaak, now, AuditActie.NOTIFICATIE,
                                "aan " + a.rol() + (a.organisatie() == null ? "" : "/" + a.organisatie())
                                        + (a.wijk() == null ? "" : "/" + a.wijk()))))
                        .replaceWithVoid();
            }));
        }
        return chain
                .chain(() -> abonnementen.listActiefVoor(conn, type))
                .chain(subs -> {
                    Uni<Void> deliveries = Uni.createFrom().voidItem();
                    for (AbonnementRepository.Actief s : subs) {
                        Organisatie org = s.organisatie();
                        Actor partner = Ontvangst.partner(s.clientId(), org);
                        UUID sub = s.id();
                        deliveries = deliveries.chain(() -> ontvangst.mag(conn, partner, type, zaak, now).chain(mag -> {
                            if (!mag) {
                                return Uni.createFrom().voidItem();
                            }
                            return abonnementen.insertAflevering(conn, UUID.randomUUID(), sub, eventId, type, zaak,
                                    tijdstip, now)
                                    .invoke(() -> regels.add(ontvangst.auditregel(type, zaak, now, AuditActie.WEBHOOK,
                                            "aan abonnement " + sub + " van " + org.name())))
                                    .replaceWithVoid();
                        }));
                    }
                    return deliveries;
                }).chain(() -> audit.schrijf(conn, regels));
    }

    /**
     * An inbox address as the reader it stands for: a named user in the role, or a shared queue read as its organisation
     * (a coordinator queue belongs to the coordinating organisation as a whole, like its partner system).
     */
    private static Actor alsOntvanger(Adres a) {
        Rol rol = Rol.fromCode(a.rol()).orElseThrow();
        Organisatie org = a.organisatie() != null ? Organisatie.valueOf(a.organisatie()) : organisatieVan(rol);
        if (a.gebruiker() != null) {
            return new Actor(a.gebruiker(), a.gebruiker(), rol, org, null, null, false);
        }
        boolean organisatieWachtrij = a.organisatie() != null;
        return new Actor("wachtrij:" + a.rol(), "wachtrij:" + a.rol(), rol, org, a.wijk(), null, organisatieWachtrij,
                a.gemeente() == null ? java.util.Set.of() : java.util.Set.of(a.gemeente()));
    }

    private static Organisatie organisatieVan(Rol rol) {
        return switch (rol) {
            case POLITIE_THV, WIJKAGENT -> Organisatie.POLITIE;
            case OM_ZSM -> Organisatie.OM;
            case VEILIG_THUIS -> Organisatie.VEILIG_THUIS;
            case ZORGCOORDINATOR -> Organisatie.BLIJF_GROEP;
            case SOCIAAL_TEAM -> Organisatie.SOCIAAL_TEAM_AA;
            case RECLASSERING -> Organisatie.RECLASSERING;
            case GGZ -> Organisatie.GGZ;
            default -> Organisatie.GEMEENTE;
        };
    }

    private static List<String> alleToegewezen(JsonObject feiten, String... rollen) {
        List<String> namen = new java.util.ArrayList<>();
        for (Object o : feiten.getJsonArray("toegewezen")) {
            JsonObject t = (JsonObject) o;
            if (java.util.Arrays.asList(rollen).contains(t.getString("rol"))
                    && !namen.contains(t.getString("gebruikersnaam"))) {
                namen.add(t.getString("gebruikersnaam"));
            }
        }
        return namen;
    }

    private static String toegewezen(JsonObject feiten, String... rollen) {
        for (Object o : feiten.getJsonArray("toegewezen")) {
            JsonObject t = (JsonObject) o;
            for (String rol : rollen) {
                if (rol.equals(t.getString("rol"))) {
                    return t.getString("gebruikersnaam");
                }
            }
        }
        return null;
    }
}
