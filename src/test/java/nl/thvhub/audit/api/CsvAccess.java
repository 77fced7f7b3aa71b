package nl.thvhub.audit.api;

/** Test access to the package-private CSV escaping. */
public final class CsvAccess {

    private CsvAccess() {
    }

    public static String escape(String value) {
        return nl.thvhub.platform.Csv.escape(value);
    }
}
