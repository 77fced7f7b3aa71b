package nl.thvhub.zorg.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
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
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.persistence.ContactmomentRepository;

/** Contact attempts per person (category HULPVERLENING of the person): recorded once, read under the policy. */
@ApplicationScoped
public class ContactmomentService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final ContactmomentRepository repository;
    private final Validator validator;

    ContactmomentService(Zaaktoegang toegang, Zaakboek boek, ContactmomentRepository repository, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.validator = validator;
    }

    /** The attempts of the persons the reader may see help data of, newest first. */
    public Uni<List<Contactmoment.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.CONTACTMOMENTEN_LEZEN, null, (conn, inzage, now) -> {
            Besluit b = inzage.besluit();
            if (!b.magIets(Categorie.HULPVERLENING)) {
                throw ProblemException.forbidden("Contactmomenten zijn voor uw rol onthouden (categorie HULPVERLENING).");
            }
            return repository.list(conn, zaakId).map(alle -> {
                List<Contactmoment.View> zichtbaar = alle.stream()
                        .filter(c -> b.mag(Categorie.HULPVERLENING, c.betrokkeneId())).map(c -> c.voor(b)).toList();
                Map<UUID, Set<Categorie>> getoond = new HashMap<>();
                zichtbaar.forEach(c -> getoond.put(c.betrokkeneId(), EnumSet.of(Categorie.HULPVERLENING)));
                return new Deelwerk.Deel<>(zichtbaar, getoond);
            });
        });
    }

    public Uni<Contactmoment.View> vastleggen(Actor actor, UUID zaakId, Contactmoment.Vastlegging c) {
        Invoer.vereist(c);
        Invoer.valideer(validator, c);
        if (!c.bereikt() && c.medewerking() != null) {
            throw ProblemException.invalid("medewerking", "alleen als de persoon bereikt is");
        }
        if (c.bereikt() && c.medewerking() == null) {
            throw ProblemException.invalid("medewerking", "verplicht als de persoon bereikt is (JA, DEELS of NEE)");
        }
        return toegang.werk(actor, zaakId, AuditActie.CONTACTMOMENT_VASTGELEGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = Zorgrechten.persoon(h, c.betrokkeneId(), "betrokkeneId");
            boolean politie = Politiegesprek.vereis(actor, p, c.vorm());
            if (!politie) {
                Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.CONTACTMOMENT, p);
            }
            if (!politie && !inzage.besluit().mag(Categorie.HULPVERLENING, p.id())) {
                throw ProblemException.forbidden("Een contactmoment vastleggen vraagt dat u de hulpverleningsgegevens van "
                        + "deze persoon mag zien (toestemming van de betrokkene).");
            }
            Zorgrechten.open(actor, h, now);
            LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
            if (c.datum().isAfter(vandaag)) {
                throw ProblemException.invalid("datum", "ligt in de toekomst");
            }
            if (c.datum().isBefore(LocalDate.ofInstant(h.opgelegdOp(), Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("datum", "ligt voor de oplegging van het huisverbod");
            }
            Contactmoment.View view = new Contactmoment.View(UUID.randomUUID(), zaakId, p.id(), c.datum(), c.vorm(),
                    c.bereikt(), c.medewerking(), actor.gebruikersnaam(), actor.organisatie(), now, List.of());
            return repository.insert(conn, view)
                    .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.CONTACTMOMENT_VASTGELEGD, actor, now,
                            new JsonObject().put("contactmomentId", view.id().toString())
                                    .put("betrokkeneId", p.id().toString()).put("bereikt", c.bereikt())))
                    // the police read back only what they wrote themselves: their line names no care data shown
                    .replaceWith(new Deelwerk.Deel<>(view,
                            Map.of(p.id(), politie ? Set.<Categorie>of() : Set.of(Categorie.HULPVERLENING))));
        });
    }
}
