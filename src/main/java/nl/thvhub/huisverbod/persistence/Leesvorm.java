package nl.thvhub.huisverbod.persistence;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.thvhub.privacy.Categorie;

/**
 * Which of the features' columns a case read computes, by the categories the reader could be shown (issue 37, item 2).
 * Each column the features publish for the case read is needed only by the parts of the view, and the tasks, of its
 * categories; a column outside the reader's reach is sent as its empty value, so PostgreSQL never evaluates its
 * subquery (the views are flattened and an unreferenced column costs nothing). The decision's own facts — the open
 * requests that give reach — are read for every reader.
 */
final class Leesvorm {

    /** Every category: the whole case, as a change or a part reads it. */
    static final Set<Categorie> ALLES = java.util.Collections.unmodifiableSet(EnumSet.allOf(Categorie.class));

    /** A column of a feature's view, the value it has when not read, and the categories that need it (none: always). */
    private record Kolom(String naam, String bron, String leeg, Set<Categorie> categorieen) {

        String sql(Set<Categorie> bereik) {
            boolean nodig = categorieen.isEmpty() || categorieen.stream().anyMatch(bereik::contains);
            return nodig ? "  " + bron + " as " + naam : "  " + leeg + " as " + naam;
        }
    }

    private static final Set<Categorie> ALTIJD = Set.of();
    private static final Set<Categorie> HULP = Set.of(Categorie.HULPVERLENING);

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("overtredingen", "s.overtredingen",
                    "json_build_object('aantal', 0, 'vermoed', 0, 'zonderVervolg', 0, 'vervolgacties', '[]'::json)",
                    Set.of(Categorie.OVERTREDINGEN)),
            // GGZ flags: the GGZ part, and whether GGZ answered its question (only GGZ's own readers are reached by it)
            new Kolom("ggz_signalen", "s.ggz_signalen", "'[]'::json", Set.of(Categorie.GGZ)),
            new Kolom("plan_tekst", "z.plan_tekst", "null::text", HULP),
            new Kolom("veiligheid_tekst", "z.veiligheid_tekst", "null::text", HULP),
            new Kolom("contacten", "z.contacten", "'[]'::json", HULP),
            new Kolom("verwijzing_open_sinds", "z.verwijzing_open_sinds", "null::date", HULP),
            new Kolom("laatste_peilmoment", "o.laatste_peilmoment", "null::json", HULP),
            new Kolom("eindrapport", "o.eindrapport", "null::text", HULP),
            new Kolom("nazorg", "z.nazorg", "null::json", HULP),
            new Kolom("zorgadvies_risico", "o.zorgadvies_risico", "null::text", Set.of(Categorie.ZORGADVIES)),
            new Kolom("zorgadviesaanvraag", "o.zorgadviesaanvraag", "null::json", Set.of(Categorie.ZORGADVIES)),
            new Kolom("zsm_beoordeeld", "r.zsm_beoordeeld", "false", Set.of(Categorie.STRAFRECHT)),
            new Kolom("politieverzoek", "u.politieverzoek", "null::json", Set.of(Categorie.POLITIEVERZOEK)),
            // facts of the decision: the Reclassering's and GGZ's open requests put their readers in reach
            new Kolom("reclasseringsaanvraag", "o.reclasseringsaanvraag", null, ALTIJD),
            new Kolom("ggzvraag", "u.ggzvraag", null, ALTIJD),
            new Kolom("herhaling_import_op",
                    "(select i.gestart_op from huisverbod_import i where i.id = h.herhaling_import_id)", null, ALTIJD));

    private Leesvorm() {
    }

    /** The select list of the features' columns for a reader with this reach, without a trailing comma. */
    static String kolommen(Set<Categorie> bereik) {
        return KOLOMMEN.stream().map(k -> k.sql(bereik)).collect(Collectors.joining(",\n"));
    }
}
