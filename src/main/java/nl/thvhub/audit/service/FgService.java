package nl.thvhub.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.AuditZoeken;
import nl.thvhub.audit.persistence.AuditRepository;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;

/**
 * The privacy officer's view of the audit log: queries and export (each itself audited), chain verification, and the
 * data-subject access report (AVG art. 15) without employee identities and with police/OM entries deferred while the
 * case or its criminal track is open.
 */
@ApplicationScoped
public class FgService {

    /** A page of audit lines. */
    public record Pagina(List<AuditZoeken.Regel> items, Long volgende) {
    }

    /** One line of the access report: when, which organisation, for which purpose, which categories. No names. */
    public record InzageRegel(@NotNull Instant tijdstip, @NotNull String organisatie, String doel,
            @NotNull List<@NotNull String> categorieen) {
    }

    /**
     * The access report for one data subject: who received which of its data, and every consent about it with who
     * recorded it and how it was obtained.
     */
    public record Inzage(@NotNull UUID betrokkeneId, @NotNull List<@NotNull InzageRegel> regels,
            @NotNull List<ToestemmingenBron.@NotNull Toestemming> toestemmingen, @NotNull boolean mogelijkUitgesteld) {
    }

    /** Roles whose entries are deferred while the THV or the criminal case is open (investigation interest). */
    private static final Set<String> UITGESTELD = Set.of(Rol.C_POLITIE_THV, Rol.C_OM_ZSM, Rol.C_WIJKAGENT);

    private final Pool pool;
    private final AuditRepository repository;
    private final AuditLog audit;
    private final Verificatie verificatie;
    private final ZaakstatusBron zaken;
    private final ToestemmingenBron toestemmingen;
    private final Clock clock;
    private final Verzoek verzoek;

    public FgService(Pool pool, AuditRepository repository, AuditLog audit, Verificatie verificatie, ZaakstatusBron zaken,
            ToestemmingenBron toestemmingen, Clock clock, Verzoek verzoek) {
        this.toestemmingen = toestemmingen;
        this.pool = pool;
        this.repository = repository;
        this.audit = audit;
        this.verificatie = verificatie;
        this.zaken = zaken;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    public Uni<Pagina> zoek(Actor actor, AuditZoeken.Filter filter, Long voorId, int limit, boolean export) {
        requireFg(actor);
        int size = Math.max(1, Math.min(limit, export ? 100_000 : 500));
        return pool.withTransaction(conn -> repository.search(conn, filter, voorId, nl.thvhub.platform.Pagina.leesGrens(size))
                .chain(rows -> {
                    var pagina = nl.thvhub.platform.Pagina.uit(rows, size, AuditZoeken.Regel::id);
                    return audit
                            .schrijf(conn,
                                    List.of(eigenRegel(actor, export ? AuditActie.AUDIT_EXPORT : AuditActie.AUDIT_ZOEKEN,
                                            filter.huisverbodId(),
                                            filter.betrokkeneId())))
                            .replaceWith(new Pagina(pagina.items(), pagina.volgende()));
                }));
    }

    public Uni<Verificatie.Uitslag> verifieer(Actor actor, Instant van, Instant tot) {
        requireFg(actor);
        return verificatie.verifieer(van, tot);
    }

    public Uni<Inzage> inzage(Actor actor, UUID betrokkeneId) {
        requireFg(actor);
        return pool.withTransaction(conn -> zaken.vanBetrokkene(conn, betrokkeneId).chain(status -> {
            if (status.isEmpty()) {
                throw ProblemException.notFound();
            }
            boolean uitstel = status.get().zaakOpen() || status.get().strafzaakOpen();
            return repository.listVerstrekkingen(conn, betrokkeneId).chain(rows -> {
                List<InzageRegel> regels = new ArrayList<>();
                for (AuditRepository.Verstrekking r : rows) {
                    if (uitstel && UITGESTELD.contains(r.actorRol())) {
                        continue;
                    }
                    String verstrekt = r.verstrekt();
                    regels.add(new InzageRegel(r.tijdstip(), r.actorOrganisatie(), r.doel(),
                            verstrekt == null || verstrekt.isEmpty()
                                    ? List.of()
                                    : new ArrayList<>(new LinkedHashSet<>(List.of(verstrekt.split(","))))));
                }
                return toestemmingen.vanBetrokkene(conn, betrokkeneId).call(() -> audit
                        .schrijf(conn,
                                List.of(eigenRegel(actor, AuditActie.INZAGE_RAPPORT, status.get().huisverbodId(),
                                        betrokkeneId))))
                        .map(lijst -> new Inzage(betrokkeneId, regels, lijst, uitstel));
            });
        }));
    }

    private AuditRegel eigenRegel(Actor actor, AuditActie actie, UUID zaak, UUID betrokkene) {
        return AuditRegel.door(actor, clock.instant(), verzoek.trace()).regel(null, "privacytoezicht", null, actie, zaak,
                betrokkene, List.of(), null, AuditRegel.TOEGESTAAN, null);
    }

    private static void requireFg(Actor actor) {
        if (actor.rol() != Rol.FG) {
            throw ProblemException.forbidden("Alleen de functionaris gegevensbescherming leest het auditlog.");
        }
    }
}
