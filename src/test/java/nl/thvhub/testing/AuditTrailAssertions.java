package nl.thvhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Assertions on the audit lines one request left behind. A test sends its own W3C {@code traceparent}; every line the
 * hub writes for that request carries the trace id, so the lines of exactly that request can be checked.
 */
public final class AuditTrailAssertions {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One stored line, as far as the tests look at it. */
    public record Line(String actie, String uitkomst, String betrokkeneId, String verstrekt, String onthouden, String doel,
            String actorRol, String huisverbodId, String reden, List<String> huisverbodIds) {

        /** The cases the line names: its one case, or the cases of a list's line (V48). */
        public List<String> zaken() {
            return huisverbodIds.isEmpty() && huisverbodId != null ? List.of(huisverbodId) : huisverbodIds;
        }
    }

    private final String traceId;

    private AuditTrailAssertions(String traceId) {
        this.traceId = traceId;
    }

    /** A fresh trace for one request. */
    public static AuditTrailAssertions newTrace() {
        byte[] trace = new byte[16];
        RANDOM.nextBytes(trace);
        return new AuditTrailAssertions(HexFormat.of().formatHex(trace));
    }

    public String traceId() {
        return traceId;
    }

    public String traceparent() {
        byte[] span = new byte[8];
        RANDOM.nextBytes(span);
        return "00-" + traceId + "-" + HexFormat.of().formatHex(span) + "-01";
    }

    public List<Line> lines() {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select actie, uitkomst, betrokkene_id, verstrekt, onthouden, doel, actor_rol, huisverbod_id, reden,"
                                + " array_to_string(huisverbod_ids, ',') from audit_regel"
                                + " where trace_id = ? order by id")) {
            ps.setString(1, traceId);
            List<Line> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split(","))));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exactly one permitted line per data subject, for the given action. */
    public List<Line> assertOneLinePerSubject(String actie, int subjects) {
        List<Line> lines = lines();
        assertThat(lines).as("audit lines of trace " + traceId).hasSize(subjects);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.actie()).isEqualTo(actie);
            assertThat(l.uitkomst()).isEqualTo("TOEGESTAAN");
            assertThat(l.betrokkeneId()).isNotNull();
        });
        assertThat(lines.stream().map(Line::betrokkeneId).distinct()).hasSize(subjects);
        return lines;
    }

    /**
     * An Idempotency-Key replay left exactly one replay line about the given case (or none); a response that held
     * personal data was read again, so the read's own lines (one per subject, permitted, same case) come with it.
     */
    public Line assertReplayed(String huisverbodId) {
        List<Line> lines = lines();
        List<Line> replay = lines.stream().filter(l -> l.actie().equals("IDEMPOTENT_HERHAALD")).toList();
        assertThat(replay).as("replay lines of trace " + traceId).hasSize(1);
        assertThat(replay.get(0).uitkomst()).isEqualTo("TOEGESTAAN");
        assertThat(replay.get(0).huisverbodId()).isEqualTo(huisverbodId);
        assertThat(lines).as("audit lines of trace " + traceId).allSatisfy(l -> {
            assertThat(l.uitkomst()).isEqualTo("TOEGESTAAN");
            assertThat(l.huisverbodId()).isEqualTo(huisverbodId);
        });
        return replay.get(0);
    }

    /** The lines of one action, for a re-read that must be audited per subject. */
    public List<Line> linesOf(String actie) {
        return lines().stream().filter(l -> l.actie().equals(actie)).toList();
    }

    /** Exactly one denial line. */
    public Line assertDenied(String actie) {
        List<Line> lines = lines();
        assertThat(lines).as("audit lines of trace " + traceId).hasSize(1);
        assertThat(lines.get(0).uitkomst()).isEqualTo("GEWEIGERD");
        assertThat(lines.get(0).actie()).isEqualTo(actie);
        return lines.get(0);
    }
}
