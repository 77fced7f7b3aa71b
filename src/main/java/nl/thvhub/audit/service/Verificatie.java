package nl.thvhub.audit.service;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.Keten;

/**
 * Verifies the audit chain (whole, or the lines sealed in a time range): every line's content hash, every link to its
 * predecessor, no gaps in the sequence, every raw id matching its keyed pseudonym, and every anchor still matching, so
 * changed, deleted, swapped and truncated lines and edited raw columns are all caught. Reads in batches, so memory stays flat for millions of lines.
 */
@ApplicationScoped
public class Verificatie {

    /** The result: valid or not, how many lines were checked, and the first broken line ({@code volgnr}, reason). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditVerificatie")
    public record Uitslag(@jakarta.validation.constraints.NotNull boolean geldig,
            @jakarta.validation.constraints.NotNull long gecontroleerd, String eersteFout) {
    }

    private final Pool pool;
    private final AuditConfig config;
    private final AuditLog audit;

    public Verificatie(Pool pool, AuditConfig config, AuditLog audit) {
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    public Uni<Uitslag> verifieer(Instant van, Instant tot) {
        String where = van == null && tot == null ? "" : " where tijdstip >= $1 and tijdstip < $2";
        Tuple bounds = van == null && tot == null
                ? Tuple.tuple()
                : Tuple.of((van == null ? Instant.EPOCH : van).atOffset(ZoneOffset.UTC),
                        (tot == null ? Instant.parse("9999-01-01T00:00:00Z") : tot)
                                .atOffset(ZoneOffset.UTC));
        String range = "select min(keten_volgnr), max(keten_volgnr) from audit_regel" + (where.isEmpty() ? "" : where)
                + (where.isEmpty() ? " where" : " and")
                + " keten_volgnr is not null";
        return pool.preparedQuery(range).execute(bounds).chain(rows -> {
            Row r = rows.iterator().next();
            Long min = r.getLong(0);
            Long max = r.getLong(1);
            if (min == null) {
                return ankers(0, 0, 0);
            }
            return vorigeHash(min).chain(vorige -> batch(min, max, vorige, 0))
                    .chain(u -> u.geldig() ? ankers(min, max, u.gecontroleerd()) : Uni.createFrom().item(u));
        });
    }

    private Uni<String> vorigeHash(long volgnr) {
        if (volgnr == 1) {
            return Uni.createFrom().item(Keten.BEGIN);
        }
        return pool.preparedQuery("select keten_hash from audit_regel where keten_volgnr = $1").execute(Tuple.of(volgnr - 1))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString(0));
    }

    private Uni<Uitslag> batch(long from, long max, String vorige, long checked) {
        if (vorige == null) {
            return Uni.createFrom().item(new Uitslag(false, checked, "regel " + (from - 1) + " ontbreekt (verwijderd?)"));
        }
        int size = config.verificatieBatch();
        return pool.preparedQuery(
                "select * from audit_regel where keten_volgnr >= $1 and keten_volgnr <= $2 order by keten_volgnr limit $3")
                .execute(Tuple.of(from, max, size)).chain(rows -> {
                    long expected = from;
                    String prev = vorige;
                    long n = checked;
                    for (Row r : rows) {
                        long volgnr = r.getLong("keten_volgnr");
                        if (volgnr != expected) {
                            return Uni.createFrom()
                                    .item(new Uitslag(false, n, "regel " + expected + " ontbreekt (verwijderd?)"));
                        }
                        String inhoud = Keten.inhoudHash(Zegelaar.inhoud(r));
                        if (!inhoud.equals(r.getString("inhoud_hash"))) {
                            return Uni.createFrom().item(new Uitslag(false, n,
                                    "regel " + volgnr + " (id " + r.getLong("id") + "): inhoud gewijzigd"));
                        }
                        String rauw = rauweKolommen(r);
                        if (rauw != null) {
                            return Uni.createFrom().item(new Uitslag(false, n,
                                    "regel " + volgnr + " (id " + r.getLong("id") + "): " + rauw));
                        }
                        String keten = Keten.ketenHash(prev, inhoud);
                        if (!keten.equals(r.getString("keten_hash"))) {
                            return Uni.createFrom().item(new Uitslag(false, n,
                                    "regel " + volgnr + " (id " + r.getLong("id") + "): keten verbroken"));
                        }
                        prev = keten;
                        expected++;
                        n++;
                    }
                    if (expected <= max && rows.size() < size) {
                        return Uni.createFrom().item(new Uitslag(false, n, "regel " + expected + " ontbreekt (verwijderd?)"));
                    }
                    return expected > max ? Uni.createFrom().item(new Uitslag(true, n, null)) : batch(expected, max, prev, n);
                });
    }

    /**
     * The raw ids outside the hash must still match their keyed pseudonyms inside it: an edited {@code betrokkene_id}
     * (to hide a disclosure from a subject's access report) or {@code actor_subject} is caught. An erased raw id (null)
     * is allowed: erasure at the end of retention removes it on purpose.
     */
    private String rauweKolommen(Row r) {
        java.util.UUID betrokkene = r.getUUID("betrokkene_id");
        if (betrokkene != null && !audit.pseudoniem(betrokkene.toString()).equals(r.getString("betrokkene_pseudoniem"))) {
            return "betrokkene_id past niet bij het pseudoniem (gewijzigd)";
        }
        String actor = r.getString("actor_subject");
        if (actor != null && r.getString("actor_pseudoniem") != null
                && !audit.pseudoniem(actor).equals(r.getString("actor_pseudoniem"))) {
            return "actor_subject past niet bij het pseudoniem (gewijzigd)";
        }
        return null;
    }

    /** Every anchor must still match its line, and the chain must reach the newest anchor (a truncated tail does not). */
    private Uni<Uitslag> ankers(long min, long max, long checked) {
        return pool
                .query("""
                        select a.volgnr, a.hash, r.keten_hash from audit_anker a left join audit_regel r on r.keten_volgnr = a.volgnr order by a.volgnr
                        """)
                .execute().map(rows -> {
                    for (Row r : rows) {
                        long volgnr = r.getLong("volgnr");
                        String hash = r.getString("keten_hash");
                        if (hash == null) {
                            return new Uitslag(false, checked, "anker " + volgnr + ": regel ontbreekt (staart afgekapt?)");
                        }
                        if (!hash.equals(r.getString("hash"))) {
                            return new Uitslag(false, checked, "anker " + volgnr + ": hash wijkt af (keten herschreven?)");
                        }
                    }
                    return new Uitslag(true, checked, null);
                });
    }
}
