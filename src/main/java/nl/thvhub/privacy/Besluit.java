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
        Map<Categorie, Set<UUID>> perBetrokkene, Set<Categorie> onthouden, Onthulling onthulling,
        List<Onthouding> toelichting) {

    public Besluit {
        toelichting = toelichting == null ? List.of() : List.copyOf(toelichting);
    }

    /** A decision without explanations of what it withholds (tests and decisions that show nothing per category). */
    public Besluit(boolean zichtbaar, String doel, String beleidsversie, boolean noodtoegang, Set<Categorie> zaakniveau,
            Map<Categorie, Set<UUID>> perBetrokkene, Set<Categorie> onthouden, Onthulling onthulling) {
        this(zichtbaar, doel, beleidsversie, noodtoegang, zaakniveau, perBetrokkene, onthouden, onthulling, List.of());
    }

    public static Besluit onzichtbaar(String doel, String versie) {
        return new Besluit(false, doel, versie, false, Set.of(), Map.of(), EnumSet.allOf(Categorie.class), Onthulling.LEEG);
    }

    /** Whether anything of this category may be shown: the case-level field, or the field of at least one person. */
    public boolean magIets(Categorie categorie) {
        return mag(categorie) || zichtbaar && !perBetrokkene.getOrDefault(categorie, Set.of()).isEmpty();
    }

    /** Whether an assignment in this role may be shown (a GGZ assignment is GGZ information). */
    public boolean magToewijzing(String rol) {
        return onthulling.vanToewijzing(rol).map(this::magIets).orElse(false);
    }

    /**
     * Whether a history entry may be shown: exactly when the part it describes would be. An entry about one person
     * ({@code betrokkeneId} in its details) by that person's decision of the entry's category, and of GEZONDHEID too
     * when it is about health ({@code gezondheid}); an entry about the family (plans, check-ins, closing) by the
     * case-level decision the part itself uses; TOEGEWEZEN also by the category of the assigned role.
     */
    public boolean magGebeurtenis(String soort, Map<String, ?> details) {
        java.util.Optional<Categorie> categorie = onthulling.vanGeschiedenis(soort);
        if (categorie.isEmpty() || !zichtbaar) {
            return false;
        }
        Categorie c = categorie.get();
        Object persoon = details.get("betrokkeneId");
        boolean entry;
        if (persoon != null) {
            UUID id = UUID.fromString(String.valueOf(persoon));
            entry = (perBetrokkene.containsKey(c) ? mag(c, id) : mag(c))
                    && (!Boolean.TRUE.equals(details.get("gezondheid")) || mag(Categorie.GEZONDHEID, id));
        } else {
            entry = mag(c); // an entry about no one person is shown by the case-level decision only (fail closed)
        }
        Object rol = "TOEGEWEZEN".equals(soort) ? details.get("rol") : null;
        return entry && (rol == null || magToewijzing(String.valueOf(rol)));
    }

    /**
     * Whether a task may be listed: exactly when what it is about may be seen — a task about one person by that person's
     * decision of the task's category, a task about the case by the case-level decision; a kind the policy file does
     * not name is never listed (fail closed).
     */
    public boolean magTaak(String soort, UUID persoon) {
        return toontTaak(soort, persoon).isPresent();
    }

    /** The category a listed task shows, or empty where it may not be listed (see {@link #magTaak}). */
    public java.util.Optional<Categorie> toontTaak(String soort, UUID persoon) {
        if (!zichtbaar) {
            return java.util.Optional.empty();
        }
        return onthulling.vanTaak(soort)
                .filter(c -> persoon != null && perBetrokkene.containsKey(c) ? mag(c, persoon) : mag(c));
    }

    /** Whether a single view field that the policy file names may be shown; a field it does not name follows its section. */
    public boolean magVeld(String veld) {
        return onthulling.vanVeld(veld).map(this::magIets).orElse(true);
    }

    /**
     * Whether a single field the policy file names, about these persons, may be shown: its category at case level, or
     * for every one of them (the care advice's free text is about the UHG); a field it does not name follows its section.
     */
    public boolean magVeldOver(String veld, java.util.Collection<UUID> personen) {
        return onthulling.vanVeld(veld).map(c -> mag(c) || !personen.isEmpty() && personen.stream().allMatch(p -> mag(c, p)))
                .orElse(true);
    }

    /**
     * Whether the author of an entry about this person (null: about the family) may be named: who wrote it is data of
     * the category of that author's involvement (the policy file's {@code onthulling.auteur}), decided for the person.
     */
    public boolean magAuteur(String organisatie, UUID persoon) {
        return auteurOnthouden(organisatie, persoon).isEmpty();
    }

    /** The category withheld by not naming this author of an entry about this person, if it is withheld. */
    public java.util.Optional<Categorie> auteurOnthouden(String organisatie, UUID persoon) {
        return onthulling.vanAuteur(organisatie)
                .filter(c -> !(persoon == null ? magIets(c) : perBetrokkene.containsKey(c) ? mag(c, persoon) : mag(c)));
    }

    /**
     * The categories of a history entry's detail fields this reader may not see (the policy file's
     * {@code velden.geschiedenis.<soort>.<veld>}, e.g. the mayor's free-text motivation of an extension), by field.
     */
    public Map<String, Categorie> onthoudenDetails(String soort, java.util.Collection<String> velden) {
        Map<String, Categorie> uit = new java.util.LinkedHashMap<>();
        for (String veld : velden) {
            onthulling.vanVeld("geschiedenis." + soort + "." + veld).filter(c -> !magIets(c)).ifPresent(c -> uit.put(veld, c));
        }
        return uit;
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
