package nl.thvhub.notificaties.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.service.ZaakOpzoeker;

/**
 * The caller's inbox: notifications addressed to the user, or to a role queue the user belongs to (role, and where set
 * the organisation or wijk). Unread first, cursor-paged; acknowledging is idempotent. The sender's organisation sees
 * which of its notifications nobody acknowledged in time.
 */
@ApplicationScoped
public class InboxService {

    /** A thin notification: what happened to which case when, and where to read it (through the reader's own scope). */
    public record Notificatie(@NotNull UUID id, @NotNull NotificatieType type, UUID huisverbodId, @NotNull Instant tijdstip,
            @NotNull boolean bevestigd, String link) {
    }

    /** A page of the inbox. */
    @Schema(name = "NotificatiePagina")
    @Type("NotificatiePagina")
    public record Pagina(@NotNull List<@NotNull Notificatie> items, String volgende) {
    }

    /** An unacknowledged notification as its sender's organisation sees it: to which role/organisation/wijk it went. */
    @Schema(name = "OnbevestigdeNotificatie")
    public record Onbevestigd(@NotNull UUID id, @NotNull NotificatieType type, UUID huisverbodId, @NotNull Instant tijdstip,
            String ontvangerRol, String ontvangerOrganisatie, String ontvangerWijk) {
    }

    private static final String VOOR_MIJ = """
            (n.ontvanger_gebruiker = $1 or (n.ontvanger_gebruiker is null and n.ontvanger_rol = $2
              and (n.ontvanger_organisatie is null or n.ontvanger_organisatie = $3) and (n.ontvanger_wijk is null or n.ontvanger_wijk = $4)))
            """;

    private final Pool pool;
    private final Clock clock;

    private final Disclosure disclosure;
    private final ZaakOpzoeker opzoeker;
    private final AuditLog audit;
    private final Verzoek verzoek;

