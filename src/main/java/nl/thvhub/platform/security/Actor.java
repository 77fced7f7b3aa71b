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
        boolean partnerSysteem, java.util.Set<String> gemeenten) {

    public Actor {
        gemeenten = gemeenten == null ? java.util.Set.of() : java.util.Set.copyOf(gemeenten);
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
