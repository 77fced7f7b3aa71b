package nl.thvhub.audit.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.Keten;
import nl.thvhub.audit.persistence.KetenRepository;

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

    private final KetenRepository keten;

    public Verificatie(Pool pool, KetenRepository keten, AuditConfig config, AuditLog audit) {
        this.keten = keten;
        this.pool = pool;
        this.config = config;
        this.audit = audit;
    }

    public Uni<Uitslag> verifieer(Instant van, Instant tot) {
        return keten.bereik(pool, van, tot).chain(bereik -> {
            if (bereik.isEmpty()) {
                return ankers(0);
            }
            long min = bereik.get()[0];
            long max = bereik.get()[1];
            return vorigeHash(min).chain(vorige -> batch(min, max, vorige, 0))
                    .chain(u -> u.geldig() ? ankers(u.gecontroleerd()) : Uni.createFrom().item(u));
        });
    }

    /** The chain hash before line {@code volgnr}: the start of the chain, or the stored hash of the line before it. */
    private Uni<String> vorigeHash(long volgnr) {
        if (volgnr <= 1) {
            return Uni.createFrom().item(Keten.BEGIN);
        }
        return keten.ketenHash(pool, volgnr - 1).map(h -> h.orElse(null));
    }

    private Uni<Uitslag> batch(long from, long max, String vorige, long checked) {
        if (vorige == null) {
            return Uni.createFrom().item(new Uitslag(false, checked, "regel " + (from - 1) + " ontbreekt (verwijderd?)"));
        }
        int size = config.verificatieBatch();
        return keten.listGezegeld(pool, from, max, size).chain(rows -> {
            long expected = from;
            String prev = vorige;
            long n = checked;
            for (KetenRepository.Regel r : rows) {
                long volgnr = r.ketenVolgnr();
                if (volgnr != expected) {
                    return Uni.createFrom().item(new Uitslag(false, n, "regel " + expected + " ontbreekt (verwijderd?)"));
                }
                String inhoud = Keten.inhoudHash(r.inhoud());
                if (!inhoud.equals(r.inhoudHash())) {
                    return Uni.createFrom()
                            .item(new Uitslag(false, n, "regel " + volgnr + " (id " + r.id() + "): inhoud gewijzigd"));
                }
                String rauw = rauweKolommen(r);
                if (rauw != null) {
                    return Uni.createFrom().item(new Uitslag(false, n, "regel " + volgnr + " (id " + r.id() + "): " + rauw));
                }
                String hash = Keten.ketenHash(prev, inhoud);
                if (!hash.equals(r.ketenHash())) {
                    return Uni.createFrom()
                            .item(new Uitslag(false, n, "regel " + volgnr + " (id " + r.id() + "): keten verbroken"));
                }
                prev = hash;
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
    private String rauweKolommen(KetenRepository.Regel r) {
        java.util.UUID betrokkene = r.betrokkeneId();
        if (betrokkene != null && !audit.pseudoniem(betrokkene.toString()).equals(r.betrokkenePseudoniem())) {
            return "betrokkene_id past niet bij het pseudoniem (gewijzigd)";
        }
        String actor = r.actorSubject();
        if (actor != null && r.actorPseudoniem() != null && !audit.pseudoniem(actor).equals(r.actorPseudoniem())) {
            return "actor_subject past niet bij het pseudoniem (gewijzigd)";
        }
        return null;
    }

    /** Every anchor must still match its line, and the chain must reach the newest anchor (a truncated tail does not). */
    private Uni<Uitslag> ankers(long checked) {
        return keten.listAnkers(pool).map(ankers -> {
            for (KetenRepository.Anker a : ankers) {
                if (a.regelHash() == null) {
                    return new Uitslag(false, checked, "anker " + a.volgnr() + ": regel ontbreekt (staart afgekapt?)");
                }
                if (!a.regelHash().equals(a.hash())) {
                    return new Uitslag(false, checked, "anker " + a.volgnr() + ": hash wijkt af (keten herschreven?)");
                }
            }
            return new Uitslag(true, checked, null);
        });
    }
}