    public InboxService(Pool pool, Clock clock, Disclosure disclosure, ZaakOpzoeker opzoeker, AuditLog audit,
            Verzoek verzoek) {
        this.disclosure = disclosure;
        this.opzoeker = opzoeker;
        this.audit = audit;
        this.verzoek = verzoek;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Pagina> inbox(Actor actor, String type, Boolean bevestigd, String volgende, int limiet) {
        int size = Math.max(1, Math.min(limiet, 100));
        List<Object> p = new ArrayList<>(List.of(actor.gebruikersnaam(), actor.rol().code(), actor.organisatie().name(),
                actor.wijk() == null ? "" : actor.wijk()));
        StringBuilder w = new StringBuilder();
        if (type != null) {
            p.add(type);
            w.append(" and n.type = $").append(p.size());
        }
        if (bevestigd != null) {
            w.append(bevestigd ? " and n.bevestigd_op is not null" : " and n.bevestigd_op is null");
        }
        if (volgende != null) {
            Sleutel c = decode(volgende);
            p.add(c.gelezen());
            p.add(c.aangemaakt().atOffset(ZoneOffset.UTC));
            p.add(c.id());
            int i = p.size();
            // order: unread first, then newest first; the cursor is the last row's key
            w.append(" and ((n.bevestigd_op is not null) > $").append(i - 2).append(" or ((n.bevestigd_op is not null) = $")
                    .append(i - 2)
                    .append(" and (n.aangemaakt_op < $").append(i - 1).append(" or (n.aangemaakt_op = $").append(i - 1)
                    .append(" and n.id > $").append(i)
                    .append("))))");
        }
        p.add(size + 1);
        String limit = " order by (n.bevestigd_op is not null), n.aangemaakt_op desc, n.id limit $" + p.size();
        // One branch per way a notification can be addressed to this reader (personally, or to its role's queue for any
        // or its own organisation and wijk), each read in the order of its index and cut at the page size, then merged:
        // a queue with many thousands of notifications never has to be sorted as a whole.
        List<String> branches = new ArrayList<>(List.of("n.ontvanger_gebruiker = $1"));
        for (String org : List.of("''", "$3")) {
            // without a wijk, $4 is '' and one branch covers the queues for any wijk
            for (String wijk : actor.wijk() == null ? List.of("$4") : List.of("''", "$4")) {
                branches.add(
                        "n.ontvanger_gebruiker is null and n.ontvanger_rol = $2 and coalesce(n.ontvanger_organisatie, '') = "
                                + org + " and coalesce(n.ontvanger_wijk, '') = " + wijk);
            }
        }
        String sql = "select * from ("
                + String.join(" union all ",
                        branches.stream().map(b -> "(select n.* from notificatie n where " + b + w + limit + ")")
                                .toList())
                + ") n" + limit;
        return pool.preparedQuery(sql).execute(Tuple.from(p)).map(rows -> {
            List<Notificatie> items = new ArrayList<>();
            List<String[]> keys = new ArrayList<>();
            for (Row r : rows) {
                items.add(map(r));
                keys.add(new String[]{Boolean.toString(r.getOffsetDateTime("bevestigd_op") != null),
                        r.getOffsetDateTime("aangemaakt_op").toInstant().toString(), r.getUUID("id").toString()});
            }
            String next = null;
            if (items.size() > size) {
                items = items.subList(0, size);
                next = encode(keys.get(size - 1));
            }
            return new Pagina(items, next);
        });
    }

    public Uni<Notificatie> bevestig(Actor actor, UUID id) {
        return pool.preparedQuery(
                "update notificatie n set bevestigd_op = coalesce(bevestigd_op, $6), bevestigd_door = coalesce(bevestigd_door, $7) where "
                        + VOOR_MIJ + " and n.id = $5 returning n.*")
                .execute(Tuple.from(List.of(actor.gebruikersnaam(), actor.rol().code(), actor.organisatie().name(),
                        actor.wijk() == null ? "" : actor.wijk(), id,
                        clock.instant().atOffset(ZoneOffset.UTC), actor.gebruikersnaam())))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    return map(rows.iterator().next());
                });
    }

    /**
     * The notifications the caller's organisation caused that nobody acknowledged in time, limited to what the caller may
     * see: each row's case through the caller's own privacy decision and the event's category, one audit line per case
     * listed, in one transaction with the read. Rows out of scope are left out without a trace (no totals).
     */
    public Uni<List<Onbevestigd>> onbevestigd(Actor actor, Duration ouderDan) {
        Instant now = clock.instant();
        Instant grens = now.minus(ouderDan);
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        String[] trace = verzoek.trace();
        return pool.withTransaction(conn -> conn
                .preparedQuery(
                        """
                                select * from notificatie where afzender_organisatie = $1 and bevestigd_op is null and aangemaakt_op < $2 order by aangemaakt_op limit 500
                                """)
                .execute(Tuple.of(actor.organisatie().name(), grens.atOffset(ZoneOffset.UTC))).chain(rows -> {
                    List<Onbevestigd> list = new ArrayList<>();
                    java.util.Map<UUID, java.util.Optional<Zaakfeiten>> zaken = new java.util.HashMap<>();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Row r : rows) {
                        UUID zaak = r.getUUID("huisverbod_id");
                        chain = chain.chain(() -> zaken.containsKey(zaak)
                                ? Uni.createFrom().voidItem()
                                : opzoeker.vanZaak(conn, zaak, actor, doel, now).invoke(f -> zaken.put(zaak, f))
                                        .replaceWithVoid())
                                .invoke(() -> {
                                    java.util.Optional<Zaakfeiten> f = zaken.get(zaak);
                                    if (f.isPresent() && disclosure.magEvent(actor, r.getString("type"), f.get(), now)) {
                                        list.add(new Onbevestigd(r.getUUID("id"), NotificatieType.uitCode(r.getString("type")),
                                                zaak,
                                                r.getOffsetDateTime("tijdstip").toInstant(), r.getString("ontvanger_rol"),
                                                r.getString("ontvanger_organisatie"), r.getString("ontvanger_wijk")));
                                    }
                                });
                    }
                    return chain.chain(() -> {
                        List<AuditRegel> regels = list.stream().map(Onbevestigd::huisverbodId).distinct()
                                .map(z -> disclosure.toegestaan(actor, doel, "ONBEVESTIGD", z, List.of("KERN"), now, trace,
                                        null))
                                .toList();
                        return audit.schrijf(conn, regels);
                    }).replaceWith(list);
                }));
    }

    static Notificatie map(Row r) {
        UUID zaak = r.getUUID("huisverbod_id");
        return new Notificatie(r.getUUID("id"), NotificatieType.uitCode(r.getString("type")), zaak,
                r.getOffsetDateTime("tijdstip").toInstant(),
                r.getOffsetDateTime("bevestigd_op") != null, "/api/v1/huisverboden/" + zaak);
    }

    private static String encode(String[] key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("|", key).getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key of the last row of a page. */
    record Sleutel(boolean gelezen, Instant aangemaakt, UUID id) {
    }

    /** A cursor the hub did not hand out (any part malformed) is a 400 naming the parameter, never a 500. */
    static Sleutel decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals("true") && !parts[0].equals("false")) {
                throw new IllegalArgumentException();
            }
            return new Sleutel(Boolean.parseBoolean(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ProblemException.invalid("volgende", "een cursor zoals de vorige pagina die gaf");
        }
    }
}
