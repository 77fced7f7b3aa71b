package nl.thvhub.statistiek;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV record (RFC 4180: comma-separated, fields optionally in double quotes, "" for a quote inside). */
public final class Csvregel {

    private Csvregel() {
    }

    /** The cells of one physical line, or {@code null} when a quote is left open (a record may not span lines). */
    public static List<String> cellen(String regel) {
        List<String> cellen = new ArrayList<>();
        StringBuilder cel = new StringBuilder();
        boolean tussenAanhalingstekens = false;
        for (int i = 0; i < regel.length(); i++) {
            char c = regel.charAt(i);
            if (tussenAanhalingstekens) {
                if (c == '"' && i + 1 < regel.length() && regel.charAt(i + 1) == '"') {
                    cel.append('"');
                    i++;
                } else if (c == '"') {
                    tussenAanhalingstekens = false;
                } else {
                    cel.append(c);
                }
            } else if (c == '"' && cel.isEmpty()) {
                tussenAanhalingstekens = true;
            } else if (c == ',') {
                cellen.add(cel.toString());
                cel.setLength(0);
            } else {
                cel.append(c);
            }
        }
        if (tussenAanhalingstekens) {
            return null;
        }
        cellen.add(cel.toString());
        return cellen;
    }
}
