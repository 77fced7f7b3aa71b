package nl.thvhub.audit.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.AuditZoeken;
import nl.thvhub.audit.Keten;
import nl.thvhub.audit.Verstrekkingen;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;

/** SQL of the audit log: writing a request's lines in one statement, the FG's search, the access report, erasure. */
@ApplicationScoped
public class AuditRepository {

    /** One line of a subject's access report: who received what about the subject, when and why. */
    public record Verstrekking(java.time.Instant tijdstip, String actorOrganisatie, String actorRol, String doel,
            String verstrekt) {
    }

    /** The INSERT of a request's audit lines (public: the benchmark's baseline runs exactly this, LeesBaselineTest). */
    public static final String INSERT = """
            insert into audit_regel (tijdstip, trace_id, span_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, client_id,
              noodtoegang_reden, doel, beleidsversie, actie, huisverbod_id, betrokkene_id, verstrekt, onthouden, uitkomst, reden,
              actor_pseudoniem, betrokkene_pseudoniem, huisverbod_ids)
            select t, tr, sp, su, ge, ro, org, cl, nr, doel, bv, ac, z, be, ve, ont, ui, re, ap, bp, string_to_array(zn, ',')::uuid[]
            from unnest(#{tijdstip}::timestamptz[], #{trace}::varchar[], #{span}::varchar[], #{subject}::varchar[],
              #{gebruiker}::varchar[], #{rol}::varchar[], #{organisatie}::varchar[], #{client}::varchar[], #{noodReden}::varchar[],
              #{doel}::varchar[], #{beleidsversie}::varchar[], #{actie}::varchar[], #{zaak}::uuid[], #{betrokkene}::uuid[],
              #{verstrekt}::varchar[], #{onthouden}::varchar[], #{uitkomst}::varchar[], #{reden}::varchar[],
              #{actorPseudoniem}::varchar[], #{betrokkenePseudoniem}::varchar[], #{zaken}::text[])
              as u(t, tr, sp, su, ge, ro, org, cl, nr, doel, bv, ac, z, be, ve, ont, ui, re, ap, bp, zn)
            """;

