package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;

/** Assigning professionals to a case ({@code POST /huisverboden/{id}/toewijzingen}), under {@link Toewijzingsrecht}. */
@ApplicationScoped
public class Toewijzingen {

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Zaaktoegang toegang;
    private final Validator validator;
    private final Clock clock;

    public Toewijzingen(Pool pool, HuisverbodRepository repository, Zaaktoegang toegang, Validator validator, Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.toegang = toegang;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Assigns a professional. Authorised before anything else about the case is revealed: a reader out of scope gets the
     * same 404 as for a missing case (after its denial line), and only then the version (412) and status (409) checks
     * run. A professional who hands the own role to a colleague no longer sees the case: {@link Inzage#zaak()} is set,
     * {@link Inzage#besluit()} is null, and the API answers 204 without case data.
     */
    public Uni<Inzage> toewijzen(Actor actor, UUID id, Integer versie, Opdrachten.Toewijzen o) {
        Invoer.valideer(validator, o);
        Instant now = clock.instant();
        return pool.withTransaction(
                conn -> repository.find(conn, id, true).map(z -> z.orElseThrow(ProblemException::notFound)).chain(h -> {
                    if (!toegang.inScope(actor, h, now)) {
                        return toegang.weiger(conn, actor, id, AuditActie.TOEWIJZEN, now, "BUITEN_SCOPE");
                    }
                    Organisatie organisatie = Toewijzingsrecht.organisatie(actor, h, o);
                    Zaakcontrole.versie(h, versie);
                    Status status = h.status(now);
                    if (!h.toegestaneActies(now).contains(Actie.TOEWIJZING)) {
                        throw Zaakcontrole.conflict(h, now, "In status " + status + " kan niemand meer worden toegewezen.");
                    }
                    boolean draagtEigenRolOver = h.isToegewezenAan(actor.gebruikersnaam(), o.rol());
                    Huisverbod.Toewijzing t = new Huisverbod.Toewijzing(UUID.randomUUID(), o.rol(), o.gebruikersnaam(),
                            organisatie,
                            now);
                    JsonObject details = new JsonObject().put("rol", o.rol().name()).put("gebruikersnaam", o.gebruikersnaam())
                            .put("organisatie", organisatie.name());
                    Uni<Void> write = repository.endToewijzingen(conn, id, o.rol(), now)
                            .chain(() -> repository.insertToewijzing(conn, id, t, actor))
                            .chain(() -> repository.update(conn, h)).replaceWithVoid()
                            .chain(() -> repository.appendGebeurtenis(conn, id, "TOEGEWEZEN", actor, now, details));
                    if (draagtEigenRolOver) {
                        return write.chain(() -> repository.find(conn, id, false).map(z -> z.orElseThrow()))
                                .map(na -> new Inzage(na, null, java.util.List.of()));
                    }
                    return write.chain(() -> toegang.toon(conn, actor, id, AuditActie.TOEWIJZEN, now));
                })).map(Inzage::zichtbaarOf404);
    }
}
