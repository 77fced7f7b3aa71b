package nl.thvhub.strafrecht.api;

/** Test access to the priority list's CSV escaping. */
public final class CsvEscape {

    private CsvEscape() {
    }

    public static String escape(String s) {
        return nl.thvhub.platform.Csv.escape(s);
    }
}
