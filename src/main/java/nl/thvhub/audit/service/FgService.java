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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
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
    public record Pagina(List<AuditQuery.Regel> items, Long volgende) {
    }

    /** One line of the access report: when, which organisation, for which purpose, which categories. No names. */
    public record InzageRegel(@NotNull Instant tijdstip, @NotNull String organisatie, String doel,
            @NotNull List<@NotNull String> categorieen) {
    }

    /** The access report for one data subject. */
    public record Inzage(@NotNull UUID betrokkeneId, @NotNull List<@NotNull InzageRegel> regels,
            @NotNull boolean mogelijkUitgesteld) {
    }

    /** Roles whose entries are deferred while the THV or the criminal case is open (investigation interest). */
    private static final Set<String> UITGESTELD = Set.of(Rol.C_POLITIE_THV, Rol.C_OM_ZSM, Rol.C_WIJKAGENT);

    private final Pool pool;
    private final AuditQuery query;
    private final AuditLog audit;
    private final Verificatie verificatie;
    private final ZaakstatusBron zaken;
    private final Clock clock;
    private final Verzoek verzoek;

    public FgService(Pool pool, AuditQuery query, AuditLog audit, Verificatie verificatie, ZaakstatusBron zaken, Clock clock,
            Verzoek verzoek) {
        this.pool = pool;
        this.query = query;
        this.audit = audit;
        this.verificatie = verificatie;
        this.zaken = zaken;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    public Uni<Pagina> zoek(Actor actor, AuditQuery.Filter filter, Long voorId, int limit, boolean export) {
        requireFg(actor);
        int size = Math.max(1, Math.min(limit, export ? 100_000 : 500));
        return pool.withTransaction(conn -> query.zoek(conn, filter, voorId, size + 1).chain(rows -> {
            List<AuditQuery.Regel> page = rows.size() > size ? rows.subList(0, size) : rows;
            Long next = rows.size() > size ? page.get(size - 1).id() : null;
            return audit
                    .schrijf(conn,
                            List.of(eigenRegel(actor, export ? "AUDIT_EXPORT" : "AUDIT_ZOEKEN", filter.huisverbodId(),
                                    filter.betrokkeneId())))
                    .replaceWith(new Pagina(page, next));
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
            return conn.preparedQuery("""
                    select tijdstip, actor_organisatie, actor_rol, doel, verstrekt from audit_regel
                    where betrokkene_id = $1 and uitkomst = 'TOEGESTAAN' order by id
                    """).execute(Tuple.of(betrokkeneId)).chain(rows -> {
                List<InzageRegel> regels = new ArrayList<>();
                for (Row r : rows) {
                    if (uitstel && UITGESTELD.contains(r.getString("actor_rol"))) {
                        continue;
                    }
                    String verstrekt = r.getString("verstrekt");
                    regels.add(new InzageRegel(r.getOffsetDateTime("tijdstip").toInstant(), r.getString("actor_organisatie"),
                            r.getString("doel"),
                            verstrekt == null || verstrekt.isEmpty()
                                    ? List.of()
                                    : new ArrayList<>(new LinkedHashSet<>(List.of(verstrekt.split(","))))));
                }
                return audit
                        .schrijf(conn, List.of(eigenRegel(actor, "INZAGE_RAPPORT", status.get().huisverbodId(), betrokkeneId)))
                        .replaceWith(new Inzage(betrokkeneId, regels, uitstel));
            });
        }));
    }

    private AuditRegel eigenRegel(Actor actor, String actie, UUID zaak, UUID betrokkene) {
        String[] trace = verzoek.trace();
        return new AuditRegel(clock.instant(), trace[0], trace[1], actor.subject(), actor.gebruikersnaam(), actor.rol().code(),
                actor.organisatie().name(), actor.clientId(), null, "privacytoezicht", null, actie, zaak, betrokkene, List.of(),
                null,
                AuditRegel.TOEGESTAAN, null);
    }

    private static void requireFg(Actor actor) {
        if (actor.rol() != Rol.FG) {
            throw ProblemException.forbidden("Alleen de functionaris gegevensbescherming leest het auditlog.");
        }
    }
}
