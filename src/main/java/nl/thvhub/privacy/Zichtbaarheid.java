package nl.thvhub.privacy;

import java.time.Instant;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Which cases a reader may see at all, in a form a repository turns into SQL, so lists filter in the database and
 * never load foreign cases. {@code gesloten na} is the retention cut-off: cases closed before it are out of reach.
 */
public record Zichtbaarheid(Scope scope, Rol rol, String gebruikersnaam, Organisatie organisatie, boolean partnerSysteem,
        String wijk,
        Instant geslotenNa) {
}
