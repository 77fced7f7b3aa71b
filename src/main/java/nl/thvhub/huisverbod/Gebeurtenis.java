package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * One entry of a case's append-only lifecycle history: what happened, when, and who did it for which organisation. Who
 * did it is withheld (null, its category in {@code onthouden}) where naming the author reveals an involvement the reader
 * may not see (a GGZ worker's entry about a person whose GGZ data the reader does not see).
 */
public record Gebeurtenis(@NotNull long id, @NotNull Instant tijdstip, @NotNull Gebeurtenissoort soort, String actor, Rol rol,
        Organisatie organisatie, @NotNull Map<String, Object> details,
        @NotNull java.util.List<nl.thvhub.privacy.@NotNull Categorie> onthouden) {

    /** The same entry without its author, naming the category withheld. */
    public Gebeurtenis zonderAuteur(nl.thvhub.privacy.Categorie categorie) {
        java.util.List<nl.thvhub.privacy.Categorie> alles = new java.util.ArrayList<>(onthouden);
        if (!alles.contains(categorie)) {
            alles.add(categorie);
        }
        return new Gebeurtenis(id, tijdstip, soort, null, null, null, details, alles.stream().sorted().toList());
    }
}