    /**
     * Writes the lines (with their keyed pseudonyms, computed by the caller) in one INSERT; a line naming several cases
     * carries them as one comma-separated text, split into its uuid[] inside the statement.
     */
    public Uni<Void> insert(SqlClient sql, List<Verstrekkingen.TeSchrijven> lijnen, String[] actorPseudoniem,
            String[] betrokkenePseudoniem) {
        List<AuditRegel> regels = lijnen.stream().map(Verstrekkingen.TeSchrijven::regel).toList();
        OffsetDateTime[] tijd = regels.stream()
                .map(r -> r.tijdstip().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC)).toArray(OffsetDateTime[]::new);
        String[] zaken = lijnen.stream().map(l -> l.zaken() == null ? null : Keten.zaken(l.zaken().toArray(UUID[]::new)))
                .toArray(String[]::new);
        return Parameters.met("tijdstip", tijd).en("trace", kolom(regels, r -> r.trace().traceId()))
                .en("span", kolom(regels, r -> r.trace().spanId())).en("subject", kolom(regels, AuditRegel::actorSubject))
                .en("gebruiker", kolom(regels, AuditRegel::actorGebruiker)).en("rol", kolom(regels, AuditRegel::actorRol))
                .en("organisatie", kolom(regels, AuditRegel::actorOrganisatie))
                .en("client", kolom(regels, AuditRegel::clientId)).en("noodReden", kolom(regels, AuditRegel::noodtoegangReden))
                .en("doel", kolom(regels, AuditRegel::doel)).en("beleidsversie", kolom(regels, AuditRegel::beleidsversie))
                .en("actie", kolom(regels, r -> r.actie().name()))
                .en("zaak", regels.stream().map(AuditRegel::huisverbodId).toArray(UUID[]::new))
                .en("betrokkene", regels.stream().map(AuditRegel::betrokkeneId).toArray(UUID[]::new))
                .en("verstrekt", kolom(regels, r -> r.verstrekt() == null ? null : String.join(",", r.verstrekt())))
                .en("onthouden", kolom(regels, r -> r.onthouden() == null ? null : String.join(",", r.onthouden())))
                .en("uitkomst", kolom(regels, AuditRegel::uitkomst)).en("reden", kolom(regels, AuditRegel::reden))
                .en("actorPseudoniem", actorPseudoniem).en("betrokkenePseudoniem", betrokkenePseudoniem)
                .en("zaken", zaken).voerUit(sql, INSERT).replaceWithVoid();
    }

    /** One text column of the lines, as the array {@code unnest} takes. */
    private static String[] kolom(List<AuditRegel> regels, java.util.function.Function<AuditRegel, String> veld) {
        return regels.stream().map(veld).toArray(String[]::new);
    }

    /** Erases raw ids and names outside the hashed part, through the owner's function (the runtime role may not). */
    public Uni<Integer> deletePersoonsgegevens(SqlClient sql, List<UUID> zaken) {
        return sql.preparedQuery("select wis_audit_persoonsgegevens($1)").execute(Tuple.of(zaken.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** Every allowed disclosure about a subject, oldest first. */
    public Uni<List<Verstrekking>> listVerstrekkingen(SqlClient sql, UUID betrokkeneId) {
        return sql.preparedQuery("""
                select tijdstip, actor_organisatie, actor_rol, doel, verstrekt from audit_regel
                where betrokkene_id = $1 and uitkomst = 'TOEGESTAAN' order by id
                """).execute(Tuple.of(betrokkeneId)).map(rows -> Rijen.alle(rows,
                r -> new Verstrekking(r.getOffsetDateTime("tijdstip").toInstant(), r.getString("actor_organisatie"),
                        r.getString("actor_rol"), r.getString("doel"), r.getString("verstrekt"))));
    }

    /** The newest lines matching the filter, before {@code voorId} (a keyset page); {@code limit} rows. */
    public Uni<List<AuditZoeken.Regel>> search(SqlClient sql, AuditZoeken.Filter f, Long voorId, int limit) {
        Where where = new Where();
        if (f.huisverbodId() != null) {
            // a case's lines: its own, and the lines of the lists that named it (V48)
            String zaak = where.param(f.huisverbodId());
            where.en("(huisverbod_id = " + zaak + " or huisverbod_ids @> array[" + zaak + "]::uuid[])");
        }
        gelijk(where, "betrokkene_id", f.betrokkeneId());
        if (f.actor() != null) {
            String actor = where.param(f.actor());
            where.en("(actor_subject = " + actor + " or actor_gebruiker = " + actor + ")");
        }
        gelijk(where, "actor_organisatie", f.organisatie());
        gelijk(where, "doel", f.doel());
        gelijk(where, "uitkomst", f.uitkomst());
        if (f.van() != null) {
            where.en("tijdstip >= ?", odt(f.van()));
        }
        if (f.tot() != null) {
            where.en("tijdstip < ?", odt(f.tot()));
        }
        if (voorId != null) {
            where.en("id < ?", voorId);
        }
        String query = "select * from audit_regel_gezegeld" + where.sql() + " order by id desc limit " + where.param(limit);
        return sql.preparedQuery(query).execute(where.tuple()).map(rows -> Rijen.alle(rows, AuditRepository::regel));
    }

    private static void gelijk(Where where, String kolom, Object waarde) {
        if (waarde != null) {
            where.en(kolom + " = ?", waarde);
        }
    }

    private static AuditZoeken.Regel regel(Row r) {
        OffsetDateTime t = r.getOffsetDateTime("tijdstip");
        return new AuditZoeken.Regel(r.getLong("id"), t.toInstant(), r.getString("trace_id"), r.getString("actor_subject"),
                r.getString("actor_gebruiker"),
                r.getString("actor_rol"), r.getString("actor_organisatie"), r.getString("client_id"),
                r.getString("noodtoegang_reden"),
                r.getString("doel"), r.getString("beleidsversie"), r.getString("actie"), r.getUUID("huisverbod_id"),
                zaken(r.getArrayOfUUIDs("huisverbod_ids")), r.getUUID("betrokkene_id"),
                split(r.getString("verstrekt")), split(r.getString("onthouden")), r.getString("uitkomst"), r.getString("reden"),
                r.getLong("keten_volgnr"));
    }

    private static List<UUID> zaken(UUID[] zaken) {
        return zaken == null ? null : List.of(zaken);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
