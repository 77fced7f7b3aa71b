package nl.thvhub.platform.security;

import java.util.Optional;

/** Partner organisations as they appear in the token claim {@code organisatie} (SPEC §5). */
public enum Organisatie {

    POLITIE, OM, VEILIG_THUIS, BLIJF_GROEP, SOCIAAL_TEAM_AA, JBRA, WSJJ, RECLASSERING, GGZ, GEMEENTE;

    public static Optional<Organisatie> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The role whose sharing rules apply to a partner system of this organisation. Partner systems act for their
     * organisation, so they get that organisation's role and never more.
     */
    public Rol actingRole() {
        return switch (this) {
            case POLITIE -> Rol.POLITIE_THV;
            case OM -> Rol.OM_ZSM;
            case VEILIG_THUIS -> Rol.VEILIG_THUIS;
            case BLIJF_GROEP -> Rol.ZORGCOORDINATOR;
            case SOCIAAL_TEAM_AA -> Rol.SOCIAAL_TEAM;
            case JBRA, WSJJ -> Rol.GEZINSMANAGER;
            case RECLASSERING -> Rol.RECLASSERING;
            case GGZ -> Rol.GGZ;
            case GEMEENTE -> Rol.GEMEENTE;
        };
    }
}
