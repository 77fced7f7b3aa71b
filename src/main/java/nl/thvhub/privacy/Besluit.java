package nl.thvhub.privacy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The outcome of deciding one reader's access to one case: whether it is visible, and per category (and per subject)
 * what may be shown. Views ask it field by field; it also names the withheld categories for {@code onthouden}.
 */
public record Besluit(boolean zichtbaar, String doel, String beleidsversie, boolean noodtoegang, Set<Categorie> zaakniveau,
        Map<Categorie, Set<UUID>> perBetrokkene, Set<Categorie> onthouden) {

    public static Besluit onzichtbaar(String doel, String versie) {
        return new Besluit(false, doel, versie, false, Set.of(), Map.of(), EnumSet.allOf(Categorie.class));
    }

    /** Whether a case-level field of this category may be shown. */
    public boolean mag(Categorie categorie) {
        return zichtbaar && zaakniveau.contains(categorie);
    }

    /** Whether a field of this category about this subject may be shown. */
    public boolean mag(Categorie categorie, UUID betrokkene) {
        return zichtbaar && perBetrokkene.getOrDefault(categorie, Set.of()).contains(betrokkene);
    }

    /** The withheld categories, in a stable order. */
    public List<String> onthoudenCodes() {
        return onthouden.stream().sorted().map(Enum::name).toList();
    }

    /** The categories disclosed about one subject (case-level ones included), for the audit line of that subject. */
    public List<String> verstrektVoor(UUID betrokkene) {
        EnumSet<Categorie> set = EnumSet.noneOf(Categorie.class);
        set.addAll(zaakniveau);
        perBetrokkene.forEach((c, ids) -> {
            if (ids.contains(betrokkene)) {
                set.add(c);
            }
        });
        return set.stream().map(Enum::name).toList();
    }
}
