package nl.thvhub.signalen.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Zaakgrenzen;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Adresmarkering;
import nl.thvhub.signalen.Postcode;
import nl.thvhub.signalen.persistence.AdresmarkeringRepository;

/**
 * Address markers: placed by {@code politie-thv} with the OM's agreement, valid until a date at most a year ahead, and
 * looked up by any police role. A lookup answers only whether a valid marker exists and since when; every lookup and
 * every placement is audited with a keyed pseudonym of the address, so the FG can find who looked up an address without
 * the log holding the address itself.
 */
@ApplicationScoped
public class AdresmarkeringService {

    /** A marker is reviewed at least yearly: it cannot be valid for longer. */
    static final Period MAXIMALE_GELDIGHEID = Period.ofYears(1);

    private final Pool pool;
    private final AdresmarkeringRepository repository;
    private final AuditLog audit;
    private final Zaakgrenzen grenzen;
    private final Validator validator;
    private final Clock clock;

    AdresmarkeringService(Pool pool, AdresmarkeringRepository repository, AuditLog audit, Zaakgrenzen grenzen,
            Validator validator, Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.audit = audit;
        this.grenzen = grenzen;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<Adresmarkering.View> plaats(Actor actor, Adresmarkering.Plaatsing p) {
        if (actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Adressen markeert de politie (rol politie-thv).");
        }
        Invoer.valideer(validator, p);
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
        if (!p.geldigTot().isAfter(vandaag)) {
            throw ProblemException.invalid("geldigTot", "moet na vandaag liggen");
        }
        if (p.geldigTot().isAfter(vandaag.plus(MAXIMALE_GELDIGHEID))) {
            throw ProblemException.invalid("geldigTot", "uiterlijk een jaar na vandaag; verleng na een nieuwe beoordeling");
        }
        if (p.omInstemming().datum().isAfter(vandaag)) {
            throw ProblemException.invalid("omInstemming.datum", "ligt in de toekomst");
        }
        String postcode = Postcode.normaal(p.postcode());
        String toevoeging = toevoeging(p.toevoeging());
        UUID id = UUID.randomUUID();
        Adresmarkering.View view = new Adresmarkering.View(id, postcode, p.huisnummer(), toevoeging, p.reden().trim(), now,
                p.geldigTot(), p.beoordeeldDoor().trim(), p.omInstemming());
        return pool.withTransaction(conn -> repository.insert(conn, view, actor.gebruikersnaam())
                .chain(() -> audit.schrijf(conn,
                        List.of(regel(actor, AuditActie.ADRESMARKERING_PLAATSEN, postcode, p.huisnummer(), toevoeging, now))))
                .replaceWith(view));
    }

    /**
     * Whether the address has a valid marker. Without {@code toevoeging} every marker on the house number counts; with
     * one, markers for that toevoeging and for the whole number do.
     */
    public Uni<Adresmarkering.Opvraging> zoek(Actor actor, String postcode, String huisnummer, String toevoeging) {
        if (actor.rol() != Rol.POLITIE_THV && actor.rol() != Rol.WIJKAGENT) {
            throw ProblemException.forbidden("Adresmarkeringen zijn voor de politie.");
        }
        if (postcode == null || !postcode.matches(Postcode.PATROON)) {
            throw ProblemException.invalid("postcode", Postcode.UITLEG);
        }
        if (huisnummer == null || !huisnummer.matches("^[1-9][0-9]{0,4}$")) {
            throw ProblemException.invalid("huisnummer", "een huisnummer (cijfers)");
        }
        if (toevoeging != null && (toevoeging.length() > 10 || !toevoeging.matches("^[0-9A-Za-z -]*$"))) {
            throw ProblemException.invalid("toevoeging", "letters, cijfers, spatie of streepje (hoogstens 10)");
        }
        String pc = Postcode.normaal(postcode);
        String tv = toevoeging(toevoeging);
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
        return pool.withTransaction(conn -> repository.geldigSinds(conn, pc, huisnummer, tv, vandaag)
                .chain(sinds -> audit
                        .schrijf(conn, List.of(regel(actor, AuditActie.ADRESMARKERING_OPVRAGEN, pc, huisnummer, tv, now)))
                        .replaceWith(new Adresmarkering.Opvraging(sinds.isPresent(), sinds.orElse(null)))));
    }

    /** One marker as its placer's role reads it (for an Idempotency-Key replay of the placement), audited. */
    public Uni<Adresmarkering.View> een(Actor actor, UUID id) {
        if (actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Adressen markeert de politie (rol politie-thv).");
        }
        Instant now = clock.instant();
        return pool.withTransaction(conn -> repository.find(conn, id).chain(found -> {
            Adresmarkering.View view = found.orElseThrow(ProblemException::notFound);
            return audit.schrijf(conn, List.of(regel(actor, AuditActie.ADRESMARKERING_LEZEN, view.postcode(),
                    view.huisnummer(), view.toevoeging(), now))).replaceWith(view);
        }));
    }

    private AuditRegel regel(Actor actor, AuditActie actie, String postcode, String huisnummer, String toevoeging,
            Instant now) {
        String adres = "adres " + audit.pseudoniem(postcode + " " + huisnummer + " " + toevoeging);
        return grenzen.verstrekking(actor, now, actie, null, List.of("ADRESMARKERING"), adres);
    }

    private static String toevoeging(String t) {
        return t == null ? "" : t.trim().toUpperCase(Locale.ROOT);
    }
}
