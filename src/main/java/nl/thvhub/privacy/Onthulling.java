package nl.thvhub.privacy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an assignment, a history entry, a single view field, an event or a task reveals, as a category of the sharing policy.
 * Anything the file does not list has no category and is never shown (fail closed).
 */
public record Onthulling(Map<String, Categorie> toewijzing, Map<String, Categorie> geschiedenis,
        Map<String, Categorie> velden, Map<String, Categorie> events, Set<String> alleenFg, Map<String, Categorie> auteur,
        Map<String, Categorie> taken) {

    public static final Onthulling LEEG = new Onthulling(Map.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(),
            Map.of());

    public Onthulling {
        toewijzing = toewijzing == null ? Map.of() : Map.copyOf(toewijzing);
        geschiedenis = geschiedenis == null ? Map.of() : Map.copyOf(geschiedenis);
        velden = velden == null ? Map.of() : Map.copyOf(velden);
        events = events == null ? Map.of() : Map.copyOf(events);
        alleenFg = alleenFg == null ? Set.of() : Set.copyOf(alleenFg);
        auteur = auteur == null ? Map.of() : Map.copyOf(auteur);
        taken = taken == null ? Map.of() : Map.copyOf(taken);
    }

    /** What a task of this kind reveals (a first contact not made: that help is sought for that person). */
    public Optional<Categorie> vanTaak(String soort) {
        return Optional.ofNullable(taken.get(soort));
    }

    /** What it reveals that an entry was written by someone of this organisation (a GGZ worker: GGZ involvement). */
    public Optional<Categorie> vanAuteur(String organisatie) {
        return Optional.ofNullable(organisatie == null ? null : auteur.get(organisatie));
    }

    public Optional<Categorie> vanToewijzing(String rol) {
        return Optional.ofNullable(toewijzing.get(rol));
    }

    public Optional<Categorie> vanGeschiedenis(String soort) {
        return Optional.ofNullable(geschiedenis.get(soort));
    }

    public Optional<Categorie> vanVeld(String veld) {
        return Optional.ofNullable(velden.get(veld));
    }

    public Optional<Categorie> vanEvent(String type) {
        return Optional.ofNullable(events.get(type));
    }
}
