package nl.thvhub.uhg.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;

/**
 * Who writes what about the UHG, as pure rules: where he stays the police (they enforce), Veilig Thuis, the coordinators
 * and the OM (each only where the policy shows them the place: the victims' coordinator does not); the shelter decision
 * Veilig Thuis alone. The path's person must be the case's UHG.
 */
public final class Uhgrechten {

    private static final Set<Rol> VERBLIJF_SCHRIJVERS = Set.of(Rol.POLITIE_THV, Rol.WIJKAGENT, Rol.VEILIG_THUIS,
            Rol.ZORGCOORDINATOR, Rol.SOCIAAL_TEAM, Rol.OM_ZSM);

    private Uhgrechten() {
    }

    /** Whether this role records where the UHG stays. */
    public static boolean magVerblijfSchrijven(Rol rol) {
        return VERBLIJF_SCHRIJVERS.contains(rol);
    }

    /** Whether this role is the police's (they answer a request for help). */
    public static boolean isPolitie(Rol rol) {
        return rol.isPolitie();
    }

    /** Whether this role decides on shelter for the UHG. */
    public static boolean magOpvangBesluiten(Actor actor) {
        return actor.rol() == Rol.VEILIG_THUIS;
    }

    /** The UHG the path names: another person of the case is 400 naming the field, someone else 404. */
    static Huisverbod.Betrokkene uhg(Huisverbod zaak, UUID betrokkeneId) {
        Huisverbod.Betrokkene p = zaak.betrokkenen().stream().filter(b -> b.id().equals(betrokkeneId)).findFirst()
                .orElseThrow(ProblemException::notFound);
        if (p.rol() != BetrokkeneRol.UITHUISGEPLAATSTE) {
            throw ProblemException.invalid("betrokkeneId", "niet de uithuisgeplaatste van deze zaak");
        }
        return p;
    }

    /** A date of a fact lies today or before. */
    static void nietInDeToekomst(LocalDate datum, String veld, Instant now) {
        if (datum.isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
            throw ProblemException.invalid(veld, "ligt in de toekomst");
        }
    }

    /** A closed or withdrawn case gets nothing new: 409. */
    static void open(Huisverbod zaak, Instant now) {
        Status status = zaak.status(now);
        if (status == Status.AFGESLOTEN || status == Status.INGETROKKEN) {
            throw ProblemException.conflict("Een afgesloten of ingetrokken zaak krijgt geen nieuwe gegevens over de "
                    + "uithuisgeplaatste.", status.name(), java.util.List.of());
        }
    }
}
