package nl.thvhub.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The hub's one CSV writer and reader (RFC 4180: a header row, CRLF line ends, a field quoted when it holds a separator,
 * quote or line break), on jackson-dataformat-csv rather than hand-written escaping. Every cell written passes the
 * formula guard ({@link Formuleschild}), a serializer: a cell a spreadsheet would run as a formula gets a leading
 * apostrophe (OWASP "CSV injection"), so no export of the hub holds a live formula.
 */
public final class CsvTabel {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .addModule(new SimpleModule("formuleschild").addSerializer(String.class, new Formuleschild())).build();

    private final CsvSchema schema;
    private final List<List<String>> regels = new ArrayList<>();

    private CsvTabel(List<String> kolommen) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        kolommen.forEach(b::addColumn);
        this.schema = b.build();
    }

    /** A table with these column names, in this order. */
    public static CsvTabel met(String... kolommen) {
        return new CsvTabel(List.of(kolommen));
    }

    /** One row: a cell per column, {@code null} as an empty cell, anything else by its {@code toString}. */
    public CsvTabel regel(Object... cellen) {
        if (cellen.length != schema.size()) {
            throw new IllegalArgumentException(cellen.length + " cells for " + schema.size() + " columns");
        }
        List<String> regel = new ArrayList<>(cellen.length);
        for (Object c : cellen) {
            regel.add(c == null ? "" : c.toString());
        }
        regels.add(regel);
        return this;
    }

    /** The table as text. */
    public String tekst() {
        try {
            return MAPPER.writer(schema).writeValueAsString(regels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The cells of one line of an upload, or {@code null} when a quote is left open (a record may not span lines: the
     * import reads line by line, so a line is a record).
     */
    public static List<String> cellen(String regel) {
        if (regel.indexOf('"') < 0) {
            // the common case needs no parser: no quote, so every comma separates
            return List.of(regel.split(",", -1));
        }
        try {
            List<String> cellen = MAPPER.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .without(CsvParser.Feature.ALLOW_TRAILING_COMMA).<List<String>>readValues(regel).nextValue();
            return cellen == null ? List.of("") : List.copyOf(cellen);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The formula guard as a serializer of every written string. */
    static final class Formuleschild extends StdSerializer<String> {

        Formuleschild() {
            super(String.class);
        }

        /** Whether a spreadsheet would run this cell: it starts with =, +, -, @, TAB or CR. */
        static boolean formule(String s) {
            return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(formule(value) ? "'" + value : value);
        }
    }
}
