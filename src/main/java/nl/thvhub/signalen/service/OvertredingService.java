package nl.thvhub.signalen.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.Zaakgrenzen;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Pagina;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Scope;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.signalen.persistence.OvertredingRepository;

/**
 * Violations of a THV: the police register them (with follow-up), the coordinator reports suspicions that the police
 * confirm or dismiss, and police and gemeente work through confirmed violations without follow-up. Every read and
 * change goes through the case's privacy decision (category OVERTREDINGEN) and is audited in its transaction.
 */
@ApplicationScoped
public class OvertredingService {

    private final Pool pool;
    private final Zaaktoegang toegang;
    private final Zaakgrenzen grenzen;
    private final OvertredingRepository repository;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;

    OvertredingService(Pool pool, Zaaktoegang toegang, Zaakgrenzen grenzen, OvertredingRepository repository, AuditLog audit,
            Outbox outbox,
            Validator validator, Clock clock) {
        this.pool = pool;
        this.toegang = toegang;
        this.grenzen = grenzen;
        this.repository = repository;
        this.audit = audit;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<Overtreding.View> registreer(Actor actor, UUID zaakId, Overtreding.Melding m) {
        boolean politie = isPolitie(actor);
        if (!politie && !actor.rol().isCoordinator()) {
            throw ProblemException.forbidden(
                    "Overtredingen registreert de politie; de zorgcoordinator van de zaak kan een vermoeden melden.");
        }
        Invoer.valideer(validator, m);
        if (!politie && (m.vervolgactie() != null || m.vervolgReden() != null)) {
            throw ProblemException.forbidden("Het vervolg van een overtreding registreert de politie.");
        }
        checkReden(m.vervolgactie(), m.vervolgReden());
        Overtreding.Status status = politie ? Overtreding.Status.BEVESTIGD : Overtreding.Status.VERMOED;
        return toegang.werk(actor, zaakId, AuditActie.OVERTREDING_REGISTREREN, Categorie.OVERTREDINGEN,
                Deelwerk.onder(Categorie.OVERTREDINGEN, (conn, h, now) -> {
                    Instant einde = einde(h);
                    if (m.moment().isAfter(now)) {
                        throw ProblemException.invalid("moment", "ligt in de toekomst");
                    }
                    if (m.moment().isBefore(h.opgelegdOp()) || !m.moment().isBefore(einde)) {
                        throw ProblemException.invalid("moment",
                                "valt buiten de looptijd van het huisverbod (" + h.opgelegdOp() + " tot " + einde + ")");
                    }
                    UUID id = UUID.randomUUID();
                    return repository.insert(conn, id, zaakId, m, status, !now.isBefore(einde), actor, now)
                            .call(() -> outbox.emit(conn,
                                    politie ? NotificatieType.OVERTREDING_GEREGISTREERD : NotificatieType.OVERTREDING_VERMOED,
                                    Feiten.van(h), actor, now))
                            .chain(() -> een(conn, zaakId, id, false));
                }));
    }

    public Uni<Overtreding.View> beoordeel(Actor actor, UUID zaakId, UUID id, Overtreding.Beoordeling b) {
        requirePolitie(actor);
        Invoer.valideer(validator, b);
        boolean bevestigd = b.besluit() == Overtreding.Besluit.BEVESTIGD;
        if (!bevestigd && (b.reden() == null || b.reden().isBlank())) {
            throw ProblemException.invalid("reden", "verplicht bij afwijzen");
        }
        if (!bevestigd && b.vervolgactie() != null) {
            throw ProblemException.invalid("vervolgactie", "alleen bij een bevestigde overtreding");
        }
        checkReden(b.vervolgactie(), b.vervolgReden());
        return toegang.werk(actor, zaakId, AuditActie.OVERTREDING_BEOORDELEN, Categorie.OVERTREDINGEN,
                Deelwerk.onder(Categorie.OVERTREDINGEN,
                        (conn, h, now) -> een(conn, zaakId, id, true).chain(o -> {
                            if (o.status() != Overtreding.Status.VERMOED) {
                                throw ProblemException.conflict(
                                        "Deze overtreding is al " + o.status().name().toLowerCase() + ".",
                                        o.status().name(), List.of());
                            }
                            return repository.review(conn, zaakId, id, b, actor, now)
                                    .call(() -> bevestigd
                                            ? outbox.emit(conn, NotificatieType.OVERTREDING_GEREGISTREERD, Feiten.van(h), actor,
                                                    now)
                                            : Uni.createFrom().voidItem())
                                    .chain(() -> een(conn, zaakId, id, false));
                        })));
    }

    public Uni<Overtreding.View> vervolg(Actor actor, UUID zaakId, UUID id, Overtreding.Vervolg v) {
        requirePolitie(actor);
        Invoer.valideer(validator, v);
        checkReden(v.vervolgactie(), v.vervolgReden());
        return toegang.werk(actor, zaakId, AuditActie.OVERTREDING_VERVOLG, Categorie.OVERTREDINGEN,
                Deelwerk.onder(Categorie.OVERTREDINGEN,
                        (conn, h, now) -> een(conn, zaakId, id, true).chain(o -> {
                            if (o.status() != Overtreding.Status.BEVESTIGD || o.vervolgactie() != null) {
                                throw ProblemException.conflict(
                                        o.vervolgactie() != null
                                                ? "Het vervolg is al geregistreerd (" + o.vervolgactie() + ")."
                                                : "Alleen een bevestigde overtreding krijgt een vervolg.",
                                        o.status().name(), List.of());
                            }
                            return repository.recordVervolg(conn, zaakId, id, v, now)
                                    .chain(() -> een(conn, zaakId, id, false));
                        })));
    }

    public Uni<List<Overtreding.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.OVERTREDINGEN_LEZEN, Categorie.OVERTREDINGEN,
                Deelwerk.onder(Categorie.OVERTREDINGEN,
                        (conn, h, now) -> repository.listForZaak(conn, zaakId)));
    }

    /** Confirmed violations without follow-up in the cases the reader may see (police, wijkagent of the wijk, gemeente). */
    public Uni<Pagina<Overtreding.ZonderVervolg, Cursor>> zonderVervolg(Actor actor, Cursor na, int limiet) {
        if (!isPolitie(actor) && actor.rol() != Rol.GEMEENTE) {
            throw ProblemException.forbidden("Deze werklijst is voor de politie en de gemeente.");
        }
        Instant now = clock.instant();
        Zichtbaarheid zicht = grenzen.zichtbaarheid(actor, now);
        if (zicht.scope() == Scope.TOEGEWEZEN) {
            throw ProblemException.forbidden("Deze werklijst is voor de politie en de gemeente.");
        }
        int grootte = Pagina.grootte(limiet);
        // purpose, actor and trace read from the request once, before the database answers
        AuditRegel.Door door = grenzen.door(actor, now);
        String doel = grenzen.doel(actor);
        return pool.withTransaction(conn -> repository.listZonderVervolg(conn, zicht, na, Pagina.leesGrens(grootte))
                .chain(rows -> {
                    Pagina<Overtreding.ZonderVervolg, Cursor> pagina = Pagina.uit(rows, grootte,
                            o -> new Cursor(o.geregistreerdOp(), o.id()));
                    List<AuditRegel> regels = pagina.items().stream().map(Overtreding.ZonderVervolg::huisverbodId).distinct()
                            .map(zaak -> grenzen.verstrekking(door, doel, AuditActie.OVERTREDINGEN_ZONDER_VERVOLG, zaak,
                                    List.of("KERN", "OVERTREDINGEN"), null))
                            .toList();
                    return audit.schrijf(conn, regels).replaceWith(pagina);
                }));
    }

    private Uni<Overtreding.View> een(SqlConnection conn, UUID zaakId, UUID id, boolean lock) {
        return repository.find(conn, zaakId, id, lock).map(o -> o.orElseThrow(ProblemException::notFound));
    }

    /** The THV runs from imposition until its end, or until it was withdrawn. */
    private static Instant einde(Huisverbod h) {
        return h.ingetrokkenOp() != null && h.ingetrokkenOp().isBefore(h.eindmoment()) ? h.ingetrokkenOp() : h.eindmoment();
    }

    private static void checkReden(Vervolgactie actie, String reden) {
        if (actie == Vervolgactie.GEEN && (reden == null || reden.isBlank())) {
            throw ProblemException.invalid("vervolgReden", "verplicht als er geen vervolgactie is");
        }
    }

    private static boolean isPolitie(Actor actor) {
        return actor.rol().isPolitie();
    }

    private static void requirePolitie(Actor actor) {
        if (!isPolitie(actor)) {
            throw ProblemException.forbidden("Dit is voorbehouden aan de politie (politie-thv of wijkagent).");
        }
    }
}
