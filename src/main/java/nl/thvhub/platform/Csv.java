package nl.thvhub.platform;

/**
 * RFC 4180 field escaping, shared by every CSV export: quote a field that holds a separator, quote or line break, and
 * neutralise a field a spreadsheet would run as a formula (OWASP "CSV injection"): one starting with {@code =}, {@code +},
 * {@code -}, {@code @}, TAB or CR gets a leading apostrophe, so the FG's audit export never holds a live formula.
 */
public final class Csv {

    private Csv() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        boolean formule = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
        if (formule) {
            s = "'" + s;
        }
        if (formule || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
