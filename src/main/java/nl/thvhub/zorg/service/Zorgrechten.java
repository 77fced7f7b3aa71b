package nl.thvhub.zorg.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.Versiecontrole;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;

/**
 * Who writes which part of the care record (issue 20, point 6), as pure rules: the assigned coordinator everything; the
 * assigned gezinsmanager the plans, the children's analysis, the network, referrals and contacts; Veilig Thuis its
 * analysis and the network it knows at hand-over; the assigned Reclassering and GGZ worker referrals and contacts. What
 * a writer may write of a person is further bounded by what the policy lets it see of that person (the service checks).
 * The follow-through — check-ins and the monitoring report — is the coordinator's; the zorgadvies for ZSM also the
 * gezinsmanager's.
 */
public final class Zorgrechten {

    /** The parts of the record. */
    public enum Onderdeel {
        PROBLEEMANALYSE, PLAN, VERWIJZING, CONTACTMOMENT, NETWERK, PEILMOMENT, EINDRAPPORT, ZORGADVIES, GESPREK, NAZORG
    }

    private Zorgrechten() {
    }

    /**
     * Whether the actor may write this part; {@code persoon} is the person it is about (null for a part about the
     * family). A coordinator writes the record of the persons the own assignment covers (the victims' coordinator theirs,
     * the UHG's coordinator his) and, as every coordinator of the case, the parts about the family.
     */
    public static boolean magSchrijven(Actor actor, Huisverbod zaak, Onderdeel onderdeel, Huisverbod.Betrokkene persoon) {
        boolean coordinator = actor.rol().isCoordinator() && (persoon == null
                ? zaak.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR)
                : zaak.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR, persoon.id()));
        boolean gezinsmanager = actor.rol() == Rol.GEZINSMANAGER
                && zaak.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.GEZINSMANAGER);
        boolean veiligThuis = actor.rol() == Rol.VEILIG_THUIS && !actor.partnerSysteem();
        boolean behandelaar = (actor.rol() == Rol.RECLASSERING
                && zaak.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.RECLASSERING))
                || (actor.rol() == Rol.GGZ && zaak.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.GGZ));
        return switch (onderdeel) {
            case PROBLEEMANALYSE -> coordinator || veiligThuis || (gezinsmanager && persoon != null
                    && persoon.rol() == BetrokkeneRol.KIND);
            case PLAN -> coordinator || gezinsmanager;
            case NETWERK -> coordinator || gezinsmanager || veiligThuis;
            case VERWIJZING, CONTACTMOMENT -> coordinator || gezinsmanager || behandelaar;
            case PEILMOMENT, EINDRAPPORT -> coordinator;
            case ZORGADVIES -> coordinator || gezinsmanager;
            // the coordinator and the gezinsmanager hold joint conversations and read each other's reports (issue 35.5)
            case GESPREK, NAZORG -> coordinator || gezinsmanager;
        };
    }

    /** 403 unless the actor may write the part; the detail says who may. */
    public static void vereis(Actor actor, Huisverbod zaak, Onderdeel onderdeel, Huisverbod.Betrokkene persoon) {
        if (!magSchrijven(actor, zaak, onderdeel, persoon)) {
            throw ProblemException.forbidden(switch (onderdeel) {
                case PROBLEEMANALYSE ->
                    "De probleemanalyse schrijven de zorgcoordinator van de betrokkene, Veilig Thuis en, voor "
                            + "de kinderen, de gezinsmanager van de zaak.";
                case PLAN -> "De plannen schrijven de zorgcoordinator en de gezinsmanager van de zaak.";
                case NETWERK -> "Het netwerk schrijven de zorgcoordinator en de gezinsmanager van de zaak en Veilig Thuis.";
                case VERWIJZING, CONTACTMOMENT -> "Verwijzingen en contactmomenten schrijven de zorgcoordinator van de "
                        + "betrokkene, de "
                        + "gezinsmanager en de toegewezen Reclassering- of GGZ-medewerker van de zaak.";
                case PEILMOMENT, EINDRAPPORT -> "De monitoring legt de zorgcoordinator van de zaak vast.";
                case ZORGADVIES -> "Het zorgadvies voor ZSM geven de zorgcoordinator en de gezinsmanager van de zaak.";
                case GESPREK -> "Gespreksverslagen leggen de zorgcoordinator en de gezinsmanager van de zaak vast.";
                case NAZORG -> "Nazorg (ICM) houden de zorgcoordinator en de gezinsmanager van de zaak.";
            });
        }
    }

    /** A closed or withdrawn case gets nothing new in its record: 409. */
    public static void open(Huisverbod zaak, Instant now) {
        open(null, zaak, now);
    }

    /**
     * As {@link #open(Huisverbod, Instant)}, except that a closed case stays writable for the owner of a care track
     * that runs on after closing (issue 35.2 and 35.3: the gezinsmanager who carries on, an ICM track), within what the
     * owner's role writes anyway.
     */
    public static void open(Actor actor, Huisverbod zaak, Instant now) {
        Status status = zaak.status(now);
        if (status == Status.AFGESLOTEN && actor != null && nazorgEigenaar(actor, zaak)) {
            return;
        }
        if (status == Status.AFGESLOTEN || status == Status.INGETROKKEN) {
            throw ProblemException.conflict("Een afgesloten of ingetrokken zaak krijgt geen nieuwe zorggegevens.",
                    status.name(), List.of());
        }
    }

    /** Whether the actor owns a care track that runs on after the case closed. */
    public static boolean nazorgEigenaar(Actor actor, Huisverbod zaak) {
        return zaak.signalen().opvolging().nazorg().stream().anyMatch(
                n -> n.eigenaar().equals(actor.gebruikersnaam()) && n.organisatie() == actor.organisatie());
    }

    /** The person of the case a path names; another id is 404, as a missing resource. */
    public static Huisverbod.Betrokkene persoon(Huisverbod zaak, UUID betrokkeneId) {
        return zaak.betrokkenen().stream().filter(p -> p.id().equals(betrokkeneId)).findFirst()
                .orElseThrow(ProblemException::notFound);
    }

    /** The person of the case a body names; another id is 400 naming the field. */
    public static Huisverbod.Betrokkene persoon(Huisverbod zaak, UUID betrokkeneId, String veld) {
        return zaak.betrokkenen().stream().filter(p -> p.id().equals(betrokkeneId)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(veld, "geen betrokkene van deze zaak"));
    }

    /** 412 when the caller's {@code If-Match} version is not the current one; 428 without one on a document that exists. */
    public static void versie(Integer gevraagd, int huidig) {
        if (gevraagd != null && gevraagd == ONVOORWAARDELIJK) {
            return;
        }
        Versiecontrole.vereist(Versiecontrole.Onderwerp.ONDERDEEL, gevraagd, huidig);
        Versiecontrole.klopt(Versiecontrole.Onderwerp.ONDERDEEL, gevraagd, huidig);
    }

    /** The deprecated free-text endpoint replaces the plans unconditionally: its own If-Match is on the case. */
    public static final int ONVOORWAARDELIJK = -1;

    /**
     * What a part about the whole family discloses (a plan, the check-ins, the report, the advice): the category for
     * every person of the case, so its audit lines name each of them.
     */
    public static java.util.Map<UUID, java.util.Set<nl.thvhub.privacy.Categorie>> gezin(Huisverbod zaak,
            nl.thvhub.privacy.Categorie categorie) {
        java.util.Map<UUID, java.util.Set<nl.thvhub.privacy.Categorie>> m = new java.util.HashMap<>();
        zaak.betrokkenen().forEach(p -> m.put(p.id(), java.util.Set.of(categorie)));
        return m;
    }

    public static ProblemException gelijktijdig() {
        return ProblemException.preconditionFailed("Dit onderdeel is intussen gewijzigd; lees het opnieuw.");
    }
}
