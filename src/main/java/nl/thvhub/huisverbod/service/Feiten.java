package nl.thvhub.huisverbod.service;

import java.util.List;
import java.util.Set;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Zaakfeiten;

/** The case described for the privacy engine and for event routing: place, assignments as hub roles, subjects. */
public final class Feiten {

    private Feiten() {
    }

    /** Routing facts for an event: place, coordinating organisation and assignees, no personal data. */
    public static Zaakfeiten van(Huisverbod h) {
        return new Zaakfeiten(h.id(), h.wijk(), h.gemeente().name(), h.coordinerendeOrganisatie(), h.afgeslotenOp(),
                toegewezen(h), List.of(),
                Set.of(), false, opdrachten(h));
    }

    /** Decision facts for one reader: also the subjects, this reader's consents and its emergency grant. */
    static Zaakfeiten van(HuisverbodRepository.Gelezen g) {
        Huisverbod h = g.zaak();
        List<Zaakfeiten.Persoon> personen = h.betrokkenen().stream()
                .map(b -> new Zaakfeiten.Persoon(b.id(), b.rol().name())).toList();
        return new Zaakfeiten(h.id(), h.wijk(), h.gemeente().name(), h.coordinerendeOrganisatie(), h.afgeslotenOp(),
                toegewezen(h), personen,
                g.toestemmingen(), g.noodtoegang(), opdrachten(h));
    }

    /** The same facts with an emergency grant in force (the grant being given in this transaction). */
    static Zaakfeiten metNoodtoegang(Zaakfeiten f) {
        return new Zaakfeiten(f.zaakId(), f.wijk(), f.gemeente(), f.coordinerendeOrganisatie(), f.afgeslotenOp(),
                f.toegewezen(),
                f.personen(), f.toestemmingen(), true, f.opdrachten());
    }

    /**
     * The case's open requests to an organisation: the OM's request for a Reclassering advice report until delivered,
     * withdrawn or lapsed, a warm hand-over to a hub partner until it confirmed receipt or its reach ended, and the
     * question to GGZ about one person until GGZ set that person's flag or it lapsed; each with the moment its reach ends.
     */
    private static List<Zaakfeiten.Opdracht> opdrachten(Huisverbod h) {
        List<Zaakfeiten.Opdracht> open = new java.util.ArrayList<>(3);
        Huisverbod.Adviesaanvraag advies = h.signalen().opvolging().reclasseringsadvies();
        if (advies != null && h.afgeslotenOp() == null) {
            open.add(new Zaakfeiten.Opdracht(Zaakfeiten.Opdracht.RECLASSERINGSADVIES, Organisatie.RECLASSERING,
                    advies.vervaltOp()));
        }
        // the receiver reads the hand-over package until it confirmed, and a set time after (issue 35.4): the end is the
        // reach's own moment either way
        if (h.overdracht() != null && h.overdracht().organisatie() != null && h.overdracht().bereikTot() != null) {
            open.add(new Zaakfeiten.Opdracht(Zaakfeiten.Opdracht.OVERDRACHT, h.overdracht().organisatie(),
                    h.overdracht().bereikTot()));
        }
        Huisverbod.GgzVraag vraag = h.signalen().opvolging().ggzVraag();
        if (vraag != null && h.afgeslotenOp() == null && !h.ggzVraagBeantwoord()) {
            // open until GGZ answers with the person's flag, at the latest until it lapses (the decision compares tot)
            open.add(new Zaakfeiten.Opdracht(Zaakfeiten.Opdracht.GGZ_BEKEND, Organisatie.GGZ, vraag.vervaltOp(),
                    vraag.betrokkeneId()));
        }
        return List.copyOf(open);
    }

    private static List<Zaakfeiten.Toegewezene> toegewezen(Huisverbod h) {
        return h.toewijzingen().stream()
                .map(t -> new Zaakfeiten.Toegewezene(rolVan(t), t.gebruikersnaam(), t.organisatie(), t.betrokkenen()))
                .toList();
    }

    private static Rol rolVan(Huisverbod.Toewijzing t) {
        return switch (t.rol()) {
            case ZORGCOORDINATOR -> t.organisatie() == Organisatie.SOCIAAL_TEAM_AA ? Rol.SOCIAAL_TEAM : Rol.ZORGCOORDINATOR;
            case GEZINSMANAGER -> Rol.GEZINSMANAGER;
            case RECLASSERING -> Rol.RECLASSERING;
            case GGZ -> Rol.GGZ;
        };
    }
}
