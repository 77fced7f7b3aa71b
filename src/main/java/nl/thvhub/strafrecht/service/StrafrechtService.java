package nl.thvhub.strafrecht.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Problem;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;

/**
 * The criminal track of a case (afdoeningen, versioned) and the ZSM priority list: running THVs with a criminal track
 * but no final decision, most urgent first, plus THVs ending soon whose contactverbod would not start on time.
 */
@ApplicationScoped
public class StrafrechtService {

    /** One row of the priority list. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "PrioriteitenlijstRij")
    @org.eclipse.microprofile.graphql.Type("PrioriteitenlijstRij")
    public record Rij(@NotNull UUID huisverbodId, @NotNull String registratienummer, @NotNull Gemeente gemeente,
            @NotNull Instant eindmoment, @NotNull long resterendeUren, @NotNull boolean urgent,
            @NotNull List<@NotNull String> redenen) {
    }

    /** The list; {@code volledig} says it holds every case of the ZSM mandate (no paging, nothing hidden by scope). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Prioriteitenlijst")
    @org.eclipse.microprofile.graphql.Type("Prioriteitenlijst")
    public record Lijst(@NotNull boolean volledig, @NotNull Instant opgesteldOp, @NotNull List<@NotNull Rij> items) {
    }

    private final Pool pool;
    private final HuisverbodService zaken;
    private final Disclosure disclosure;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;
    private final Verzoek verzoek;
    private final PrioriteitenConfig config;

    public StrafrechtService(Pool pool, HuisverbodService zaken, Disclosure disclosure, AuditLog audit, Outbox outbox,
            Validator validator,
            Clock clock, Verzoek verzoek, PrioriteitenConfig config) {
        this.pool = pool;
        this.zaken = zaken;
        this.disclosure = disclosure;
        this.audit = audit;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
        this.verzoek = verzoek;
        this.config = config;
    }

    // ---- afdoeningen

    public Uni<Afdoening.Versie> registreer(Actor actor, UUID zaakId, Afdoening.Registratie r) {
        if (actor.rol() != Rol.OM_ZSM && actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException
                    .forbidden("Afdoeningen registreert het OM (ZSM); de politie opent alleen het traject met een aangifte.");
        }
        Invoer.vereist(r);
        validate(r);
        if (actor.rol() == Rol.POLITIE_THV
                && (r.beslissing() != null || r.voorgenomenAfdoening() != null || r.sepotGrond() != null
                        || r.contactverbod() != null || r.gebiedsverbod() != null || r.bijzondereVoorwaarden() != null
                        || r.geplandeZittingen() != null)) {
            throw ProblemException
                    .forbidden("De politie registreert alleen de aangifte; beoordeling en beslissing zijn aan het OM.");
        }
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        Instant now = clock.instant();
        return pool.withTransaction(
                conn -> zaken.inzageBinnen(conn, actor, doel, zaakId, "AFDOENING_REGISTREREN", now).chain(inzage -> {
                    if (inzage.zaak() == null) {
                        return Uni.createFrom().item((Afdoening.Versie) null);
                    }
                    Huisverbod h = inzage.zaak();
                    return conn.preparedQuery("select coalesce(max(versie), 0) + 1 from afdoening where huisverbod_id = $1")
                            .execute(Tuple.of(zaakId))
                            .chain(rows -> insert(conn, actor, h, rows.iterator().next().getInteger(0), r, now))
                            .call(() -> zaken.openStrafrechtelijkTraject(conn, zaakId))
                            .call(() -> outbox.emit(conn, "afdoening.geregistreerd", HuisverbodService.feiten(h), actor, now))
                            .chain(id -> versies(conn, zaakId, h)).map(list -> list.get(0));
                })).map(v -> {
                    if (v == null) {
                        throw ProblemException.notFound();
                    }
                    return v;
                });
    }

    public Uni<List<Afdoening.Versie>> versies(Actor actor, UUID zaakId) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        Instant now = clock.instant();
        return pool.withTransaction(
                conn -> zaken.inzageBinnen(conn, actor, doel, zaakId, "AFDOENINGEN_LEZEN", now).chain(inzage -> {
                    if (inzage.zaak() == null) {
                        return Uni.createFrom().item((List<Afdoening.Versie>) null);
                    }
                    if (!inzage.besluit().mag(Categorie.STRAFRECHT)) {
                        throw ProblemException.forbidden("De categorie STRAFRECHT is voor uw rol onthouden.");
                    }
                    return versies(conn, zaakId, inzage.zaak());
                })).map(list -> {
                    if (list == null) {
                        throw ProblemException.notFound();
                    }
                    return list;
                });
    }

    private Uni<UUID> insert(SqlConnection conn, Actor actor, Huisverbod h, int versie, Afdoening.Registratie r, Instant now) {
        UUID id = UUID.randomUUID();
        JsonArray zittingen = new JsonArray();
        if (r.geplandeZittingen() != null) {
            r.geplandeZittingen().forEach(
                    z -> zittingen.add(new JsonObject().put("datum", z.datum().toString()).put("rechtbank", z.rechtbank())));
        }
        Tuple t = Tuple.tuple().addUUID(id).addUUID(h.id()).addInteger(versie).addBoolean(r.aangifte())
                .addLocalDate(r.aangifteDatum())
                .addString(r.parketnummer()).addLocalDate(r.zsmBeoordelingDatum()).addString(r.voorgenomenAfdoening())
                .addString(r.beslissing())
                .addString(r.sepotGrond()).addLocalDate(r.contactverbod() == null ? null : r.contactverbod().van())
                .addLocalDate(r.contactverbod() == null ? null : r.contactverbod().tot())
                .addLocalDate(r.gebiedsverbod() == null ? null : r.gebiedsverbod().van())
                .addLocalDate(r.gebiedsverbod() == null ? null : r.gebiedsverbod().tot()).addString(r.bijzondereVoorwaarden())
                .addBoolean(r.reclasseringsadviesGevraagd()).addBoolean(r.reclasseringsadviesOntvangen())
                .addJsonArray(zittingen)
                .addString(r.verblijfplaatsUhg()).addString(actor.gebruikersnaam()).addString(actor.rol().code())
                .addOffsetDateTime(now.atOffset(ZoneOffset.UTC));
        return conn
                .preparedQuery(
                        """
                                insert into afdoening (id, huisverbod_id, versie, aangifte, aangifte_datum, parketnummer, zsm_beoordeling_datum, voorgenomen_afdoening,
                                  beslissing, sepot_grond, contactverbod_van, contactverbod_tot, gebiedsverbod_van, gebiedsverbod_tot, bijzondere_voorwaarden,
                                  reclasseringsadvies_gevraagd, reclasseringsadvies_ontvangen, zittingen, verblijfplaats_uhg, geregistreerd_door, geregistreerd_rol,
                                  geregistreerd_op)
                                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
                                """)
                .execute(t)
                .onFailure(e -> e.getMessage() != null && e.getMessage().contains("afdoening_huisverbod_id_versie_key"))
                .transform(e -> ProblemException.conflict(
                        "Er is tegelijk een andere versie geregistreerd; lees de afdoeningen opnieuw.", null, List.of()))
                .replaceWith(id);
    }

    private Uni<List<Afdoening.Versie>> versies(SqlConnection conn, UUID zaakId, Huisverbod h) {
        return conn.preparedQuery("select * from afdoening where huisverbod_id = $1 order by versie desc")
                .execute(Tuple.of(zaakId)).map(rows -> {
                    List<Afdoening.Versie> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(map(r, h));
                    }
                    return list;
                });
    }

    static Afdoening.Versie map(Row r, Huisverbod h) {
        Afdoening.Periode cv = r.getLocalDate("contactverbod_van") == null
                ? null
                : new Afdoening.Periode(r.getLocalDate("contactverbod_van"), r.getLocalDate("contactverbod_tot"));
        Afdoening.Periode gv = r.getLocalDate("gebiedsverbod_van") == null
                ? null
                : new Afdoening.Periode(r.getLocalDate("gebiedsverbod_van"), r.getLocalDate("gebiedsverbod_tot"));
        List<Afdoening.Zitting> zittingen = new ArrayList<>();
        for (Object o : r.getJsonArray("zittingen")) {
            JsonObject z = (JsonObject) o;
            zittingen.add(new Afdoening.Zitting(LocalDate.parse(z.getString("datum")), z.getString("rechtbank")));
        }
        return new Afdoening.Versie(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getInteger("versie"),
                r.getBoolean("aangifte"),
                r.getLocalDate("aangifte_datum"), r.getString("parketnummer"), r.getLocalDate("zsm_beoordeling_datum"),
                r.getString("voorgenomen_afdoening"),
                r.getString("beslissing"), r.getString("sepot_grond"), cv, gv,
                cv == null ? null : sluitAan(cv.van(), h.eindmoment()),
                r.getString("bijzondere_voorwaarden"), r.getBoolean("reclasseringsadvies_gevraagd"),
                r.getBoolean("reclasseringsadvies_ontvangen"),
                zittingen, r.getString("verblijfplaats_uhg"), r.getString("geregistreerd_door"),
                r.getOffsetDateTime("geregistreerd_op").toInstant());
    }

    /** A contactverbod "starts when the THV ends" when it is in force no later than the THV's last day. */
    static boolean sluitAan(LocalDate van, Instant eindmoment) {
        return !van.isAfter(LocalDate.ofInstant(eindmoment, Huisverbod.TIJDZONE));
    }

