package nl.thvhub.signalen.service;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;

/**
 * THV requests from care: a coordinator, gezinsmanager or Veilig Thuis asks the weegteam (police, gemeente, Veilig Thuis,
 * Blijf Groep, youth protection) for a THV without a crisis; the police or gemeente record the weegteam's decision; the
 * requests not imposed in the last six weeks form the six-weekly evaluation. Requesters see their own organisation's
 * requests; police, gemeente and Veilig Thuis see all. Every request shown is audited.
 */
@ApplicationScoped
public class ThvAanvraagService {

    /** The evaluation is held every six weeks over the requests not imposed since the previous one. */
    public static final Duration EVALUATIEVENSTER = Duration.ofDays(42);

    private static final Set<Rol> AANVRAGERS = EnumSet.of(Rol.ZORGCOORDINATOR, Rol.SOCIAAL_TEAM, Rol.GEZINSMANAGER,
            Rol.VEILIG_THUIS);
    private static final Set<Rol> WEEGTEAM_ALLES = EnumSet.of(Rol.POLITIE_THV, Rol.GEMEENTE, Rol.VEILIG_THUIS);
    private static final Set<Rol> BESLISSERS = EnumSet.of(Rol.POLITIE_THV, Rol.GEMEENTE);

    /** One page of requests, newest first. */
    public record Pagina(List<ThvAanvraag.View> items, Cursor volgende) {
    }

    private final Pool pool;
    private final AuditLog audit;
    private final Disclosure disclosure;
    private final Validator validator;
    private final Clock clock;
    private final Verzoek verzoek;

