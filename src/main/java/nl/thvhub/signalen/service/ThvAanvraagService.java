package nl.thvhub.signalen.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import nl.thvhub.huisverbod.service.Zaakgrenzen;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Pagina;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Postcode;
import nl.thvhub.signalen.ThvAanvraag;
import nl.thvhub.signalen.persistence.ThvAanvraagRepository;

/**
 * THV requests from care: a coordinator, gezinsmanager or Veilig Thuis asks the weegteam (police, gemeente, Veilig Thuis,
 * Blijf Groep, youth protection) for a THV without a crisis; the police or gemeente record the weegteam's decision; the
 * requests not imposed in the last six weeks form the six-weekly evaluation. Requesters see their own organisation's
 * requests; police, gemeente and Veilig Thuis see all. Every request shown is audited.
 */
@ApplicationScoped
public class ThvAanvraagService {

    /** The evaluation is held every six weeks over the requests not imposed since the previous one. */
    public static final Duration EVALUATIEVENSTER = Duration.ofDays(42);

    private static final Set<Rol> AANVRAGERS = EnumSet.of(Rol.ZORGCOORDINATOR, Rol.SOCIAAL_TEAM, Rol.GEZINSMANAGER,
            Rol.VEILIG_THUIS);
    private static final Set<Rol> WEEGTEAM_ALLES = EnumSet.of(Rol.POLITIE_THV, Rol.GEMEENTE, Rol.VEILIG_THUIS);
    private static final Set<Rol> BESLISSERS = EnumSet.of(Rol.POLITIE_THV, Rol.GEMEENTE);

    private final Pool pool;
    private final ThvAanvraagRepository repository;
    private final AuditLog audit;
    private final Zaakgrenzen grenzen;
    private final Validator validator;
    private final Clock clock;

    ThvAanvraagService(Pool pool, ThvAanvraagRepository repository, AuditLog audit, Zaakgrenzen grenzen,
            Validator validator, Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.audit = audit;
        this.grenzen = grenzen;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<ThvAanvraag.View> aanvraag(Actor actor, ThvAanvraag.Aanvraag a) {
        if (!AANVRAGERS.contains(actor.rol())) {
            throw ProblemException
                    .forbidden(
                            "Een huisverbod vanuit de hulpverlening vragen zorgcoordinator, gezinsmanager en Veilig Thuis aan.");
        }
        Invoer.valideer(validator, a);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String postcode = Postcode.normaal(a.adres().postcode());
        String huisnummer = a.adres().huisnummer().toUpperCase(Locale.ROOT);
        return pool.withTransaction(conn -> repository.insert(conn, id, a, postcode, huisnummer, actor, now)
                .chain(() -> repository.find(conn, id, null))
                .chain(v -> toon(conn, actor, AuditActie.THV_AANVRAAG_INDIENEN, v.orElseThrow(), now)));
    }

    public Uni<Pagina<ThvAanvraag.View, Cursor>> lijst(Actor actor, String status, Cursor na, int limiet) {
        String org = scope(actor);
        ThvAanvraag.Status gevraagd = status(status);
        int grootte = Pagina.grootte(limiet);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.list(conn, org, gevraagd, na, Pagina.leesGrens(grootte))
                .chain(rows -> {
                    Pagina<ThvAanvraag.View, Cursor> pagina = Pagina.uit(rows, grootte,
                            a -> new Cursor(a.aangevraagdOp(), a.id()));
                    return audit.schrijf(conn, regels(actor, AuditActie.THV_AANVRAGEN_LEZEN, pagina.items(), now))
                            .replaceWith(pagina);
                }));
    }

    public Uni<ThvAanvraag.View> een(Actor actor, UUID id) {
        String org = scope(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.find(conn, id, org).chain(v -> v.isEmpty()
                ? Uni.createFrom().item(Optional.<ThvAanvraag.View>empty())
                : toon(conn, actor, AuditActie.THV_AANVRAAG_LEZEN, v.get(), now).map(Optional::of)))
                .map(v -> v.orElseThrow(ProblemException::notFound));
    }

