package nl.thvhub.notificaties.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.notificaties.Notificatie;
import nl.thvhub.notificaties.Onbevestigd;
import nl.thvhub.notificaties.persistence.NotificatieRepository;
import nl.thvhub.platform.Trace;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.service.ZaakOpzoeker;

/**
 * The caller's inbox: notifications addressed to the user, or to a role queue the user belongs to (role, and where set
 * the organisation or wijk). Unread first, cursor-paged; acknowledging is idempotent. The sender's organisation sees
 * which of its notifications nobody acknowledged in time.
 */
@ApplicationScoped
public class InboxService {

    /** A page of the inbox. */
    @Schema(name = "NotificatiePagina")
    @Type("NotificatiePagina")
    public record Pagina(@NotNull List<@NotNull Notificatie> items, String volgende) {
    }

    private final Pool pool;
    private final Clock clock;

    private final Ontvangst ontvangst;
    private final ZaakOpzoeker opzoeker;
    private final AuditLog audit;
    private final Verzoek verzoek;

    private final NotificatieRepository repository;

    public InboxService(Pool pool, NotificatieRepository repository, Clock clock, Ontvangst ontvangst,
            ZaakOpzoeker opzoeker, AuditLog audit, Verzoek verzoek) {
        this.repository = repository;
        this.ontvangst = ontvangst;
        this.opzoeker = opzoeker;
        this.audit = audit;
        this.verzoek = verzoek;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Pagina> inbox(Actor actor, String type, Boolean bevestigd, String volgende, int limiet) {
        int grootte = nl.thvhub.platform.Pagina.grootte(limiet);
        NotificatieRepository.Sleutel na = volgende == null ? null : decode(volgende);
        return repository
                .inbox(pool, actor, type, bevestigd, na, nl.thvhub.platform.Pagina.leesGrens(grootte))
                .map(rows -> {
                    var pagina = nl.thvhub.platform.Pagina.uit(rows, grootte, NotificatieRepository.Rij::sleutel);
                    return new Pagina(pagina.items().stream().map(NotificatieRepository.Rij::notificatie).toList(),
                            pagina.volgende() == null ? null : encode(pagina.volgende()));
                });
    }

    public Uni<Notificatie> bevestig(Actor actor, UUID id) {
        return repository.acknowledge(pool, actor, id, clock.instant())
                .map(n -> n.orElseThrow(ProblemException::notFound));
    }

    /**
     * The notifications the caller's organisation caused that nobody acknowledged in time, limited to what the caller may
     * see: each row's case through the caller's own privacy decision and the event's category, one audit line per case
     * listed, in one transaction with the read. Rows out of scope are left out without a trace (no totals).
     */
    public Uni<List<Onbevestigd>> onbevestigd(Actor actor, Duration ouderDan) {
        Instant now = clock.instant();
        Instant grens = now.minus(ouderDan);
        String doel = ontvangst.doel(actor, verzoek.doelbinding().orElse(null));
        Trace trace = verzoek.trace();
        return pool.withTransaction(conn -> repository.listOnbevestigd(conn, actor.organisatie().name(), grens)
                .chain(rows -> {
                    List<Onbevestigd> list = new ArrayList<>();
                    java.util.Map<UUID, java.util.Optional<Zaakfeiten>> zaken = new java.util.HashMap<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Onbevestigd r : rows) {
                        UUID zaak = r.huisverbodId();
                        chain = chain.chain(() -> zaken.containsKey(zaak)
                                ? Uni.createFrom().voidItem()
                                : opzoeker.vanZaak(conn, zaak, actor, doel, now).invoke(f -> zaken.put(zaak, f))
                                        .replaceWithVoid())
                                .invoke(() -> {
                                    java.util.Optional<Zaakfeiten> f = zaken.get(zaak);
                                    if (f.isPresent() && ontvangst.magZien(actor, r.type().code(), f.get(), now)) {
                                        list.add(r);
                                    }
                                });
                    }
                    return chain.chain(() -> {
                        List<AuditRegel> regels = list.stream().map(Onbevestigd::huisverbodId).distinct()
                                .map(z -> ontvangst.getoond(actor, doel, now, trace, AuditActie.ONBEVESTIGD, z))
                                .toList();
                        return audit.schrijf(conn, regels);
                    }).replaceWith(list);
                }));
    }

    private static String encode(NotificatieRepository.Sleutel k) {
        String key = k.gelezen() + "|" + k.aangemaakt() + "|" + k.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor the hub did not hand out (any part malformed) is a 400 naming the parameter, never a 500. */
    static NotificatieRepository.Sleutel decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals("true") && !parts[0].equals("false")) {
                throw new IllegalArgumentException();
            }
            return new NotificatieRepository.Sleutel(Boolean.parseBoolean(parts[0]), Instant.parse(parts[1]),
                    UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ProblemException.invalid("volgende", "een cursor zoals de vorige pagina die gaf");
        }
    }
}
