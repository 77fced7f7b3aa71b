package nl.thvhub.platform.csv;

import java.util.Locale;

/**
 * Content negotiation for the lists that also come as CSV: CSV only when the client prefers it to JSON. A generated
 * client lists every media type the document names ({@code application/json, text/csv}) and must get JSON, the
 * default representation; a spreadsheet export asks for {@code text/csv} alone, or with the higher quality.
 */
public final class Csvvoorkeur {

    private Csvvoorkeur() {
    }

    /** Whether the Accept header prefers {@code text/csv} over {@code application/json}. */
    public static boolean wilCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        for (String deel : accept.split(",")) {
            String[] stukken = deel.trim().split(";");
            String type = stukken[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < stukken.length; i++) {
                String p = stukken[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (type.equals("text/csv")) {
                csv = Math.max(csv, q);
            } else if (type.equals("application/json") || type.equals("application/*") || type.equals("*/*")) {
                json = Math.max(json, type.equals("application/json") ? q : q * 0.99);
            }
        }
        return csv > 0 && csv > json;
    }
}