    private void validate(Afdoening.Registratie r) {
        List<Problem.InvalidParam> invalid = new ArrayList<>(Invoer.schendingen(validator, r));
        if (r.geplandeZittingen() != null && r.geplandeZittingen().contains(null)) {
            invalid.add(new Problem.InvalidParam("geplandeZittingen", "bevat een lege zitting"));
        }
        if ("SEPOT".equals(r.beslissing()) && (r.sepotGrond() == null || r.sepotGrond().isBlank())) {
            invalid.add(new Problem.InvalidParam("sepotGrond", "verplicht bij een sepot"));
        }
        for (String[] p : new String[][]{{"contactverbod"}, {"gebiedsverbod"}}) {
            Afdoening.Periode periode = p[0].equals("contactverbod") ? r.contactverbod() : r.gebiedsverbod();
            if (periode != null && periode.van() != null && periode.tot() != null && periode.tot().isBefore(periode.van())) {
                invalid.add(new Problem.InvalidParam(p[0] + ".tot", "ligt voor de begindatum"));
            }
        }
        if (!invalid.isEmpty()) {
            invalid.sort(Comparator.comparing(Problem.InvalidParam::name));
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", invalid);
        }
    }

    // ---- priority list

    public Uni<Lijst> prioriteitenlijst(Actor actor, String gemeente) {
        return prioriteitenlijst(actor, gemeente, doelVoorLijst(actor, verzoek.doelbinding().orElse(null)), verzoek.trace());
    }

