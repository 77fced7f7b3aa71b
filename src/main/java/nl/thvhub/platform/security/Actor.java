package nl.thvhub.platform.security;

/**
 * Who is asking, resolved once per request from the token: nothing downstream reads the token again.
 *
 * @param subject token {@code sub}, the stable id of the user or service account
 * @param gebruikersnaam {@code preferred_username}, used for assignments
 * @param rol the hub role whose rules apply (for a partner system: its organisation's role)
 * @param organisatie the organisation the actor works for
 * @param wijk the district of a wijkagent, else null
 * @param clientId token {@code azp}: the client (partner system or app) that sent the request
 * @param partnerSysteem whether the caller is a partner system acting through a service account
 * @param gemeenten the gemeenten a gemeente account acts for (token claim {@code gemeenten}; a regional account holds
 *            all), else empty
 */
public record Actor(String subject, String gebruikersnaam, Rol rol, Organisatie organisatie, String wijk, String clientId,
        boolean partnerSysteem, java.util.Set<String> gemeenten, boolean namens) {

    public Actor {
        gemeenten = gemeenten == null ? java.util.Set.of() : java.util.Set.copyOf(gemeenten);
    }

    /** A person, or a partner system acting for its whole organisation. */
    public Actor(String subject, String gebruikersnaam, Rol rol, Organisatie organisatie, String wijk, String clientId,
            boolean partnerSysteem, java.util.Set<String> gemeenten) {
        this(subject, gebruikersnaam, rol, organisatie, wijk, clientId, partnerSysteem, gemeenten, false);
    }

    /**
     * Whether a machine sends this request: a partner system, for its organisation or for a named employee (such a
     * request must carry an Idempotency-Key on every write, whoever it acts for).
     */
    public boolean systeem() {
        return partnerSysteem || namens;
    }

    /** An actor that acts for no gemeente in particular. */
    public Actor(String subject, String gebruikersnaam, Rol rol, Organisatie organisatie, String wijk, String clientId,
            boolean partnerSysteem) {
        this(subject, gebruikersnaam, rol, organisatie, wijk, clientId, partnerSysteem, java.util.Set.of());
    }

    /** The hub itself, for work it does on its own (scheduler, demo data). */
    public static Actor system() {
        return new Actor("thv-hub", "thv-hub", Rol.GEMEENTE, Organisatie.GEMEENTE, null, "thv-hub", false);
    }
}
