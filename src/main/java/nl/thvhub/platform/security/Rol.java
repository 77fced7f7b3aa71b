package nl.thvhub.platform.security;

import java.util.Optional;

/** The realm roles of the THV realm (SPEC §2); the code is the role name in the token. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Rol", enumeration = {"politie-thv", "wijkagent", "om-zsm",
        "veilig-thuis", "zorgcoordinator", "sociaal-team", "gezinsmanager", "reclassering", "ggz", "gemeente", "beleid", "fg",
        "partner-systeem"})
public enum Rol {

    POLITIE_THV("politie-thv"), WIJKAGENT("wijkagent"), OM_ZSM("om-zsm"), VEILIG_THUIS("veilig-thuis"), ZORGCOORDINATOR(
            "zorgcoordinator"), SOCIAAL_TEAM("sociaal-team"), GEZINSMANAGER("gezinsmanager"), RECLASSERING("reclassering"), GGZ(
                    "ggz"), GEMEENTE("gemeente"), BELEID("beleid"), FG("fg"), PARTNER_SYSTEEM("partner-systeem");

    /**
     * Every hub role, for {@code @RolesAllowed} on the operations any role may call (the service then decides by the
     * sharing policy): one definition, the property {@code rollen.alle}, which {@code RolTest} pins to this enum.
     */
    public static final String ALLE = "${rollen.alle}";

    /*
     * The role sets that recur in {@code @RolesAllowed}, each one property (application.properties), named for the rule
     * it stands for and pinned to that rule by RolsetsTest: a change of who may write a part of the record changes the
     * rule, the test then names the property to change, and every operation guarded by it follows.
     */

    /** The coordinators of care ({@link #isCoordinator()}): they write check-ins and the monitoring report. */
    public static final String COORDINATOREN = "${rollen.coordinatoren}";

    /** The coordinators and the gezinsmanager: plans, the care advice for ZSM, conversations, care after closing. */
    public static final String GEZINSZORG = "${rollen.gezinszorg}";

    /** Everyone who refers a person or records a contact: coordinators, gezinsmanager and the assigned practitioners. */
    public static final String ZORGVERLENERS = "${rollen.zorgverleners}";

    /** The writers of a person's problem analysis and network: coordinators, gezinsmanager and Veilig Thuis. */
    public static final String ANALYSE_EN_NETWERK = "${rollen.analyse-en-netwerk}";

    /** The police ({@link #isPolitie()}): address markers, violations, answers to requests for help. */
    public static final String POLITIE = "${rollen.politie}";

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String C_POLITIE_THV = "politie-thv";
    public static final String C_WIJKAGENT = "wijkagent";
    public static final String C_OM_ZSM = "om-zsm";
    public static final String C_VEILIG_THUIS = "veilig-thuis";
    public static final String C_ZORGCOORDINATOR = "zorgcoordinator";
    public static final String C_SOCIAAL_TEAM = "sociaal-team";
    public static final String C_GEZINSMANAGER = "gezinsmanager";
    public static final String C_RECLASSERING = "reclassering";
    public static final String C_GGZ = "ggz";
    public static final String C_GEMEENTE = "gemeente";
    public static final String C_BELEID = "beleid";
    public static final String C_FG = "fg";
    public static final String C_PARTNER_SYSTEEM = "partner-systeem";

    private final String code;

    Rol(String code) {
        this.code = code;
    }

    /** In JSON a role is its code, as in the token; GraphQL, whose enum values cannot hold a dash, uses the name. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
        return code;
    }

    /** A role stored by its code; an unknown code is a programming error, not input. */
    public static Rol uitCode(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown role " + code));
    }

    public static Optional<Rol> fromCode(String code) {
        for (Rol r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether this role coordinates care for a case (Blijf Groep or Sociaal Team AA). */
    public boolean isCoordinator() {
        return this == ZORGCOORDINATOR || this == SOCIAAL_TEAM;
    }

    /** Whether this role is the police's (the THV officer or the wijkagent). */
    public boolean isPolitie() {
        return this == POLITIE_THV || this == WIJKAGENT;
    }
}
