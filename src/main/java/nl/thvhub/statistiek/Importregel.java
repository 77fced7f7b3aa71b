package nl.thvhub.statistiek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.thvhub.huisverbod.BetrokkeneRol;

/**
 * One line of a bulk import, read and checked on its own: a valid line becomes a {@link Historisch}, an invalid one the
 * list of what is wrong with it, by field. A pure rule (no database), so every line's fate is tested in milliseconds.
 */
public final class Importregel {

    /** The fields of a line; CSV headers use the same names (without {@code betrokkenen}). */
    public static final List<String> VELDEN = List.of("externId", "opgelegdOp", "gemeente", "wijk", "verlengd", "ingetrokken",
            "vanuitZorg", "herhaling", "aantalOvertredingen", "minderjarigen", "geweldType", "geweldErnst", "rihg",
            "strafrechtelijkTraject", "intiemeTerreur",
            "betrokkenen");
    /** The Wet tijdelijk huisverbod is in force since 1 March 2009: an earlier THV cannot exist. */
    public static final LocalDate WET_IN_WERKING = LocalDate.of(2009, 3, 1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Importregel() {
    }

    /** A line read: the THV, or why not. */
    public record Uitkomst(Historisch historisch, List<Importstatus.Fout> fouten) {

        public boolean geldig() {
            return historisch != null;
        }
    }

    /** An NDJSON line: one JSON object with the fields of {@link #VELDEN}; other fields are refused. */
    public static Uitkomst uitJson(String tekst, int regel, Instant nu) {
        JsonNode node;
        try {
            node = JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            return fout(regel, null, "geen geldige JSON");
        }
        if (node == null || !node.isObject()) {
            return fout(regel, null, "een JSON-object per regel");
        }
        List<Importstatus.Fout> fouten = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String veld = it.next();
            if (!VELDEN.contains(veld)) {
                fouten.add(new Importstatus.Fout(regel, veld, "onbekend veld"));
            }
        }
        Importvelden lezer = new Importvelden(regel, fouten) {

            @Override
            String tekst(String veld) {
                JsonNode v = node.get(veld);
                if (v == null || v.isNull()) {
                    return null;
                }
                if (!v.isTextual()) {
                    fout(veld, "verwacht tekst");
                    return null;
                }
                return v.asText();
            }

            @Override
            Boolean waarheid(String veld) {
                JsonNode v = node.get(veld);
                if (v == null || v.isNull()) {
                    return null;
                }
                if (!v.isBoolean()) {
                    fout(veld, "verwacht true of false");
                    return null;
                }
                return v.asBoolean();
            }

            @Override
            Integer getal(String veld) {
                JsonNode v = node.get(veld);
                if (v == null || v.isNull()) {
                    return null;
                }
                if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                    fout(veld, "verwacht een geheel getal");
                    return null;
                }
                return v.asInt();
            }
        };
        List<Historisch.Persoon> personen = personen(node.get("betrokkenen"), lezer);
        return lezer.historisch(nu, personen);
    }

    /** A CSV record under its header; empty cells are absent values. */
    public static Uitkomst uitCsv(List<String> kop, List<String> cellen, int regel, Instant nu) {
        if (cellen.size() != kop.size()) {
            return fout(regel, null, "verwacht " + kop.size() + " kolommen, gevonden " + cellen.size());
        }
        Map<String, String> waarden = new java.util.HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            waarden.put(kop.get(i), cellen.get(i).isEmpty() ? null : cellen.get(i));
        }
        List<Importstatus.Fout> fouten = new ArrayList<>();
        Importvelden lezer = new Importvelden(regel, fouten) {

            @Override
            String tekst(String veld) {
                return waarden.get(veld);
            }

            @Override
            Boolean waarheid(String veld) {
                String v = waarden.get(veld);
                if (v == null) {
                    return null;
                }
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    fout(veld, "verwacht true of false");
                    return null;
                }
                return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
            }

            @Override
            Integer getal(String veld) {
                String v = waarden.get(veld);
                if (v == null) {
                    return null;
                }
                try {
                    return Integer.valueOf(v.trim());
                } catch (NumberFormatException e) {
                    fout(veld, "verwacht een geheel getal");
                    return null;
                }
            }
        };
        return lezer.historisch(nu, List.of());
    }

    /** Checks a CSV header: known field names, each once, the required ones present, no betrokkenen. */
    public static List<Importstatus.Fout> controleerKop(List<String> kop) {
        List<Importstatus.Fout> fouten = new ArrayList<>();
        Set<String> gezien = new java.util.HashSet<>();
        for (String k : kop) {
            if (!VELDEN.contains(k) || k.equals("betrokkenen")) {
                fouten.add(new Importstatus.Fout(1, k, k.equals("betrokkenen")
                        ? "betrokkenen alleen in NDJSON"
                        : "onbekende kolom"));
            } else if (!gezien.add(k)) {
                fouten.add(new Importstatus.Fout(1, k, "kolom staat er twee keer"));
            }
        }
        for (String verplicht : List.of("externId", "opgelegdOp", "gemeente")) {
            if (!gezien.contains(verplicht)) {
                fouten.add(new Importstatus.Fout(1, verplicht, "verplichte kolom ontbreekt"));
            }
        }
        return fouten;
    }

    private static List<Historisch.Persoon> personen(JsonNode lijst, Importvelden lezer) {
        if (lijst == null || lijst.isNull()) {
            return List.of();
        }
        if (!lijst.isArray() || lijst.size() > 20) {
            lezer.fout("betrokkenen", "een lijst van hoogstens 20 personen");
            return List.of();
        }
        List<Historisch.Persoon> personen = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            JsonNode p = lijst.get(i);
            String pad = "betrokkenen[" + i + "]";
            if (!p.isObject()) {
                lezer.fout(pad, "een object met rol, naam en geboortedatum");
                continue;
            }
            BetrokkeneRol rol = Importvelden.code(BetrokkeneRol.class, p.path("rol").asText(null), pad + ".rol", lezer, true);
            String naam = p.path("naam").isTextual() ? p.get("naam").asText().trim() : null;
            if (naam == null || naam.isEmpty() || naam.length() > 200 || heeftStuurtekens(naam)) {
                lezer.fout(pad + ".naam", "een naam van 1 tot 200 tekens");
            }
            LocalDate geboren = Importvelden.datum(p.path("geboortedatum").asText(null), pad + ".geboortedatum", lezer);
            if (rol != null && naam != null && geboren != null) {
                personen.add(new Historisch.Persoon(rol, naam, geboren));
            }
        }
        return personen;
    }

    static boolean heeftStuurtekens(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static Uitkomst fout(int regel, String veld, String reden) {
        return new Uitkomst(null, List.of(new Importstatus.Fout(regel, veld, reden)));
    }
}
