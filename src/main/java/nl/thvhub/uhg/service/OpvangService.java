package nl.thvhub.uhg.service;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * Veilig Thuis' shelter decision for the UHG (issue 33.3): the decision for readers of OPVANG_UHG (Veilig Thuis, the
 * UHG's coordinator, the gemeente that pays), whether shelter was granted for every other reader of the case.
 */
@ApplicationScoped
public class OpvangService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final UhgRepository repository;
    private final Validator validator;

    OpvangService(Zaaktoegang toegang, Zaakboek boek, UhgRepository repository, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.validator = validator;
    }

    public Uni<Opvang.View> lees(Actor actor, UUID zaakId, UUID betrokkeneId) {
        return toegang.werk(actor, zaakId, AuditActie.OPVANG_LEZEN, Categorie.KERN, (conn, inzage, now) -> {
            Huisverbod.Betrokkene p = Uhgrechten.uhg(inzage.zaak(), betrokkeneId);
            boolean mag = inzage.besluit().mag(Categorie.OPVANG_UHG);
            return repository.opvang(conn, zaakId, p.id())
                    .map(versies -> new Deelwerk.Deel<>(Opvang.View.van(zaakId, p.id(), versies, mag),
                            Map.of(p.id(), mag ? Set.of(Categorie.OPVANG_UHG) : Set.<Categorie>of())));
        });
    }

    public Uni<Opvang.View> besluit(Actor actor, UUID zaakId, UUID betrokkeneId, Integer versie, Opvang.Besluit b) {
        Invoer.vereist(b);
        Invoer.valideer(validator, b);
        if (!Uhgrechten.magOpvangBesluiten(actor)) {
            throw ProblemException.forbidden("Over opvang van de uithuisgeplaatste besluit Veilig Thuis.");
        }
        if (!b.inAanmerking() && b.nachten() != null) {
            throw ProblemException.invalid("nachten", "alleen als de uithuisgeplaatste in aanmerking komt");
        }
        return toegang.werk(actor, zaakId, AuditActie.OPVANG_BESLOTEN, Categorie.OPVANG_UHG, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = Uhgrechten.uhg(h, betrokkeneId);
            Uhgrechten.open(h, now);
            Uhgrechten.nietInDeToekomst(b.besluitOp(), "besluitOp", now);
            return repository.opvang(conn, zaakId, p.id())
                    .chain(oud -> Versiereeks.voegToe(oud, Opvang.Versie::versie, versie,
                            n -> new Opvang.Versie(n, b.inAanmerking(), b.reden().trim(), b.nachten(), b.besluitOp(),
                                    actor.gebruikersnaam(), actor.organisatie(), now),
                            nieuw -> repository.addOpvang(conn, zaakId, p.id(), nieuw)))
                    .call(alle -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.OPVANG_BESLOTEN, actor, now,
                            new JsonObject().put("betrokkeneId", p.id().toString()).put("versie", alle.get(0).versie())))
                    .map(alle -> new Deelwerk.Deel<>(Opvang.View.van(zaakId, p.id(), alle, true),
                            Map.of(p.id(), Set.of(Categorie.OPVANG_UHG))));
        });
    }
}
