package nl.thvhub.platform;

/** RFC 4180 field escaping, shared by every CSV export: quote a field that holds a separator, quote or line break. */
public final class Csv {

    private Csv() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
