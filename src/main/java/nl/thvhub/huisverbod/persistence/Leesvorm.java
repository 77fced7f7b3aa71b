package nl.thvhub.huisverbod.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.huisverbod.Zaakstandbron.Kolom;
import nl.thvhub.privacy.Categorie;

/**
 * Which of the features' columns a case read computes, by the categories the reader could be shown (issue 37, item 2).
 * Each column the features publish for the case read ({@link Zaakstandbron}) is needed only by the parts of the view,
 * and the tasks, of its categories; a column outside the reader's reach is sent as its empty value, so its subquery is
 * not in the statement at all and PostgreSQL neither plans nor locks its tables. The decision's own facts — the open
 * requests that give reach — are read for every reader.
 */
final class Leesvorm {

    /** Every category: the whole case, as a change or a part reads it. */
    static final Set<Categorie> ALLES = java.util.Collections.unmodifiableSet(EnumSet.allOf(Categorie.class));

    /** The case module's own column: when the imported THV this case repeats was imported. */
    private static final Kolom HERHALING_IMPORT = Kolom.altijd("herhaling_import_op",
            "(select i.gestart_op from huisverbod_import i where i.id = h.herhaling_import_id)");

    /** Every column {@link HuisverbodRij} reads beside the case's own: each must be published exactly once. */
    static final Set<String> NODIG = Set.of("overtredingen", "ggz_signalen", "plan_tekst", "veiligheid_tekst",
            "contacten", "verwijzing_open_sinds", "laatste_peilmoment", "eindrapport", "nazorg", "zorgadvies_risico",
            "zorgadviesaanvraag", "zsm_beoordeeld", "politieverzoek", "reclasseringsaanvraag", "ggzvraag",
            "herhaling_import_op");

    /** The columns by name, so the statement's text does not depend on the order the features were found in. */
    private final List<Kolom> kolommen;

    Leesvorm(List<? extends Zaakstandbron> bronnen) {
        List<Kolom> alle = new ArrayList<>();
        bronnen.forEach(b -> alle.addAll(b.kolommen()));
        alle.add(HERHALING_IMPORT);
        alle.sort(Comparator.comparing(Kolom::naam));
        Set<String> namen = alle.stream().map(Kolom::naam).collect(Collectors.toCollection(TreeSet::new));
        if (namen.size() != alle.size() || !namen.equals(new TreeSet<>(NODIG))) {
            // a missing or doubled column would fail every case read at run time: refuse to start instead
            throw new IllegalStateException("the features publish the case read's columns "
                    + alle.stream().map(Kolom::naam).toList() + ", the case read needs each of " + new TreeSet<>(NODIG)
                    + " once");
        }
        this.kolommen = List.copyOf(alle);
    }

    /** The select list of the features' columns for a reader with this reach, without a trailing comma. */
    String kolommen(Set<Categorie> bereik) {
        return kolommen.stream().map(k -> "  " + (nodig(k, bereik) ? k.sql() : k.leeg()) + " as " + k.naam())
                .collect(Collectors.joining(",\n"));
    }

    private static boolean nodig(Kolom kolom, Set<Categorie> bereik) {
        return kolom.categorieen().isEmpty() || kolom.categorieen().stream().anyMatch(bereik::contains);
    }
}
