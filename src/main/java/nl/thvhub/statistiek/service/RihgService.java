package nl.thvhub.statistiek.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Verbinding;
import nl.thvhub.statistiek.Importregel;
import nl.thvhub.statistiek.Rihg;
import nl.thvhub.statistiek.persistence.RihgRepository;

/**
 * Registering a RiHG (issue 35.7) by the police or Veilig Thuis, with or without the THV it led to. A RiHG names no
 * person; linking it to a case goes through the access seam (a case the registrant may not see is 404, as everywhere).
 */
@ApplicationScoped
public class RihgService {

    private final Pool pool;
    private final RihgRepository repository;
    private final Zaaktoegang toegang;
    private final Validator validator;
    private final Clock clock;

    RihgService(Pool pool, RihgRepository repository, Zaaktoegang toegang, Validator validator, Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.toegang = toegang;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<Rihg.View> registreer(Actor actor, Rihg.Registratie r) {
        vereisRegistrant(actor);
        Invoer.vereist(r);
        Invoer.valideer(validator, r);
        Instant now = clock.instant();
        if (r.datum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
            throw ProblemException.invalid("datum", "ligt in de toekomst");
        }
        if (r.datum().isBefore(Importregel.WET_IN_WERKING)) {
            throw ProblemException.invalid("datum", "voor 1 maart 2009 bestond het tijdelijk huisverbod niet");
        }
        if (r.huisverbodId() != null && r.uitkomst() != Rihg.Uitkomst.THV) {
            throw ProblemException.invalid("huisverbodId", "alleen bij uitkomst THV");
        }
        Rihg.View view = new Rihg.View(UUID.randomUUID(), r.datum(), r.gemeente(), r.wijk(), r.door(), r.uitkomst(),
                r.huisverbodId(), actor.gebruikersnaam(), actor.organisatie(), now);
        if (r.huisverbodId() == null) {
            return Verbinding.met(pool, conn -> repository.insert(conn, view)).replaceWith(view);
        }
        // the link reveals nothing of the case to the registrant: it is decided, and audited on denial, by the seam
        return toegang.werk(actor, r.huisverbodId(), AuditActie.RIHG_GEKOPPELD, null, (conn, inzage, t) -> {
            if (inzage.zaak().gemeente() != r.gemeente()) {
                throw ProblemException.invalid("gemeente", "het huisverbod is opgelegd in " + inzage.zaak().gemeente());
            }
            return repository.insert(conn, view).replaceWith(new Deelwerk.Deel<>(view, Map.of()));
        });
    }

    /** A RiHG the actor's organisation registered; another organisation's is 404. */
    public Uni<Rihg.View> lees(Actor actor, UUID id) {
        vereisRegistrant(actor);
        return Verbinding.met(pool, conn -> repository.find(conn, id, actor.organisatie()))
                .map(o -> o.orElseThrow(ProblemException::notFound));
    }

    /** The police and Veilig Thuis hold RiHGs (their people and their partner systems). */
    private static void vereisRegistrant(Actor actor) {
        if (actor.organisatie() != Organisatie.POLITIE && actor.organisatie() != Organisatie.VEILIG_THUIS) {
            throw ProblemException.forbidden("Een RiHG registreren de politie en Veilig Thuis.");
        }
    }
}
