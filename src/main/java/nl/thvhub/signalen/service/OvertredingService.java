package nl.thvhub.signalen.service;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Scope;
import nl.thvhub.privacy.Zichtbaarheid;

/**
 * Violations of a THV: the police register them (with follow-up), the coordinator reports suspicions that the police
 * confirm or dismiss, and police and gemeente work through confirmed violations without follow-up. Every read and
 * change goes through the case's privacy decision (category OVERTREDINGEN) and is audited in its transaction.
 */
@ApplicationScoped
public class OvertredingService {

    private final Pool pool;
    private final Zaakwerk werk;
    private final Disclosure disclosure;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;
    private final Verzoek verzoek;

    OvertredingService(Pool pool, Zaakwerk werk, Disclosure disclosure, AuditLog audit, Outbox outbox,
            Validator validator, Clock clock, Verzoek verzoek) {
        this.pool = pool;
        this.werk = werk;
        this.disclosure = disclosure;
        this.audit = audit;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    public Uni<Overtreding.View> registreer(Actor actor, UUID zaakId, Overtreding.Melding m) {
        boolean politie = isPolitie(actor);
        if (!politie && !actor.rol().isCoordinator()) {
            throw ProblemException.forbidden(
                    "Overtredingen registreert de politie; de zorgcoordinator van de zaak kan een vermoeden melden.");
        }
        Invoer.valideer(validator, m);
        if (!politie && (m.vervolgactie() != null || m.vervolgReden() != null)) {
            throw ProblemException.forbidden("Het vervolg van een overtreding registreert de politie.");
        }
        checkReden(m.vervolgactie(), m.vervolgReden());
        Overtreding.Status status = politie ? Overtreding.Status.BEVESTIGD : Overtreding.Status.VERMOED;
        return werk.op(actor, zaakId, "OVERTREDING_REGISTREREN", Categorie.OVERTREDINGEN, (conn, h, now) -> {
            Instant einde = einde(h);
            if (m.moment().isAfter(now)) {
                throw ProblemException.invalid("moment", "ligt in de toekomst");
            }
            if (m.moment().isBefore(h.opgelegdOp()) || !m.moment().isBefore(einde)) {
                throw ProblemException.invalid("moment",
                        "valt buiten de looptijd van het huisverbod (" + h.opgelegdOp() + " tot " + einde + ")");
            }
            UUID id = UUID.randomUUID();
            Tuple t = Tuple.tuple().addUUID(id).addUUID(zaakId).addOffsetDateTime(odt(m.moment()))
                    .addString(m.soort().name()).addString(m.melder().name()).addString(m.omschrijving().trim())
                    .addString(status.name()).addBoolean(!now.isBefore(einde))
                    .addString(m.vervolgactie() == null ? null : m.vervolgactie().name()).addString(m.vervolgReden())
                    .addOffsetDateTime(m.vervolgactie() == null ? null : odt(now)).addString(actor.rol().code())
                    .addString(actor.organisatie().name()).addOffsetDateTime(odt(now));
            return conn.preparedQuery("""
                    insert into overtreding (id, huisverbod_id, moment, soort, melder, omschrijving, status, gemeld_na_afloop,
                      vervolgactie, vervolg_reden, vervolg_op, geregistreerd_rol, geregistreerd_org, geregistreerd_op)
                    values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
                    """).execute(t)
                    .call(() -> outbox.emit(conn, politie ? "overtreding.geregistreerd" : "overtreding.vermoed",
                            HuisverbodService.feiten(h), actor, now))
                    .chain(() -> een(conn, zaakId, id, false));
        });
    }

    public Uni<Overtreding.View> beoordeel(Actor actor, UUID zaakId, UUID id, Overtreding.Beoordeling b) {
        requirePolitie(actor);
        Invoer.valideer(validator, b);
        boolean bevestigd = b.besluit() == Overtreding.Besluit.BEVESTIGD;
        if (!bevestigd && (b.reden() == null || b.reden().isBlank())) {
            throw ProblemException.invalid("reden", "verplicht bij afwijzen");
        }
        if (!bevestigd && b.vervolgactie() != null) {
            throw ProblemException.invalid("vervolgactie", "alleen bij een bevestigde overtreding");
        }
        checkReden(b.vervolgactie(), b.vervolgReden());
        return werk.op(actor, zaakId, "OVERTREDING_BEOORDELEN", Categorie.OVERTREDINGEN,
                (conn, h, now) -> een(conn, zaakId, id, true).chain(o -> {
                    if (o.status() != Overtreding.Status.VERMOED) {
                        throw ProblemException.conflict("Deze overtreding is al " + o.status().name().toLowerCase() + ".",
                                o.status().name(), List.of());
                    }
                    return conn
                            .preparedQuery(
                                    """
                                            update overtreding set status = $3, beoordeling_reden = $4, beoordeeld_rol = $5, beoordeeld_op = $6,
                                              vervolgactie = $7, vervolg_reden = $8, vervolg_op = $9
                                            where id = $1 and huisverbod_id = $2
                                            """)
                            .execute(Tuple.tuple().addUUID(id).addUUID(zaakId).addString(b.besluit().name())
                                    .addString(b.reden()).addString(actor.rol().code()).addOffsetDateTime(odt(now))
                                    .addString(b.vervolgactie() == null ? null : b.vervolgactie().name())
                                    .addString(b.vervolgReden())
                                    .addOffsetDateTime(b.vervolgactie() == null ? null : odt(now)))
                            .call(() -> bevestigd
                                    ? outbox.emit(conn, "overtreding.geregistreerd", HuisverbodService.feiten(h), actor, now)
                                    : Uni.createFrom().voidItem())
                            .chain(() -> een(conn, zaakId, id, false));
                }));
    }

    public Uni<Overtreding.View> vervolg(Actor actor, UUID zaakId, UUID id, Overtreding.Vervolg v) {
        requirePolitie(actor);
        Invoer.valideer(validator, v);
        checkReden(v.vervolgactie(), v.vervolgReden());
        return werk.op(actor, zaakId, "OVERTREDING_VERVOLG", Categorie.OVERTREDINGEN,
                (conn, h, now) -> een(conn, zaakId, id, true).chain(o -> {
                    if (o.status() != Overtreding.Status.BEVESTIGD || o.vervolgactie() != null) {
                        throw ProblemException.conflict(
                                o.vervolgactie() != null
                                        ? "Het vervolg is al geregistreerd (" + o.vervolgactie() + ")."
                                        : "Alleen een bevestigde overtreding krijgt een vervolg.",
                                o.status().name(), List.of());
                    }
                    return conn.preparedQuery(
                            "update overtreding set vervolgactie = $3, vervolg_reden = $4, vervolg_op = $5 where id = $1 and huisverbod_id = $2")
                            .execute(Tuple.tuple().addUUID(id).addUUID(zaakId).addString(v.vervolgactie().name())
                                    .addString(v.vervolgReden()).addOffsetDateTime(odt(now)))
                            .chain(() -> een(conn, zaakId, id, false));
                }));
    }

    public Uni<List<Overtreding.View>> lijst(Actor actor, UUID zaakId) {
        return werk.op(actor, zaakId, "OVERTREDINGEN_LEZEN", Categorie.OVERTREDINGEN,
                (conn, h, now) -> conn
                        .preparedQuery("select * from overtreding where huisverbod_id = $1 order by moment desc, id")
                        .execute(Tuple.of(zaakId)).map(rows -> {
                            List<Overtreding.View> list = new ArrayList<>();
                            rows.forEach(r -> list.add(map(r)));
                            return list;
                        }));
    }

    /** One page of the work list, oldest registration first; the reader's scope is part of the SQL. */
    public record Pagina(List<Overtreding.ZonderVervolg> items, Cursor volgende) {
    }

    /** Confirmed violations without follow-up in the cases the reader may see (police, wijkagent of the wijk, gemeente). */
    public Uni<Pagina> zonderVervolg(Actor actor, Cursor na, int limit) {
        if (!isPolitie(actor) && actor.rol() != Rol.GEMEENTE) {
            throw ProblemException.forbidden("Deze werklijst is voor de politie en de gemeente.");
        }
        Instant now = clock.instant();
        String doel = doel(actor);
        Zichtbaarheid zicht = disclosure.zichtbaarheid(actor, now);
        int size = Math.max(1, Math.min(limit, 100));
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where o.status = 'BEVESTIGD' and o.vervolgactie is null");
        if (zicht.geslotenNa() != null) {
            params.add(odt(zicht.geslotenNa()));
            where.append(" and (h.afgesloten_op is null or h.afgesloten_op > $").append(params.size()).append(')');
        }
        if (zicht.scope() == Scope.EIGEN_WIJK) {
            params.add(zicht.wijk());
            where.append(" and h.wijk = $").append(params.size()).append(" and h.afgesloten_op is null");
        } else if (zicht.scope() != Scope.ALTIJD) {
            throw ProblemException.forbidden("Deze werklijst is voor de politie en de gemeente.");
        }
        if (na != null) {
            params.add(odt(na.opgelegdOp()));
            params.add(na.id());
            where.append(" and (o.geregistreerd_op, o.id) > ($").append(params.size() - 1).append(", $")
                    .append(params.size()).append(')');
        }
        params.add(size + 1);
        String sql = """
                select o.id, o.huisverbod_id, o.moment, o.soort, o.geregistreerd_op, h.registratienummer, h.gemeente, h.wijk
                from overtreding o join huisverbod h on h.id = o.huisverbod_id
                """ + where + " order by o.geregistreerd_op, o.id limit $" + params.size();
        String[] trace = verzoek.trace();
        return pool.withTransaction(conn -> conn.preparedQuery(sql).execute(Tuple.from(params)).chain(rows -> {
            List<Overtreding.ZonderVervolg> items = new ArrayList<>();
            for (Row r : rows) {
                items.add(new Overtreding.ZonderVervolg(r.getUUID("id"), r.getUUID("huisverbod_id"),
                        r.getString("registratienummer"), Gemeente.valueOf(r.getString("gemeente")), r.getString("wijk"),
                        instant(r.getOffsetDateTime("moment")), Overtreding.Soort.valueOf(r.getString("soort")),
                        instant(r.getOffsetDateTime("geregistreerd_op"))));
            }
            List<Overtreding.ZonderVervolg> page = items.size() > size ? items.subList(0, size) : items;
            Cursor next = items.size() > size
                    ? new Cursor(page.get(size - 1).geregistreerdOp(), page.get(size - 1).id())
                    : null;
            List<AuditRegel> regels = page.stream().map(Overtreding.ZonderVervolg::huisverbodId).distinct()
                    .map(zaak -> disclosure.toegestaan(actor, doel, "OVERTREDINGEN_ZONDER_VERVOLG", zaak,
                            List.of("KERN", "OVERTREDINGEN"), now, trace, null))
                    .toList();
            return audit.schrijf(conn, regels).replaceWith(new Pagina(List.copyOf(page), next));
        }));
    }

    private Uni<Overtreding.View> een(SqlConnection conn, UUID zaakId, UUID id, boolean lock) {
        return conn
                .preparedQuery("select * from overtreding where id = $1 and huisverbod_id = $2" + (lock ? " for update" : ""))
                .execute(Tuple.of(id, zaakId)).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    return map(rows.iterator().next());
                });
    }

    private static Overtreding.View map(Row r) {
        String vervolg = r.getString("vervolgactie");
        String beoordeeld = r.getString("beoordeeld_rol");
        return new Overtreding.View(r.getUUID("id"), r.getUUID("huisverbod_id"), instant(r.getOffsetDateTime("moment")),
                Overtreding.Soort.valueOf(r.getString("soort")), Overtreding.Melder.valueOf(r.getString("melder")),
                r.getString("omschrijving"), Overtreding.Status.valueOf(r.getString("status")),
                r.getBoolean("gemeld_na_afloop"), vervolg == null ? null : Vervolgactie.valueOf(vervolg),
                r.getString("vervolg_reden"), instant(r.getOffsetDateTime("vervolg_op")),
                beoordeeld == null
                        ? null
                        : new Overtreding.BeoordelingView(Overtreding.Besluit.valueOf(r.getString("status")),
                                r.getString("beoordeling_reden"), Rol.uitCode(beoordeeld),
                                instant(r.getOffsetDateTime("beoordeeld_op"))),
                new Overtreding.Door(Rol.uitCode(r.getString("geregistreerd_rol")),
                        Organisatie.valueOf(r.getString("geregistreerd_org"))),
                instant(r.getOffsetDateTime("geregistreerd_op")));
    }

    /** The THV runs from imposition until its end, or until it was withdrawn. */
    private static Instant einde(Huisverbod h) {
        return h.ingetrokkenOp() != null && h.ingetrokkenOp().isBefore(h.eindmoment()) ? h.ingetrokkenOp() : h.eindmoment();
    }

    private static void checkReden(Vervolgactie actie, String reden) {
        if (actie == Vervolgactie.GEEN && (reden == null || reden.isBlank())) {
            throw ProblemException.invalid("vervolgReden", "verplicht als er geen vervolgactie is");
        }
    }

    private static boolean isPolitie(Actor actor) {
        return actor.rol() == Rol.POLITIE_THV || actor.rol() == Rol.WIJKAGENT;
    }

    private static void requirePolitie(Actor actor) {
        if (!isPolitie(actor)) {
            throw ProblemException.forbidden("Dit is voorbehouden aan de politie (politie-thv of wijkagent).");
        }
    }

    private String doel(Actor actor) {
        return disclosure.doel(actor, verzoek.doelbinding().orElse(null));
    }
}