    public Uni<ThvAanvraag.View> beslis(Actor actor, UUID id, ThvAanvraag.Beslissing b) {
        if (!BESLISSERS.contains(actor.rol())) {
            throw ProblemException.forbidden("De beslissing van het weegteam legt de politie of de gemeente vast.");
        }
        Invoer.valideer(validator, b);
        if (b.uitkomst() == ThvAanvraag.Uitkomst.OPGELEGD && b.huisverbodId() == null) {
            throw ProblemException.invalid("huisverbodId", "verplicht als het huisverbod is opgelegd");
        }
        if (b.uitkomst() == ThvAanvraag.Uitkomst.NIET_OPGELEGD && (b.motivering() == null || b.motivering().isBlank())) {
            throw ProblemException.invalid("motivering", "verplicht als het huisverbod niet is opgelegd");
        }
        if (b.uitkomst() == ThvAanvraag.Uitkomst.NIET_OPGELEGD && b.huisverbodId() != null) {
            throw ProblemException.invalid("huisverbodId", "alleen als het huisverbod is opgelegd");
        }
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.lockVoorBeslissing(conn, id, b.huisverbodId()).chain(found -> {
            ThvAanvraagRepository.Beslisbaar r = found.orElseThrow(ProblemException::notFound);
            if (r.uitkomst() != null) {
                throw ProblemException.conflict("Het weegteam heeft al beslist.", r.uitkomst(), List.of());
            }
            if (b.huisverbodId() != null && !r.zaakBestaat()) {
                throw ProblemException.invalid("huisverbodId", "onbekend huisverbod");
            }
            return repository.decide(conn, id, b, actor, now);
        }).chain(() -> repository.find(conn, id, null))
                .chain(v -> toon(conn, actor, AuditActie.THV_AANVRAAG_BESLISSEN, v.orElseThrow(), now)));
    }

    /**
     * Requests the weegteam did not impose, decided in the last six weeks (the six-weekly evaluation, rec. 2a), scoped
     * like the request list: a requesting organisation sees only its own requests.
     */
    public Uni<ThvAanvraag.Evaluatie> evaluatie(Actor actor) {
        String org = scope(actor);
        Instant now = clock.instant();
        Instant van = now.minus(EVALUATIEVENSTER);
        return pool.withTransaction(conn -> repository.listNietOpgelegd(conn, org, van, now)
                .chain(items -> audit.schrijf(conn, regels(actor, AuditActie.THV_AANVRAGEN_EVALUATIE, items, now))
                        .replaceWith(new ThvAanvraag.Evaluatie(van, now, List.copyOf(items)))));
    }

    /** Null for roles that see every request, else the organisation whose requests the actor sees. */
    private static String scope(Actor actor) {
        if (WEEGTEAM_ALLES.contains(actor.rol())) {
            return null;
        }
        if (AANVRAGERS.contains(actor.rol())) {
            return actor.organisatie().name();
        }
        throw ProblemException.forbidden("THV-aanvragen zijn voor de aanvragers en het weegteam.");
    }

    private static ThvAanvraag.Status status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ThvAanvraag.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "een van OPEN, OPGELEGD, NIET_OPGELEGD");
        }
    }

    private Uni<ThvAanvraag.View> toon(SqlConnection conn, Actor actor, AuditActie actie, ThvAanvraag.View v, Instant now) {
        return audit.schrijf(conn, regels(actor, actie, List.of(v), now)).replaceWith(v);
    }

    private List<AuditRegel> regels(Actor actor, AuditActie actie, List<ThvAanvraag.View> items, Instant now) {
        // purpose and actor resolved once per answer, not once per request listed
        AuditRegel.Door door = grenzen.door(actor, now);
        String doel = grenzen.doel(actor);
        return items.stream()
                .map(a -> grenzen.verstrekking(door, doel, actie, a.beslissing() == null ? null : a.beslissing().huisverbodId(),
                        List.of("THV_AANVRAAG"), "aanvraag " + a.id()))
                .toList();
    }
}
