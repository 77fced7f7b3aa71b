package nl.thvhub.uhg.service;

import java.time.LocalDate;
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
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * The UHG's coordinator asks the police for help and the police answer (issue 33.5), through the case's one door:
 * category POLITIEVERZOEK (the police, the UHG's coordinator). The open request is a task in both work queues — the
 * police's (the wijkagent of the case's wijk, or the THV desk) and the requester's — until it is answered.
 */
@ApplicationScoped
public class PolitieverzoekService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final Outbox outbox;
    private final UhgRepository repository;
    private final Validator validator;

    PolitieverzoekService(Zaaktoegang toegang, Zaakboek boek, Outbox outbox, UhgRepository repository,
            Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.outbox = outbox;
        this.repository = repository;
        this.validator = validator;
    }

    public Uni<List<Politieverzoek.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.POLITIEVERZOEKEN_LEZEN, Categorie.POLITIEVERZOEK,
                (conn, inzage, now) -> repository.politieverzoeken(conn, zaakId).map(l -> new Deelwerk.Deel<>(l,
                        getoond(l.stream().map(Politieverzoek.View::betrokkeneId).distinct().toList()))));
    }

    public Uni<Politieverzoek.View> vraag(Actor actor, UUID zaakId, Politieverzoek.Aanvraag a) {
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        if (!actor.rol().isCoordinator()) {
            throw ProblemException.forbidden("Een verzoek aan de politie doet de zorgcoordinator van de uithuisgeplaatste.");
        }
        return toegang.werk(actor, zaakId, AuditActie.POLITIEVERZOEK_GEVRAAGD, Categorie.POLITIEVERZOEK,
                (conn, inzage, now) -> {
                    Huisverbod h = inzage.zaak();
                    Huisverbod.Betrokkene uhg = h.uithuisgeplaatste().orElseThrow(() -> ProblemException
                            .conflict("Deze zaak noemt geen uithuisgeplaatste.", "GEEN_UHG", List.of()));
                    if (!h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR, uhg.id())) {
                        throw ProblemException.forbidden(
                                "Een verzoek aan de politie doet de zorgcoordinator van de uithuisgeplaatste.");
                    }
                    Uhgrechten.open(h, now);
                    if (a.termijn().isBefore(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                        throw ProblemException.invalid("termijn", "ligt in het verleden");
                    }
                    Politieverzoek.View v = new Politieverzoek.View(UUID.randomUUID(), zaakId, uhg.id(), a.soort(),
                            a.toelichting().trim(), a.termijn(), actor.gebruikersnaam(), actor.organisatie(), now, null,
                            null, null, null, null);
                    return repository.addPolitieverzoek(conn, v).chain(gelukt -> {
                        if (!gelukt) {
                            throw ProblemException.conflict("Er loopt al een verzoek aan de politie voor deze zaak; wacht "
                                    + "het antwoord af.", "VERZOEK_LOOPT", List.of());
                        }
                        return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.POLITIEVERZOEK_GEDAAN, actor, now,
                                new JsonObject().put("betrokkeneId", uhg.id().toString()).put("soort", a.soort().name())
                                        .put("termijn", a.termijn().toString()));
                    }).chain(() -> outbox.emit(conn, NotificatieType.POLITIEVERZOEK_GEDAAN, Feiten.van(h), actor, now))
                            .replaceWith(new Deelwerk.Deel<>(v, getoond(List.of(uhg.id()))));
                });
    }

    public Uni<Politieverzoek.View> beantwoord(Actor actor, UUID zaakId, UUID verzoekId, Politieverzoek.Antwoord a) {
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        if (!Uhgrechten.isPolitie(actor.rol())) {
            throw ProblemException.forbidden("Een verzoek aan de politie beantwoordt de politie.");
        }
        return toegang.werk(actor, zaakId, AuditActie.POLITIEVERZOEK_BEANTWOORD, Categorie.POLITIEVERZOEK,
                (conn, inzage, now) -> repository.politieverzoeken(conn, zaakId).chain(alle -> {
                    Politieverzoek.View v = alle.stream().filter(p -> p.id().equals(verzoekId)).findFirst()
                            .orElseThrow(ProblemException::notFound);
                    if (!v.open()) {
                        throw ProblemException.conflict("Dit verzoek is al beantwoord.", "BEANTWOORD", List.of());
                    }
                    String tekst = a.toelichting().trim();
                    return repository.answer(conn, verzoekId, a.uitkomst(), tekst, actor.gebruikersnaam(),
                            actor.organisatie(), now).chain(gelukt -> {
                                if (!gelukt) {
                                    throw ProblemException.conflict("Dit verzoek is al beantwoord.", "BEANTWOORD",
                                            List.of());
                                }
                                return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.POLITIEVERZOEK_BEANTWOORD, actor,
                                        now, new JsonObject().put("betrokkeneId", v.betrokkeneId().toString())
                                                .put("uitkomst", a.uitkomst().name()));
                            })
                            .chain(() -> outbox.emit(conn, NotificatieType.POLITIEVERZOEK_BEANTWOORD,
                                    Feiten.van(inzage.zaak()), actor, now))
                            .replaceWith(new Deelwerk.Deel<>(new Politieverzoek.View(v.id(), v.huisverbodId(),
                                    v.betrokkeneId(), v.soort(), v.toelichting(), v.termijn(), v.gevraagdDoor(),
                                    v.gevraagdOrganisatie(), v.gevraagdOp(), a.uitkomst(), tekst, actor.gebruikersnaam(),
                                    actor.organisatie(), now), getoond(List.of(v.betrokkeneId()))));
                }));
    }

    private static Map<UUID, Set<Categorie>> getoond(List<UUID> personen) {
        Map<UUID, Set<Categorie>> m = new java.util.HashMap<>();
        personen.forEach(p -> m.put(p, Set.of(Categorie.POLITIEVERZOEK)));
        return m;
    }
}
