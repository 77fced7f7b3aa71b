package nl.thvhub.audit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.thvhub.audit.Keten;

/**
 * Offline verifier of the audit chain, for the FG or an auditor, independent of the running hub: it reads the lines over
 * JDBC (a read-only account suffices), recomputes every content hash and link, and checks the anchors in the database
 * and, if given, in the anchor file kept outside the database. Exit code 0 = valid, 1 = broken, 2 = usage error.
 * Usage: tools/audit-verify --url jdbc:postgresql://host/db --user u --password p [--anker-bestand file]
 */
public final class VerifyAuditChain {

    private VerifyAuditChain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!opts.containsKey("url")) {
            System.err.println("usage: --url jdbc:postgresql://host:port/db --user u --password p [--anker-bestand file]");
            System.exit(2);
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(opts.get("url"), opts.getOrDefault("user", ""),
                opts.getOrDefault("password", ""))) {
            c.setAutoCommit(false);
            String fout = verify(c);
            if (fout == null && opts.containsKey("anker-bestand")) {
                fout = ankersUitBestand(c, Path.of(opts.get("anker-bestand")));
            }
            long lines;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_zegel");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                lines = rs.getLong(1);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "{\"geldig\": %s, \"gecontroleerd\": %d, \"eersteFout\": %s, \"seconden\": %.2f, \"regelsPerSeconde\": %.0f}%n",
                    fout == null,
                    lines, fout == null ? "null" : "\"" + fout + "\"", seconds, lines / Math.max(seconds, 1e-9));
            System.exit(fout == null ? 0 : 1);
        }
    }

    /** The cases of a line that names several (V48), as the hash takes them; null for a line about one case. */
    private static String zaken(ResultSet r) throws SQLException {
        java.sql.Array zaken = r.getArray("huisverbod_ids");
        return zaken == null ? null : Keten.zaken((java.util.UUID[]) zaken.getArray());
    }

    static String verify(Connection c) throws SQLException {
        String prev = Keten.BEGIN;
        long expected = 1;
        try (PreparedStatement ps = c
                .prepareStatement("select * from audit_regel_gezegeld where keten_volgnr is not null order by keten_volgnr")) {
            ps.setFetchSize(10_000);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long volgnr = r.getLong("keten_volgnr");
                    if (volgnr != expected) {
                        return "regel " + expected + " ontbreekt (verwijderd?)";
                    }
                    Object zaak = r.getObject("huisverbod_id");
                    Keten.Inhoud inhoud = new Keten.Inhoud(r.getLong("id"), r.getObject("tijdstip", OffsetDateTime.class),
                            r.getString("trace_id"),
                            r.getString("span_id"), r.getString("actor_pseudoniem"), r.getString("actor_rol"),
                            r.getString("actor_organisatie"),
                            r.getString("client_id"), r.getString("doel"), r.getString("beleidsversie"), r.getString("actie"),
                            zaak == null ? null : zaak.toString(), r.getString("betrokkene_pseudoniem"),
                            r.getString("verstrekt"),
                            r.getString("onthouden"), r.getString("uitkomst"), r.getString("reden"), zaken(r));
                    String ih = Keten.inhoudHash(inhoud);
                    if (!ih.equals(r.getString("inhoud_hash"))) {
                        return "regel " + volgnr + " (id " + r.getLong("id") + "): inhoud gewijzigd";
                    }
                    prev = Keten.ketenHash(prev, ih);
                    if (!prev.equals(r.getString("keten_hash"))) {
                        return "regel " + volgnr + " (id " + r.getLong("id") + "): keten verbroken";
                    }
                    expected++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select a.volgnr, a.hash, r.keten_hash from audit_anker a left join audit_zegel r on r.keten_volgnr = a.volgnr order by a.volgnr");
                ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                if (r.getString(3) == null || !r.getString(3).equals(r.getString(2))) {
                    return "anker " + r.getLong(1) + " klopt niet (staart afgekapt of herschreven?)";
                }
            }
        }
        return null;
    }

    /** Each file line is "time volgnr hash"; the database must still hold that hash at that position. */
    static String ankersUitBestand(Connection c, Path file) throws SQLException, IOException {
        List<String> lines = Files.readAllLines(file);
        try (PreparedStatement ps = c.prepareStatement("select keten_hash from audit_zegel where keten_volgnr = ?")) {
            for (String line : lines) {
                String[] parts = line.trim().split(" ");
                if (parts.length != 3) {
                    continue;
                }
                ps.setLong(1, Long.parseLong(parts[1]));
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next() || !parts[2].equals(r.getString(1))) {
                        return "anker " + parts[1] + " uit " + file + " klopt niet (staart afgekapt of herschreven?)";
                    }
                }
            }
        }
        return null;
    }
}
