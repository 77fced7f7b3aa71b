package nl.thvhub.uhg.service;

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
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.OpdrachtConfig;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.service.ToestemmingService;
import nl.thvhub.uhg.GgzVraag;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * The coordinator asks the GGZ organisation whether it knows a person the coordinator covers (issue 33.6), only with
 * that person's consent that GGZ may know who is asked about (IDENTITEIT to GGZ for ggz-behandeling, as the policy's GGZ
 * rule needs it). The question puts GGZ's queue in reach of that person (policy opdracht GGZ_BEKEND) until GGZ answers
 * with the person's GGZ flag or the question lapses; one open question per case.
 */
@ApplicationScoped
public class GgzVraagService {

    static final String GGZ_DOEL = "ggz-behandeling";

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final UhgRepository repository;
    private final ToestemmingService toestemmingen;
    private final OpdrachtConfig config;
    private final Validator validator;

    GgzVraagService(Zaaktoegang toegang, Zaakboek boek, UhgRepository repository, ToestemmingService toestemmingen,
            OpdrachtConfig config, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.toestemmingen = toestemmingen;
        this.config = config;
        this.validator = validator;
    }

    public Uni<GgzVraag.View> vraag(Actor actor, UUID zaakId, GgzVraag.Aanvraag a) {
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        if (!actor.rol().isCoordinator()) {
            throw ProblemException.forbidden("Of de GGZ een persoon kent vraagt zijn zorgcoordinator.");
        }
        return toegang.werk(actor, zaakId, AuditActie.GGZ_BEKEND_GEVRAAGD, Categorie.KERN, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = h.betrokkenen().stream().filter(b -> b.id().equals(a.betrokkeneId())).findFirst()
                    .orElseThrow(() -> ProblemException.invalid("betrokkeneId", "geen betrokkene van deze zaak"));
            if (!h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR, p.id())) {
                throw ProblemException.forbidden("Of de GGZ een persoon kent vraagt de zorgcoordinator van die persoon.");
            }
            Uhgrechten.open(h, now);
            if (h.ggzVraagOpen(now)) {
                throw ProblemException.conflict("Er loopt al een vraag aan de GGZ voor deze zaak; wacht het antwoord af.",
                        "VRAAG_LOOPT", List.of());
            }
            return toestemmingen.geldig(conn, p.id(), Categorie.IDENTITEIT, Organisatie.GGZ, GGZ_DOEL, now).chain(ja -> {
                if (!ja) {
                    throw ProblemException.conflict("De betrokkene gaf geen toestemming dat de GGZ weet over wie het gaat "
                            + "(toestemming IDENTITEIT aan GGZ voor ggz-behandeling); leg die eerst vast.",
                            "GEEN_TOESTEMMING", List.of());
                }
                GgzVraag.View v = new GgzVraag.View(UUID.randomUUID(), zaakId, p.id(), Invoer.tekst(a.vraag()),
                        actor.gebruikersnaam(), actor.organisatie(), now, now.plus(config.ggzVraagBereik()));
                return repository.addGgzVraag(conn, v)
                        .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.GGZ_BEKEND_GEVRAAGD, actor, now,
                                new JsonObject().put("betrokkeneId", p.id().toString())))
                        .replaceWith(new Deelwerk.Deel<>(v, Map.of(p.id(), Set.<Categorie>of())));
            });
        });
    }
}
