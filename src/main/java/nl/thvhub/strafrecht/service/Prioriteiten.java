package nl.thvhub.strafrecht.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * soon whose contactverbod would not start on time. Every listed case is a disclosure of KERN, audited when it leaves.
 */
@ApplicationScoped
public class Prioriteiten {

    /** One row of the priority list. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PrioriteitenlijstRij")
    @org.eclipse.microprofile.graphql.Type("PrioriteitenlijstRij")
    public record Rij(@NotNull UUID huisverbodId, @NotNull String registratienummer, @NotNull Gemeente gemeente,
            @NotNull Instant eindmoment, @NotNull long resterendeUren, @NotNull boolean urgent,
            @NotNull List<@NotNull String> redenen, @NotNull boolean zorgadviesAanwezig) {
    }

    /** The list; {@code volledig} says it holds every case of the ZSM mandate (no paging, nothing hidden by scope). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Prioriteitenlijst")
    @org.eclipse.microprofile.graphql.Type("Prioriteitenlijst")
    public record Lijst(@NotNull boolean volledig, @NotNull Instant opgesteldOp, @NotNull List<@NotNull Rij> items) {
    }

    private final Pool pool;
    private final StrafrechtRepository repository;
    private final Zaakgrenzen grenzen;
    private final AuditLog audit;
    private final Clock clock;
    private final PrioriteitenConfig config;

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
                i.huisverbodId(), i.zorgadviesAanwezig() ? List.of("KERN", "ZORGADVIES") : List.of("KERN"), null)).toList();
        return pool.withConnection(conn -> audit.schrijf(conn, regels)).replaceWith(l);
    }

    /** The list as it stands now, not yet audited; usable outside a request (subscriptions): it reads no request state. */
    public Uni<Lijst> bereken(Actor actor, String gemeente) {
        vereisZsm(actor);
        if (gemeente != null
                && !List.of("AMSTERDAM", "DIEMEN", "UITHOORN", "OUDER_AMSTEL", "AMSTELVEEN", "AALSMEER").contains(gemeente)) {
            throw ProblemException.invalid("gemeente",
                    "een van AMSTERDAM, DIEMEN, UITHOORN, OUDER_AMSTEL, AMSTELVEEN, AALSMEER");
        }
        Instant now = clock.instant();
        Instant venster = now.plus(config.contactverbodVenster());
        // the advice is category ZORGADVIES: shown on the list only as far as the policy gives it to this role
        boolean advies = grenzen.regelToont(actor, Categorie.ZORGADVIES);
        return pool.withConnection(conn -> repository.listKandidaten(conn, now, venster, gemeente)).map(rows -> {
            List<Object[]> ranked = new ArrayList<>();
            for (StrafrechtRepository.Kandidaat k : rows) {
                Instant eind = k.eindmoment();
                List<String> redenen = new ArrayList<>();
                if (k.beslissing() == null) {
                    redenen.add(k.beoordeeld() ? "GEEN_EINDBESLISSING" : "NOG_NIET_BEOORDEELD");
                }
                boolean binnenVenster = !eind.isAfter(venster);
                if (binnenVenster && (k.contactverbodVan() == null
                        || !Afdoening.sluitAan(k.contactverbodVan(), eind))) {
                    redenen.add("CONTACTVERBOD_NIET_OP_TIJD");
                }
                long overtredingen = k.overtredingen();
                if (overtredingen > 0) {
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
                ranked.add(new Object[]{
                        new Rij(k.id(), k.registratienummer(), k.gemeente(), eind, uren,
                                Duration.between(now, eind).compareTo(config.urgentBinnen()) <= 0, redenen,
                                advies && k.zorgadviesRisico() != null),
                        ernst, k.herhaling(),
                        k.minderjarigen(), overtredingen, hoog});
            }
            // urgent cases first, then a HOOG care advice (the care side's weight, recommendation 3b); then time left,
            // violations (most first), repeat THV, minors, severity
            ranked.sort(Comparator.<Object[], Boolean>comparing(o -> !((Rij) o[0]).urgent())
                    .thenComparing(o -> !(Boolean) o[5])
                    .thenComparing(o -> ((Rij) o[0]).eindmoment())
                    .thenComparing(o -> -(Long) o[4])
                    .thenComparing(o -> !(Boolean) o[2])
                    .thenComparing(o -> !(Boolean) o[3]).thenComparing(o -> ((GeweldErnst) o[1]).ordinal()));
            List<Rij> items = ranked.stream().map(o -> (Rij) o[0]).toList();
            return new Lijst(true, now, items);
        });
    }

    /** Whether this actor reads the priority list (the werkplek offers its menu item by the same rule). */
    public static boolean magLezen(Actor actor) {
        return actor.rol() == Rol.OM_ZSM;
    }

    private static void vereisZsm(Actor actor) {
        if (!magLezen(actor)) {
            throw ProblemException.forbidden("De prioriteitenlijst is voor ZSM (rol om-zsm).");
        }
    }
}
