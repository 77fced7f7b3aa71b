package nl.thvhub.strafrecht.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.service.Zaakgrenzen;
import nl.thvhub.platform.Trace;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.strafrecht.persistence.StrafrechtRepository;

/**
 * The ZSM priority list: running THVs with a criminal track but no final decision, most urgent first, plus THVs ending
 * soon whose contactverbod would not start on time; after them, the risky THVs without a criminal track. Every listed
 * case is a disclosure of KERN, audited when it leaves.
 */
@ApplicationScoped
public class Prioriteiten {

    /**
     * The section a row belongs to: THVs with a criminal track awaiting a decision, then the risky THVs without one
     * (repeat, HOOG care advice, confirmed violations) that ZSM would otherwise never see (evaluation §4.4.4, §5.3).
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PrioriteitenlijstSectie")
    @org.eclipse.microprofile.graphql.Enum("PrioriteitenlijstSectie")
    public enum Sectie {
        STRAFTRAJECT, ZONDER_STRAFTRAJECT
    }

    /** One row of the priority list. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PrioriteitenlijstRij")
    @org.eclipse.microprofile.graphql.Type("PrioriteitenlijstRij")
    public record Rij(@NotNull UUID huisverbodId, @NotNull String registratienummer, @NotNull Sectie sectie,
            @NotNull Gemeente gemeente,
            @NotNull Instant eindmoment, @NotNull long resterendeUren, @NotNull boolean urgent,
            @NotNull List<@NotNull String> redenen,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(deprecated = true, description = "Verouderd: gebruik zorginbrengAanwezig; verdwijnt in de volgende versie") @Deprecated Boolean zorgadviesAanwezig,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Of de hulpverlening een zorginbreng gaf; null als de zorginbreng voor u is onthouden (ZORGADVIES in onthouden van de lijst)") Boolean zorginbrengAanwezig) {

        /**
         * A row; whether a care input is present is told under its new name and, one release, its old one, and is null
         * for a reader the policy withholds it from.
         */
        public Rij(UUID huisverbodId, String registratienummer, Sectie sectie, Gemeente gemeente, Instant eindmoment,
                long resterendeUren, boolean urgent, List<String> redenen, Boolean zorginbrengAanwezig) {
            this(huisverbodId, registratienummer, sectie, gemeente, eindmoment, resterendeUren, urgent, redenen,
                    zorginbrengAanwezig, zorginbrengAanwezig);
        }
    }

    /** The list; {@code volledig} says it holds every case of the ZSM mandate (no paging, nothing hidden by scope). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Prioriteitenlijst")
    @org.eclipse.microprofile.graphql.Type("Prioriteitenlijst")
    public record Lijst(@NotNull boolean volledig, @NotNull Instant opgesteldOp, @NotNull List<@NotNull Rij> items,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "Wat de rijen voor u niet tonen: ZORGADVIES als u de zorginbreng niet ziet (zorginbrengAanwezig is dan null)") @NotNull List<@NotNull Categorie> onthouden) {
    }

    private final Pool pool;
    private final StrafrechtRepository repository;
    private final Zaakgrenzen grenzen;
    private final AuditLog audit;
    private final Clock clock;
    private final PrioriteitenConfig config;
    private final nl.thvhub.platform.Samenloop<Soort, Lijst> samenloop = new nl.thvhub.platform.Samenloop<>();

    public Prioriteiten(Pool pool, StrafrechtRepository repository, Zaakgrenzen grenzen, AuditLog audit, Clock clock,
            PrioriteitenConfig config) {
        this.pool = pool;
        this.repository = repository;
        this.grenzen = grenzen;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    public Uni<Lijst> prioriteitenlijst(Actor actor, String gemeente) {
        vereisZsm(actor);
        String doel = grenzen.doel(actor);
        Trace trace = grenzen.door(actor, clock.instant()).trace();
        return bereken(actor, gemeente).chain(l -> auditeer(actor, doel, l, trace));
    }

    /** The purpose under which the actor reads the list (checked once, also for a long-lived subscription). */
    public String doelVoorLijst(Actor actor, String gevraagd) {
        vereisZsm(actor);
        return grenzen.doel(actor, gevraagd);
    }

    /**
     * Writes the audit lines of a list that is about to leave (one per listed case) and then returns it: a subscription
     * computes the list on every tick but audits only the versions it actually pushes.
     */
    public Uni<Lijst> auditeer(Actor actor, String doel, Lijst l, Trace trace) {
        AuditRegel.Door door = AuditRegel.door(actor, l.opgesteldOp(), trace);
        List<AuditRegel> regels = l.items().stream().map(i -> grenzen.verstrekking(door, doel, AuditActie.PRIORITEITENLIJST,
                i.huisverbodId(), Boolean.TRUE.equals(i.zorginbrengAanwezig())
                        ? List.of("KERN", "ZORGADVIES")
                        : List.of("KERN"),
                null)).toList();
        return nl.thvhub.platform.sql.Verbinding.met(pool, conn -> audit.schrijf(conn, regels)).replaceWith(l);
    }

    /** The list as it stands now, not yet audited; usable outside a request (subscriptions): it reads no request state. */
    public Uni<Lijst> bereken(Actor actor, String gemeente) {
        vereisZsm(actor);
        if (gemeente != null
                && !List.of("AMSTERDAM", "DIEMEN", "UITHOORN", "OUDER_AMSTEL", "AMSTELVEEN", "AALSMEER").contains(gemeente)) {
            throw ProblemException.invalid("gemeente",
                    "een van AMSTERDAM, DIEMEN, UITHOORN, OUDER_AMSTEL, AMSTELVEEN, AALSMEER");
        }
        // the advice is category ZORGADVIES: shown on the list, and a reason to list a case, only as far as the policy
        // gives it to this role (the police do not learn of a HOOG advice from a row)
        boolean advies = grenzen.regelToont(actor, Categorie.ZORGADVIES);
        // desks asking at once share one computation, never one that started before they asked (Samenloop)
        return Uni.createFrom().deferred(() -> samenloop.vraag(new Soort(gemeente, advies), () -> berekenNu(gemeente, advies)));
    }

    /** What a list depends on besides the moment: the municipality asked for and whether the reader sees the advice. */
    private record Soort(String gemeente, boolean advies) {
    }

    private Uni<Lijst> berekenNu(String gemeente, boolean advies) {
        Instant now = clock.instant();
        Instant venster = now.plus(config.contactverbodVenster());
        return nl.thvhub.platform.sql.Verbinding
                .met(pool, conn -> repository.listKandidaten(conn, now, venster, gemeente, advies,
                        config.overtredingenZonderTraject()))
                .map(rows -> {
                    List<Gerangschikt> ranked = rows.stream().map(k -> rij(k, now, venster, advies)).sorted().toList();
                    return new Lijst(true, now, ranked.stream().map(Gerangschikt::rij).toList(),
                            advies ? List.of() : List.of(Categorie.ZORGADVIES));
                });
    }

    private Gerangschikt rij(StrafrechtRepository.Kandidaat k, Instant now, Instant venster, boolean advies) {
        Instant eind = k.eindmoment();
        List<String> redenen = new ArrayList<>();
        if (!k.strafrechtelijkTraject()) {
            redenen.add("GEEN_STRAFTRAJECT");
        } else if (k.beslissing() == null) {
            redenen.add(k.beoordeeld() ? "GEEN_EINDBESLISSING" : "NOG_NIET_BEOORDEELD");
        }
        if (k.strafrechtelijkTraject() && !eind.isAfter(venster)
                && (k.contactverbodVan() == null || !Afdoening.sluitAan(k.contactverbodVan(), eind))) {
            redenen.add("CONTACTVERBOD_NIET_OP_TIJD");
        }
        if (k.overtredingen() > 0) {
            redenen.add("OVERTREDING");
        }
        if (k.herhaling()) {
            redenen.add("HERHALING");
        }
        if (k.minderjarigen()) {
            redenen.add("MINDERJARIGEN");
        }
        boolean hoog = advies && "HOOG".equals(k.zorgadviesRisico());
        if (hoog) {
            redenen.add("ZORGADVIES_HOOG");
        }
        GeweldErnst ernst = k.ernst();
        if (ernst == GeweldErnst.ZEER_ERNSTIG || ernst == GeweldErnst.ERNSTIG) {
            redenen.add("ERNST_" + ernst.name());
        }
        long uren = Math.max(0, Duration.between(now, eind).toHours());
        Rij rij = new Rij(k.id(), k.registratienummer(),
                k.strafrechtelijkTraject() ? Sectie.STRAFTRAJECT : Sectie.ZONDER_STRAFTRAJECT, k.gemeente(), eind, uren,
                Duration.between(now, eind).compareTo(config.urgentBinnen()) <= 0, redenen,
                advies ? k.zorgadviesRisico() != null : null);
        return new Gerangschikt(rij, ernst, k.herhaling(), k.minderjarigen(), k.overtredingen(), hoog);
    }

    /**
     * A row with what ranks it: the first section before the second; in each, urgent cases first, then a HOOG care
     * advice (the care side's weight, recommendation 3b); then time left, violations (most first), repeat THV, minors,
     * severity.
     */
    private record Gerangschikt(Rij rij, GeweldErnst ernst, boolean herhaling, boolean minderjarigen, long overtredingen,
            boolean hoog) implements Comparable<Gerangschikt> {

        @Override
        public int compareTo(Gerangschikt o) {
            // written out rather than as a chain of key extractors: a list of 200 rows takes ~1,500 comparisons, and the
            // chain boxed every key of every comparison
            int c = rij.sectie().compareTo(o.rij.sectie());
            if (c == 0) {
                c = Boolean.compare(!rij.urgent(), !o.rij.urgent());
            }
            if (c == 0) {
                c = Boolean.compare(!hoog, !o.hoog);
            }
            if (c == 0) {
                c = rij.eindmoment().compareTo(o.rij.eindmoment());
            }
            if (c == 0) {
                c = Long.compare(o.overtredingen, overtredingen);
            }
            if (c == 0) {
                c = Boolean.compare(!herhaling, !o.herhaling);
            }
            if (c == 0) {
                c = Boolean.compare(!minderjarigen, !o.minderjarigen);
            }
            return c != 0 ? c : Integer.compare(ernst.ordinal(), o.ernst.ordinal());
        }
    }

    /**
     * Whether this actor reads the priority list (the werkplek offers its menu item by the same rule): ZSM, and the
     * police, who decide whether a risky THV without a track gets one.
     */
    public static boolean magLezen(Actor actor) {
        return actor.rol() == Rol.OM_ZSM || actor.rol() == Rol.POLITIE_THV;
    }

    private static void vereisZsm(Actor actor) {
        if (!magLezen(actor)) {
            throw ProblemException.forbidden("De prioriteitenlijst is voor ZSM (om-zsm) en de politie (politie-thv).");
        }
    }
}
