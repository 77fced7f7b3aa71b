package nl.thvhub.huisverbod.service;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Who may assign whom to a case, decided for a reader who is already in scope of it. Veilig Thuis hands a case over
 * (coordinator, gezinsmanager); only the professional currently assigned in a role hands that role to a colleague of
 * the own organisation; the case's coordinator invites GGZ and Reclassering; nobody assigns themselves. A pure rule, so
 * it is tested without a server.
 */
final class Toewijzingsrecht {

    private Toewijzingsrecht() {
    }

    /** The organisation the new assignee acts for; 403 when the actor may not make this assignment. */
    static Organisatie organisatie(Actor actor, Huisverbod h, Opdrachten.Toewijzen o) {
        if (!actor.partnerSysteem() && o.gebruikersnaam().equalsIgnoreCase(actor.gebruikersnaam())) {
            // a self-assignment would open the case (shelter address included) on nobody's word but one's own
            throw ProblemException.forbidden("Niemand wijst zichzelf toe; vraag Veilig Thuis of de huidige toegewezene.");
        }
        boolean coordinatorVanZaak = actor.rol().isCoordinator()
                && h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR);
        boolean houderVanRol = h.isToegewezenAan(actor.gebruikersnaam(), o.rol()) && rolPast(actor.rol(), o.rol());
        switch (o.rol()) {
            case ZORGCOORDINATOR -> {
                if (actor.rol() == Rol.VEILIG_THUIS || houderVanRol) {
                    return h.coordinerendeOrganisatie();
                }
            }
            case GEZINSMANAGER -> {
                if (actor.rol() == Rol.VEILIG_THUIS) {
                    if (o.organisatie() != Organisatie.JBRA && o.organisatie() != Organisatie.WSJJ) {
                        throw ProblemException.invalid("organisatie",
                                "JBRA of WSJJ: de gecertificeerde instelling van de gezinsmanager");
                    }
                    return o.organisatie();
                }
                if (houderVanRol) {
                    return actor.organisatie();
                }
            }
            case RECLASSERING, GGZ -> {
                if (coordinatorVanZaak) {
                    return o.rol() == ToewijzingRol.GGZ ? Organisatie.GGZ : Organisatie.RECLASSERING;
                }
                if (houderVanRol) {
                    return actor.organisatie();
                }
            }
        }
        throw ProblemException.forbidden("U mag voor deze zaak geen " + o.rol() + " toewijzen.");
    }

    /**
     * The persons a new assignment covers (empty: everyone). Only a coordinator's may name persons, each of the case
     * (400 naming {@code betrokkenen} otherwise); a holder who hands the own coordination over without naming persons
     * hands over what the own assignment covered.
     */
    static java.util.List<java.util.UUID> dekking(Actor actor, Huisverbod h, Opdrachten.Toewijzen o) {
        if (o.betrokkenen() == null) {
            if (o.rol() == ToewijzingRol.ZORGCOORDINATOR) {
                return h.toewijzingen(o.rol()).stream()
                        .filter(t -> t.gebruikersnaam().equals(actor.gebruikersnaam())).findFirst()
                        .map(Huisverbod.Toewijzing::betrokkenen).orElse(java.util.List.of());
            }
            return java.util.List.of();
        }
        if (o.rol() != ToewijzingRol.ZORGCOORDINATOR) {
            throw ProblemException.invalid("betrokkenen", "alleen een zorgcoordinator dekt een deel van de betrokkenen");
        }
        if (o.betrokkenen().isEmpty()) {
            throw ProblemException.invalid("betrokkenen", "noem ten minste een betrokkene, of laat het veld weg voor iedereen");
        }
        java.util.Set<java.util.UUID> vanZaak = new java.util.HashSet<>();
        h.betrokkenen().forEach(b -> vanZaak.add(b.id()));
        java.util.List<java.util.UUID> uniek = o.betrokkenen().stream().distinct().toList();
        if (!vanZaak.containsAll(uniek)) {
            throw ProblemException.invalid("betrokkenen", "geen betrokkene van deze zaak");
        }
        return uniek.size() == vanZaak.size() ? java.util.List.of() : uniek;
    }

    /**
     * What an existing assignment of the same role keeps once a new one is made: null when they cover nobody in common
     * (it stays), empty when the new one covers all it covered (it ends), else the persons it still covers (narrowed).
     */
    static java.util.List<java.util.UUID> rest(Huisverbod h, Huisverbod.Toewijzing oud, Huisverbod.Toewijzing nieuw) {
        java.util.List<java.util.UUID> gedekt = h.betrokkenen().stream().map(Huisverbod.Betrokkene::id)
                .filter(oud::dekt).toList();
        if (gedekt.stream().noneMatch(nieuw::dekt)) {
            return null;
        }
        return gedekt.stream().filter(id -> !nieuw.dekt(id)).toList();
    }

    /** Whether a hub role is the one that holds an assignment role (a coordinator of either coordinating organisation). */
    private static boolean rolPast(Rol rol, ToewijzingRol toewijzing) {
        return switch (toewijzing) {
            case ZORGCOORDINATOR -> rol.isCoordinator();
            case GEZINSMANAGER -> rol == Rol.GEZINSMANAGER;
            case RECLASSERING -> rol == Rol.RECLASSERING;
            case GGZ -> rol == Rol.GGZ;
        };
    }
}