    ThvAanvraagService(Pool pool, AuditLog audit, Disclosure disclosure, Validator validator, Clock clock, Verzoek verzoek) {
        this.pool = pool;
        this.audit = audit;
        this.disclosure = disclosure;
        this.validator = validator;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    public Uni<ThvAanvraag.View> aanvraag(Actor actor, ThvAanvraag.Aanvraag a) {
        if (!AANVRAGERS.contains(actor.rol())) {
            throw ProblemException
                    .forbidden(
                            "Een huisverbod vanuit de hulpverlening vragen zorgcoordinator, gezinsmanager en Veilig Thuis aan.");
        }
        Invoer.valideer(validator, a);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String postcode = Postcode.normaal(a.adres().postcode());
        String huisnummer = a.adres().huisnummer().toUpperCase(Locale.ROOT);
        return pool.withTransaction(conn -> conn.preparedQuery("""
                insert into thv_aanvraag (id, gemeente, postcode, huisnummer, onderbouwing, aangevraagd_door, aangevraagd_rol,
                  aangevraagd_org, aangevraagd_op)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """).execute(Tuple.tuple().addUUID(id).addString(a.gemeente().name()).addString(postcode).addString(huisnummer)
                .addString(a.onderbouwing().trim()).addString(actor.gebruikersnaam()).addString(actor.rol().code())
                .addString(actor.organisatie().name()).addOffsetDateTime(odt(now)))
                .chain(() -> lees(conn, actor, "THV_AANVRAAG_INDIENEN", "where a.id = $1", List.of(id), now))
                .map(list -> list.get(0)));
    }

    public Uni<Pagina> lijst(Actor actor, String status, Cursor na, int limit) {
        String org = scope(actor);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where true");
        if (org != null) {
            params.add(org);
            where.append(" and a.aangevraagd_org = $").append(params.size());
        }
        if (status != null) {
            switch (status) {
                case "OPEN" -> where.append(" and a.uitkomst is null");
                case "OPGELEGD", "NIET_OPGELEGD" -> {
                    params.add(status);
                    where.append(" and a.uitkomst = $").append(params.size());
                }
                default -> throw ProblemException.invalid("status", "een van OPEN, OPGELEGD, NIET_OPGELEGD");
            }
        }
        if (na != null) {
            params.add(odt(na.opgelegdOp()));
            params.add(na.id());
            where.append(" and (a.aangevraagd_op, a.id) < ($").append(params.size() - 1).append(", $").append(params.size())
                    .append(')');
        }
        int size = Math.max(1, Math.min(limit, 100));
        params.add(size + 1);
        where.append(" order by a.aangevraagd_op desc, a.id desc limit $").append(params.size());
        Instant now = clock.instant();
        return pool.withTransaction(conn -> select(conn, where.toString(), params).chain(all -> {
            List<ThvAanvraag.View> page = all.size() > size ? all.subList(0, size) : all;
            Cursor next = all.size() > size
                    ? new Cursor(page.get(size - 1).aangevraagdOp(), page.get(size - 1).id())
                    : null;
            return audit.schrijf(conn, regels(actor, "THV_AANVRAGEN_LEZEN", page, now))
                    .replaceWith(new Pagina(List.copyOf(page), next));
        }));
    }

    public Uni<ThvAanvraag.View> een(Actor actor, UUID id) {
        String org = scope(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> lees(conn, actor, "THV_AANVRAAG_LEZEN",
                org == null ? "where a.id = $1" : "where a.id = $1 and a.aangevraagd_org = $2",
                org == null ? List.of(id) : List.of(id, org), now)).map(list -> {
                    if (list.isEmpty()) {
                        throw ProblemException.notFound();
                    }
                    return list.get(0);
                });
    }

    public Uni<ThvAanvraag.View> beslis(Actor actor, UUID id, ThvAanvraag.Beslissing b) {
        if (!BESLISSERS.contains(actor.rol())) {
            throw ProblemException.forbidden("De beslissing van het weegteam legt de politie of de gemeente vast.");
        }
        Invoer.valideer(validator, b);
        if (b.uitkomst() == ThvAanvraag.Uitkomst.OPGELEGD && b.huisverbodId() == null) {
            throw ProblemException.invalid("huisverbodId", "verplicht als het huisverbod is opgelegd");
        }
        if (b.uitkomst() == ThvAanvraag.Uitkomst.NIET_OPGELEGD && (b.motivering() == null || b.motivering().isBlank())) {
            throw ProblemException.invalid("motivering", "verplicht als het huisverbod niet is opgelegd");
        }
        if (b.uitkomst() == ThvAanvraag.Uitkomst.NIET_OPGELEGD && b.huisverbodId() != null) {
            throw ProblemException.invalid("huisverbodId", "alleen als het huisverbod is opgelegd");
        }
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn
                .preparedQuery("select uitkomst, (select count(*) from huisverbod where id = $2) as zaak from thv_aanvraag"
                        + " where id = $1 for update")
                .execute(Tuple.of(id, b.huisverbodId())).chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    Row r = rows.iterator().next();
                    if (r.getString("uitkomst") != null) {
                        throw ProblemException.conflict("Het weegteam heeft al beslist.", r.getString("uitkomst"), List.of());
                    }
                    if (b.huisverbodId() != null && r.getLong("zaak") == 0) {
                        throw ProblemException.invalid("huisverbodId", "onbekend huisverbod");
                    }
                    return conn
                            .preparedQuery(
                                    """
                                            update thv_aanvraag set uitkomst = $2, huisverbod_id = $3, motivering = $4, beslist_rol = $5, beslist_op = $6
                                            where id = $1
                                            """)
                            .execute(Tuple.tuple().addUUID(id).addString(b.uitkomst().name()).addUUID(b.huisverbodId())
                                    .addString(b.motivering() == null ? null : b.motivering().trim())
                                    .addString(actor.rol().code())
                                    .addOffsetDateTime(odt(now)));
                }).chain(() -> lees(conn, actor, "THV_AANVRAAG_BESLISSEN", "where a.id = $1", List.of(id), now))
                .map(list -> list.get(0)));
    }

    /**
     * Requests the weegteam did not impose, decided in the last six weeks (the six-weekly evaluation, rec. 2a), scoped
     * like the request list: a requesting organisation sees only its own requests.
     */
    public Uni<ThvAanvraag.Evaluatie> evaluatie(Actor actor) {
        String org = scope(actor);
        Instant now = clock.instant();
        Instant van = now.minus(EVALUATIEVENSTER);
        List<Object> params = new ArrayList<>(List.of(odt(van), odt(now)));
        String where = "where a.uitkomst = 'NIET_OPGELEGD' and a.beslist_op > $1 and a.beslist_op <= $2";
        if (org != null) {
            params.add(org);
            where += " and a.aangevraagd_org = $3";
        }
        String sql = where + " order by a.beslist_op";
        return pool.withTransaction(conn -> select(conn, sql, params)
                .chain(items -> audit.schrijf(conn, regels(actor, "THV_AANVRAGEN_EVALUATIE", items, now))
                        .replaceWith(new ThvAanvraag.Evaluatie(van, now, List.copyOf(items)))));
    }

    /** Null for roles that see every request, else the organisation whose requests the actor sees. */
    private static String scope(Actor actor) {
        if (WEEGTEAM_ALLES.contains(actor.rol())) {
            return null;
        }
        if (AANVRAGERS.contains(actor.rol())) {
            return actor.organisatie().name();
        }
        throw ProblemException.forbidden("THV-aanvragen zijn voor de aanvragers en het weegteam.");
    }

    private Uni<List<ThvAanvraag.View>> lees(SqlConnection conn, Actor actor, String actie, String where, List<Object> params,
            Instant now) {
        return select(conn, where, params).call(list -> audit.schrijf(conn, regels(actor, actie, list, now)));
    }

    private static Uni<List<ThvAanvraag.View>> select(SqlConnection conn, String where, List<Object> params) {
        return conn.preparedQuery("select a.* from thv_aanvraag a " + where).execute(Tuple.from(params)).map(rows -> {
            List<ThvAanvraag.View> list = new ArrayList<>();
            for (Row r : rows) {
                String uitkomst = r.getString("uitkomst");
                list.add(new ThvAanvraag.View(r.getUUID("id"), Gemeente.valueOf(r.getString("gemeente")),
                        r.getString("postcode") == null
                                ? null
                                : new ThvAanvraag.Adres(r.getString("postcode"), r.getString("huisnummer")),
                        r.getString("onderbouwing"),
                        new ThvAanvraag.Aanvrager(Rol.uitCode(r.getString("aangevraagd_rol")),
                                Organisatie.valueOf(r.getString("aangevraagd_org"))),
                        instant(r.getOffsetDateTime("aangevraagd_op")),
                        uitkomst == null
                                ? null
                                : new ThvAanvraag.BeslissingView(ThvAanvraag.Uitkomst.valueOf(uitkomst),
                                        r.getUUID("huisverbod_id"), r.getString("motivering"),
                                        Rol.uitCode(r.getString("beslist_rol")),
                                        instant(r.getOffsetDateTime("beslist_op")))));
            }
            return list;
        });
    }

    private List<AuditRegel> regels(Actor actor, String actie, List<ThvAanvraag.View> items, Instant now) {
        String[] trace = verzoek.trace();
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        return items.stream()
                .map(a -> disclosure.toegestaan(actor, doel, actie,
                        a.beslissing() == null ? null : a.beslissing().huisverbodId(), List.of("THV_AANVRAAG"), now, trace,
                        "aanvraag " + a.id()))
                .toList();
    }
}
