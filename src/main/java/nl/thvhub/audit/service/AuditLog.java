package nl.thvhub.audit.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.Keten;
import nl.thvhub.platform.ProblemException;

/**
 * The single port through which every disclosure and change is logged. It writes in the caller's transaction, all lines
 * of a request in one statement; if the lines cannot be stored the request fails with 503 and no data leaves (fail
 * closed).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final byte[] sleutel;

    private final ThreadLocal<javax.crypto.Mac> mac;

    public AuditLog(AuditConfig config) {
        this.sleutel = config.pseudonimiseringssleutel().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (sleutel.length < 32) {
            throw new IllegalStateException("thv.audit.pseudonimiseringssleutel must be at least 32 characters");
        }
        this.mac = ThreadLocal.withInitial(() -> Keten.mac(sleutel));
    }

    /**
     * The keyed pseudonym of a value (an address asked for, say) to put in the hashed part of a line: the FG can find
     * every line about that value by computing its pseudonym, while the line itself holds nothing to erase later.
     */
    public String pseudoniem(String waarde) {
        return Keten.pseudoniem(mac.get(), waarde);
    }

    private static final String INSERT = """
            insert into audit_regel (tijdstip, trace_id, span_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, client_id,
              noodtoegang_reden, doel, beleidsversie, actie, huisverbod_id, betrokkene_id, verstrekt, onthouden, uitkomst, reden,
              actor_pseudoniem, betrokkene_pseudoniem)
            select * from unnest($1::timestamptz[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
              $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[], $11::varchar[], $12::varchar[], $13::uuid[], $14::uuid[],
              $15::varchar[], $16::varchar[], $17::varchar[], $18::varchar[], $19::varchar[], $20::varchar[])
            """;

    public Uni<Void> schrijf(SqlClient sql, List<AuditRegel> regels) {
        if (regels.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = regels.size();
        OffsetDateTime[] tijd = new OffsetDateTime[n];
        String[][] s = new String[14][n];
        UUID[] zaak = new UUID[n];
        UUID[] betrokkene = new UUID[n];
        for (int i = 0; i < n; i++) {
            AuditRegel r = regels.get(i);
            tijd[i] = r.tijdstip().truncatedTo(java.time.temporal.ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            s[0][i] = r.traceId();
            s[1][i] = r.spanId();
            s[2][i] = r.actorSubject();
            s[3][i] = r.actorGebruiker();
            s[4][i] = r.actorRol();
            s[5][i] = r.actorOrganisatie();
            s[6][i] = r.clientId();
            s[7][i] = r.noodtoegangReden();
            s[8][i] = r.doel();
            s[9][i] = r.beleidsversie();
            s[10][i] = r.actie();
            s[11][i] = r.verstrekt() == null ? null : String.join(",", r.verstrekt());
            s[12][i] = r.onthouden() == null ? null : String.join(",", r.onthouden());
            s[13][i] = r.uitkomst();
            zaak[i] = r.huisverbodId();
            betrokkene[i] = r.betrokkeneId();
        }
        String[] reden = regels.stream().map(AuditRegel::reden).toArray(String[]::new);
        // one request has one actor: compute its pseudonym once; the MAC itself is reused per thread (init is costly)
        java.util.Map<String, String> actors = new java.util.HashMap<>();
        String[] actorPseudoniem = regels.stream().map(r -> actors.computeIfAbsent(r.actorSubject(), this::pseudoniem))
                .toArray(String[]::new);
        String[] betrokkenePseudoniem = regels.stream()
                .map(r -> r.betrokkeneId() == null ? null : pseudoniem(r.betrokkeneId().toString()))
                .toArray(String[]::new);
        Tuple t = Tuple.tuple().addValue(tijd).addValue(s[0]).addValue(s[1]).addValue(s[2]).addValue(s[3]).addValue(s[4])
                .addValue(s[5])
                .addValue(s[6]).addValue(s[7]).addValue(s[8]).addValue(s[9]).addValue(s[10]).addValue(zaak).addValue(betrokkene)
                .addValue(s[11]).addValue(s[12]).addValue(s[13]).addValue(reden).addValue(actorPseudoniem)
                .addValue(betrokkenePseudoniem);
        return sql.preparedQuery(INSERT).execute(t).replaceWithVoid().onFailure().transform(e -> {
            LOG.error("Audit lines could not be written; the request is refused (fail closed)", e);
            return ProblemException
                    .unavailable("Het auditlog kan nu niet worden geschreven; er worden geen gegevens verstrekt.");
        });
    }

    /**
     * Erases the personal data outside the hashed part of a case's audit lines (raw subject ids, employee names, free-text
     * reasons) at the end of retention; pseudonyms and hashes stay, so the chain still verifies.
     */
    public Uni<Integer> wisPersoonsgegevens(SqlClient sql, java.util.List<UUID> zaken) {
        // through the owner's function: the runtime role has no UPDATE on these columns (migration V10)
        return sql.preparedQuery("select wis_audit_persoonsgegevens($1)").execute(Tuple.of(zaken.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getInteger(0));
    }
}
