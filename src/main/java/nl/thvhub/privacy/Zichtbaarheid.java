package nl.thvhub.privacy;

import java.time.Instant;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Where;

/**
 * Which cases a reader may see at all: the scope rule of the sharing policy, written once for Java ({@link #omvat}, one
 * case in memory) and once for SQL ({@link #beperk}, lists filtered in the database, so foreign cases are never loaded).
 * The two sit side by side here and a database test holds them to each other on the same data. {@code geslotenNa} is
 * the retention cut-off: cases closed before it are out of reach (null for the gemeente, which keeps its decisions).
 */
public record Zichtbaarheid(Scope scope, Rol rol, String gebruikersnaam, Organisatie organisatie, boolean partnerSysteem,
        String wijk, java.util.Set<String> gemeenten, Instant geslotenNa) {

    public Zichtbaarheid {
        gemeenten = gemeenten == null ? java.util.Set.of() : java.util.Set.copyOf(gemeenten);
    }

    /** Whether the case lies in this reader's scope (without an emergency grant). */
    public boolean omvat(Zaakfeiten zaak) {
        if (zaak.afgeslotenOp() != null && geslotenNa != null && !zaak.afgeslotenOp().isAfter(geslotenNa)) {
            return false;
        }
        return switch (scope) {
            case ALTIJD -> true;
            // a gemeente account acting for some gemeenten reads their cases; a regional account (no claim) all
            case EIGEN_GEMEENTE -> gemeenten.isEmpty() || gemeenten.contains(zaak.gemeente());
            case EIGEN_WIJK -> zaak.afgeslotenOp() == null && wijk != null && wijk.equals(zaak.wijk());
            case TOEGEWEZEN -> partnerSysteem
                    ? zaak.coordinerendeOrganisatie() == organisatie
                            || zaak.toegewezen().stream().anyMatch(t -> t.organisatie() == organisatie)
                    : zaak.toegewezen().stream().anyMatch(t -> t.rol() == rol && t.organisatie() == organisatie
                            && t.gebruikersnaam().equals(gebruikersnaam));
        };
    }

    /** The same rule as conditions on {@code huisverbod h} (and its active {@code toewijzing} rows). */
    public Where beperk(Where where) {
        if (geslotenNa != null) {
            where.en("(h.afgesloten_op is null or h.afgesloten_op > ?)", nl.thvhub.platform.Tijd.odt(geslotenNa));
        }
        switch (scope) {
            case ALTIJD -> {
            }
            case EIGEN_GEMEENTE -> {
                if (!gemeenten.isEmpty()) {
                    // one array parameter (passed as varargs it would spread into one value per gemeente)
                    Object lijst = gemeenten.stream().sorted().toArray(String[]::new);
                    where.en("h.gemeente = any(?::varchar[])", lijst);
                }
            }
            case EIGEN_WIJK -> where.en("h.wijk = ? and h.afgesloten_op is null", wijk);
            case TOEGEWEZEN -> {
                if (partnerSysteem) {
                    String org = where.param(organisatie.name());
                    where.en("(h.coordinerende_organisatie = " + org + " or exists (select 1 from toewijzing t"
                            + " where t.huisverbod_id = h.id and t.beeindigd_op is null and t.organisatie = " + org + "))");
                } else {
                    where.en("exists (select 1 from toewijzing t where t.huisverbod_id = h.id and t.beeindigd_op is null"
                            + " and t.organisatie = ? and t.gebruikersnaam = ? and t.rol = ?)", organisatie.name(),
                            gebruikersnaam, toewijzingsrol(rol));
                }
            }
        }
        return where;
    }

    /**
     * The assignment that gives a personal role its scope, as stored in {@code toewijzing.rol}; a coordinator of the
     * Sociaal Team holds a ZORGCOORDINATOR assignment of its own organisation.
     */
    public static String toewijzingsrol(Rol rol) {
        return switch (rol) {
            case ZORGCOORDINATOR, SOCIAAL_TEAM -> "ZORGCOORDINATOR";
            case GEZINSMANAGER -> "GEZINSMANAGER";
            case RECLASSERING -> "RECLASSERING";
            case GGZ -> "GGZ";
            default -> throw new IllegalArgumentException("role " + rol + " has no assignment-based scope");
        };
    }
}