    /** The purpose under which the actor reads the list (checked once, also for a long-lived subscription). */
    public String doelVoorLijst(Actor actor, String gevraagd) {
        if (actor.rol() != Rol.OM_ZSM) {
            throw ProblemException.forbidden("De prioriteitenlijst is voor ZSM (rol om-zsm).");
        }
        return disclosure.doel(actor, gevraagd);
    }

    /** The list for a purpose already checked, audited: every listed case is a disclosure of KERN. */
    public Uni<Lijst> prioriteitenlijst(Actor actor, String gemeente, String doel, String[] trace) {
        return bereken(actor, gemeente).chain(l -> auditeer(actor, doel, l, trace));
    }

    /**
     * Writes the audit lines of a list that is about to leave (one per listed case) and then returns it: a subscription
     * computes the list on every tick but audits only the versions it actually pushes.
     */
    public Uni<Lijst> auditeer(Actor actor, String doel, Lijst l, String[] trace) {
        List<AuditRegel> regels = l.items().stream()
                .map(i -> disclosure.toegestaan(actor, doel, "PRIORITEITENLIJST", i.huisverbodId(), List.of("KERN"),
                        l.opgesteldOp(), trace, null))
                .toList();
        return pool.withConnection(conn -> audit.schrijf(conn, regels)).replaceWith(l);
    }

