package nl.thvhub.zorg.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Gesprek;
import nl.thvhub.zorg.persistence.GesprekRepository;

/**
 * Conversation records (issue 35.5): written by the case's coordinators and gezinsmanager, who read each other's; a
 * record is about every person who took part (about the family when none did), so a reader sees it only with the help
 * data of each of them, and its audit lines name each of them.
 */
@ApplicationScoped
public class GesprekService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final GesprekRepository repository;
    private final Validator validator;

    GesprekService(Zaaktoegang toegang, Zaakboek boek, GesprekRepository repository, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.validator = validator;
    }

    /** The records the reader may see, newest first; the others are left out without a trace. */
    public Uni<List<Gesprek.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.GESPREKKEN_LEZEN, null, (conn, inzage, now) -> {
            Besluit b = inzage.besluit();
            if (!b.magIets(Categorie.HULPVERLENING)) {
                throw ProblemException.forbidden("Gespreksverslagen zijn voor uw rol onthouden (categorie HULPVERLENING).");
            }
            return repository.list(conn, zaakId).map(alle -> {
                List<Gesprek.View> zichtbaar = alle.stream().filter(g -> magZien(b, g.deelnemers().betrokkenen())).toList();
                Map<UUID, Set<Categorie>> getoond = new HashMap<>();
                zichtbaar.forEach(g -> getoond.putAll(over(inzage.zaak(), g.deelnemers().betrokkenen())));
                return new Deelwerk.Deel<>(zichtbaar, getoond);
            });
        });
    }

    public Uni<Gesprek.View> vastleggen(Actor actor, UUID zaakId, Gesprek.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        List<UUID> ids = v.deelnemers().betrokkenen() == null ? List.of() : v.deelnemers().betrokkenen();
        List<Organisatie> organisaties = v.deelnemers().organisaties() == null ? List.of() : v.deelnemers().organisaties();
        if (ids.stream().anyMatch(java.util.Objects::isNull) || new HashSet<>(ids).size() != ids.size()) {
            throw ProblemException.invalid("deelnemers.betrokkenen", "noemt een persoon leeg of meer dan eens");
        }
        if (organisaties.stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(organisaties).size() != organisaties.size()) {
            throw ProblemException.invalid("deelnemers.organisaties", "noemt een organisatie leeg of meer dan eens");
        }
        if (ids.isEmpty() && organisaties.isEmpty()) {
            throw ProblemException.invalid("deelnemers", "ten minste een betrokkene of organisatie");
        }
        return toegang.werk(actor, zaakId, AuditActie.GESPREK_VASTGELEGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            List<UUID> personen = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                personen.add(Zorgrechten.persoon(h, ids.get(i), "deelnemers.betrokkenen[" + i + "]").id());
            }
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.GESPREK, null);
            if (!magZien(inzage.besluit(), personen)) {
                throw ProblemException.forbidden("Een gespreksverslag vastleggen vraagt dat u de hulpverleningsgegevens mag "
                        + "zien van elke betrokkene die deelnam (toestemming van de betrokkene).");
            }
            Zorgrechten.open(actor, h, now);
            LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
            if (v.datum().isAfter(vandaag)) {
                throw ProblemException.invalid("datum", "ligt in de toekomst");
            }
            if (v.datum().isBefore(LocalDate.ofInstant(h.opgelegdOp(), Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("datum", "ligt voor de oplegging van het huisverbod");
            }
            Gesprek.View g = new Gesprek.View(UUID.randomUUID(), zaakId, v.soort(), v.datum(),
                    new Gesprek.Deelnemers(List.copyOf(personen), List.copyOf(organisaties)), v.verslag().trim(),
                    actor.gebruikersnaam(), actor.organisatie(), now);
            return repository.insert(conn, g)
                    .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.GESPREK_VASTGELEGD, actor, now,
                            new JsonObject().put("gesprekId", g.id().toString()).put("soort", g.soort().name())
                                    .put("datum", g.datum().toString())))
                    .replaceWith(new Deelwerk.Deel<>(g, over(h, personen)));
        });
    }

    /** A record about these persons (the family when none): the help data of each of them, or of the case. */
    private static boolean magZien(Besluit b, List<UUID> personen) {
        return personen.isEmpty()
                ? b.mag(Categorie.HULPVERLENING)
                : personen.stream().allMatch(p -> b.mag(Categorie.HULPVERLENING, p));
    }

    private static Map<UUID, Set<Categorie>> over(Huisverbod h, List<UUID> personen) {
        if (personen.isEmpty()) {
            return Zorgrechten.gezin(h, Categorie.HULPVERLENING);
        }
        Map<UUID, Set<Categorie>> m = new HashMap<>();
        personen.forEach(p -> m.put(p, Set.of(Categorie.HULPVERLENING)));
        return m;
    }
}
