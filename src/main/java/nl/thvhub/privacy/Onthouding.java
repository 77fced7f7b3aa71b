package nl.thvhub.privacy;

import java.util.UUID;

/**
 * One withheld category, explained: about the case ({@code betrokkeneId} null) or about one person, why, and the legal
 * basis of the reader's rule that bounds what it opens (the policy file's own text and article).
 */
public record Onthouding(Categorie categorie, UUID betrokkeneId, Onthoudingsreden reden, String grondslag) {
}