    /** The list as it stands now, not yet audited; usable outside a request (subscriptions): it reads no request state. */
    public Uni<Lijst> bereken(Actor actor, String gemeente) {
        if (actor.rol() != Rol.OM_ZSM) {
            throw ProblemException.forbidden("De prioriteitenlijst is voor ZSM (rol om-zsm).");
        }
        if (gemeente != null
                && !List.of("AMSTERDAM", "DIEMEN", "UITHOORN", "OUDER_AMSTEL", "AMSTELVEEN", "AALSMEER").contains(gemeente)) {
            throw ProblemException.invalid("gemeente",
                    "een van AMSTERDAM, DIEMEN, UITHOORN, OUDER_AMSTEL, AMSTELVEEN, AALSMEER");
        }
        Instant now = clock.instant();
        Instant venster = now.plus(config.contactverbodVenster());
        return pool.withConnection(conn -> conn
                .preparedQuery(
                        """
                                select h.id, h.registratienummer, h.gemeente, h.eindmoment, h.herhaling_van is not null as herhaling, h.geweld_ernst,
                                  exists (select 1 from betrokkene b where b.huisverbod_id = h.id and (b.rol = 'KIND'
                                          or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date - interval '18 years')) as minderjarigen,
                                  a.beslissing, a.contactverbod_van, a.id is not null as beoordeeld,
                                  (select count(*) from overtreding o where o.huisverbod_id = h.id and o.status = 'BEVESTIGD') as overtredingen
                                from huisverbod h
                                left join lateral (select id, beslissing, contactverbod_van from afdoening a where a.huisverbod_id = h.id
                                                   order by versie desc limit 1) a on true
                                where h.ingetrokken_op is null and h.afgesloten_op is null and h.strafrechtelijk_traject and h.eindmoment > $1
                                  and ($3::varchar is null or h.gemeente = $3)
                                  and (a.beslissing is null or (h.eindmoment <= $2 and (a.contactverbod_van is null
                                       or a.contactverbod_van > (h.eindmoment at time zone 'Europe/Amsterdam')::date)))
                                """)
                .execute(Tuple.of(now.atOffset(ZoneOffset.UTC), venster.atOffset(ZoneOffset.UTC), gemeente)).chain(rows -> {
                    List<Object[]> ranked = new ArrayList<>();
                    for (Row r : rows) {
                        Instant eind = r.getOffsetDateTime("eindmoment").toInstant();
                        List<String> redenen = new ArrayList<>();
                        if (r.getString("beslissing") == null) {
                            redenen.add(r.getBoolean("beoordeeld") ? "GEEN_EINDBESLISSING" : "NOG_NIET_BEOORDEELD");
                        }
                        boolean binnenVenster = !eind.isAfter(venster);
                        if (binnenVenster && (r.getLocalDate("contactverbod_van") == null
                                || !sluitAan(r.getLocalDate("contactverbod_van"), eind))) {
                            redenen.add("CONTACTVERBOD_NIET_OP_TIJD");
                        }
                        long overtredingen = r.getLong("overtredingen");
                        if (overtredingen > 0) {
                            redenen.add("OVERTREDING");
                        }
                        if (r.getBoolean("herhaling")) {
                            redenen.add("HERHALING");
                        }
                        if (r.getBoolean("minderjarigen")) {
                            redenen.add("MINDERJARIGEN");
                        }
                        GeweldErnst ernst = GeweldErnst.valueOf(r.getString("geweld_ernst"));
                        if (ernst == GeweldErnst.ZEER_ERNSTIG || ernst == GeweldErnst.ERNSTIG) {
                            redenen.add("ERNST_" + ernst.name());
                        }
                        long uren = Math.max(0, Duration.between(now, eind).toHours());
                        ranked.add(new Object[]{
                                new Rij(r.getUUID("id"), r.getString("registratienummer"),
                                        Gemeente.valueOf(r.getString("gemeente")), eind, uren,
                                        Duration.between(now, eind).compareTo(config.urgentBinnen()) <= 0, redenen),
                                ernst, r.getBoolean("herhaling"),
                                r.getBoolean("minderjarigen"), overtredingen});
                    }
                    // time left first; then violations (most first), repeat THV, minors, severity
                    ranked.sort(Comparator.<Object[], Instant>comparing(o -> ((Rij) o[0]).eindmoment())
                            .thenComparing(o -> -(Long) o[4])
                            .thenComparing(o -> !(Boolean) o[2])
                            .thenComparing(o -> !(Boolean) o[3]).thenComparing(o -> ((GeweldErnst) o[1]).ordinal()));
                    List<Rij> items = ranked.stream().map(o -> (Rij) o[0]).toList();
                    return Uni.createFrom().item(new Lijst(true, now, items));
                }));
    }
}
