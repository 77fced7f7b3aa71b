package nl.thvhub.audit.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads the audit log for the privacy officer: filtered, keyset-paginated; and the per-subject rows of an access report. */
@ApplicationScoped
public class AuditQuery {

    /** The filters of {@code GET /api/v1/audit}; null fields do not filter. */
    public record Filter(UUID huisverbodId, UUID betrokkeneId, String actor, String organisatie, String doel, String uitkomst,
            Instant van,
            Instant tot) {
    }

    /** One audit line as the FG sees it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditRegel")
    public record Regel(@NotNull long id, @NotNull Instant tijdstip, String traceId, String actorSubject, String actorGebruiker,
            @NotNull String actorRol, @NotNull String actorOrganisatie, String clientId, String noodtoegangReden, String doel,
            String beleidsversie, @NotNull String actie, UUID huisverbodId, UUID betrokkeneId, List<@NotNull String> verstrekt,
            List<@NotNull String> onthouden, @NotNull String uitkomst, String reden, Long ketenVolgnr) {
    }

    public Uni<List<Regel>> zoek(SqlClient sql, Filter f, Long voorId, int limit) {
        List<Object> p = new ArrayList<>();
        StringBuilder w = new StringBuilder(" where true");
        add(w, p, "huisverbod_id", f.huisverbodId());
        add(w, p, "betrokkene_id", f.betrokkeneId());
        if (f.actor() != null) {
            p.add(f.actor());
            w.append(" and (actor_subject = $").append(p.size()).append(" or actor_gebruiker = $").append(p.size()).append(')');
        }
        add(w, p, "actor_organisatie", f.organisatie());
        add(w, p, "doel", f.doel());
        add(w, p, "uitkomst", f.uitkomst());
        if (f.van() != null) {
            p.add(f.van().atOffset(ZoneOffset.UTC));
            w.append(" and tijdstip >= $").append(p.size());
        }
        if (f.tot() != null) {
            p.add(f.tot().atOffset(ZoneOffset.UTC));
            w.append(" and tijdstip < $").append(p.size());
        }
        if (voorId != null) {
            p.add(voorId);
            w.append(" and id < $").append(p.size());
        }
        p.add(limit);
        return sql.preparedQuery("select * from audit_regel" + w + " order by id desc limit $" + p.size())
                .execute(Tuple.from(p)).map(rows -> {
                    List<Regel> list = new ArrayList<>(rows.size());
                    for (Row r : rows) {
                        list.add(map(r));
                    }
                    return list;
                });
    }

    private static void add(StringBuilder w, List<Object> p, String column, Object value) {
        if (value != null) {
            p.add(value);
            w.append(" and ").append(column).append(" = $").append(p.size());
        }
    }

    static Regel map(Row r) {
        OffsetDateTime t = r.getOffsetDateTime("tijdstip");
        return new Regel(r.getLong("id"), t.toInstant(), r.getString("trace_id"), r.getString("actor_subject"),
                r.getString("actor_gebruiker"),
                r.getString("actor_rol"), r.getString("actor_organisatie"), r.getString("client_id"),
                r.getString("noodtoegang_reden"),
                r.getString("doel"), r.getString("beleidsversie"), r.getString("actie"), r.getUUID("huisverbod_id"),
                r.getUUID("betrokkene_id"),
                split(r.getString("verstrekt")), split(r.getString("onthouden")), r.getString("uitkomst"), r.getString("reden"),
                r.getLong("keten_volgnr"));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
