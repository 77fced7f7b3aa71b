package nl.thvhub.huisverbod.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;

/** Assigning professionals to a case ({@code POST /huisverboden/{id}/toewijzingen}), under {@link Toewijzingsrecht}. */
@ApplicationScoped
public class Toewijzingen {

    private final HuisverbodRepository repository;
    private final Zaaktoegang toegang;
    private final Validator validator;

    public Toewijzingen(HuisverbodRepository repository, Zaaktoegang toegang, Validator validator) {
        this.repository = repository;
        this.toegang = toegang;
        this.validator = validator;
    }

    /**
     * Assigns a professional. The seam decides before anything else about the case is revealed: a reader out of scope
     * gets the same 404 as for a missing case (after its denial line), and only then the organisation (403), version
     * (412) and status (409) checks run. A professional who hands the own role to a colleague no longer sees the case:
     * the answer is {@link Uitkomst.Overgedragen}, without case data.
     */
    public Uni<Uitkomst> toewijzen(Actor actor, UUID id, Integer versie, Opdrachten.Toewijzen o) {
        Invoer.valideer(validator, o);
        return toegang.wijzig(actor, id, AuditActie.TOEWIJZEN, (conn, h, now) -> {
            Organisatie organisatie = Toewijzingsrecht.organisatie(actor, h, o);
            Zaakcontrole.versie(h, versie);
            Status status = h.status(now);
            if (!h.toegestaneActies(now).contains(Actie.TOEWIJZING)) {
                throw Zaakcontrole.conflict(h, now, "In status " + status + " kan niemand meer worden toegewezen.");
            }
            List<UUID> dekking = Toewijzingsrecht.dekking(actor, h, o);
            Huisverbod.Toewijzing t = new Huisverbod.Toewijzing(UUID.randomUUID(), o.rol(), o.gebruikersnaam(), organisatie,
                    now, dekking);
            JsonObject details = new JsonObject().put("rol", o.rol().name()).put("gebruikersnaam", o.gebruikersnaam())
                    .put("organisatie", organisatie.name());
            if (!dekking.isEmpty()) {
                details.put("betrokkenen", new io.vertx.core.json.JsonArray(dekking.stream().map(UUID::toString).toList()));
            }
            Uni<Void> vervangen = Uni.createFrom().voidItem();
            boolean eigenBlijft = false;
            for (Huisverbod.Toewijzing oud : h.toewijzingen(o.rol())) {
                List<UUID> rest = Toewijzingsrecht.rest(h, oud, t);
                if (rest == null) {
                    eigenBlijft |= oud.gebruikersnaam().equals(actor.gebruikersnaam());
                    continue; // covers nobody the new one covers: it stays as it is
                }
                vervangen = rest.isEmpty()
                        ? vervangen.chain(() -> repository.endToewijzing(conn, oud.id(), now))
                        : vervangen.chain(() -> repository.restrictToewijzing(conn, oud.id(), rest));
                eigenBlijft |= !rest.isEmpty() && oud.gebruikersnaam().equals(actor.gebruikersnaam());
            }
            boolean overgedragen = h.isToegewezenAan(actor.gebruikersnaam(), o.rol()) && !eigenBlijft
                    && !o.gebruikersnaam().equals(actor.gebruikersnaam());
            return vervangen.chain(() -> repository.insertToewijzing(conn, id, t, actor))
                    .chain(() -> repository.update(conn, h)).replaceWithVoid()
                    .chain(() -> repository.appendGebeurtenis(conn, id, Gebeurtenissoort.TOEGEWEZEN, actor, now, details))
                    .replaceWith(overgedragen ? Zaaktoegang.Na.OVERGEDRAGEN : Zaaktoegang.Na.TONEN);
        }).invoke(u -> {
            if (!(u instanceof Uitkomst.Overgedragen)) {
                u.zichtbaarOf404();
            }
        });
    }
}
