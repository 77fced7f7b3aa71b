package nl.thvhub.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.SharingPolicy;

/**
 * What the policy file prescribes a reader to miss on a case with a UHG, an achterblijver and a child, computed from the
 * YAML alone, independently of the engine: the expectation of the sharing matrix, through the API and in plain JUnit.
 */
public final class Deelverwachting {

    private Deelverwachting() {
    }

    /** The categories withheld for a reader under rule {@code r}, when every person consented or none did. */
    public static Set<String> onthouden(SharingPolicy.Regel r, boolean consented) {
        Set<String> withheld = new TreeSet<>();
        for (Categorie c : Categorie.values()) {
            boolean visible;
            if (r.categorieen().contains(c)) {
                Set<String> only = r.alleenVoor().get(c);
                visible = only == null
                        || (c == Categorie.IDENTITEIT ? only.containsAll(List.of("UITHUISGEPLAATSTE", "ACHTERBLIJVER")) : true);
            } else {
                visible = r.metToestemming().contains(c) && consented;
            }
            if (!visible) {
                withheld.add(c.name());
            }
        }
        return withheld;
    }
}
