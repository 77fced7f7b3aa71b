package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Problem;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.privacy.service.NoodtoegangService;

/**
 * The case lifecycle: imposing, extension advice and extension, withdrawal, end of monitoring, closing and assignments.
 * Each public method is one database transaction; REST and GraphQL both call these methods, so rules and errors are the
 * same on both APIs.
 */
@ApplicationScoped
public class HuisverbodService {

    /** A case together with the decision of what its reader may see of it. */
    public record Inzage(Huisverbod zaak, Besluit besluit) {

        static final Inzage GEWEIGERD = new Inzage(null, null);
        /** Refused: this request already opened another case by break-the-glass (compared by identity). */
        static final Inzage NOOD_EEN_ZAAK = new Inzage(null, null);
        /** Refused: the user reached the daily cap of emergency grants (compared by identity). */
        static final Inzage NOOD_LIMIET = new Inzage(null, null);
    }

    /** One page of cases and the cursor for the next page (null on the last page). */
    public record Pagina(List<Inzage> items, Cursor volgende) {
    }

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Validator validator;
    private final Clock clock;
    private final Disclosure disclosure;
    private final AuditLog audit;
    private final Verzoek verzoek;
    private final NoodtoegangService noodtoegang;
    private final Outbox outbox;

    public HuisverbodService(Pool pool, HuisverbodRepository repository, Validator validator, Clock clock,
            Disclosure disclosure, AuditLog audit,
            Verzoek verzoek, NoodtoegangService noodtoegang, Outbox outbox) {
        this.outbox = outbox;
        this.pool = pool;
        this.repository = repository;
        this.validator = validator;
        this.clock = clock;
        this.disclosure = disclosure;
        this.audit = audit;
        this.verzoek = verzoek;
        this.noodtoegang = noodtoegang;
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- imposing

    public Uni<Inzage> opleggen(Actor actor, Opdrachten.Opleggen opdracht) {
        requireRole(actor, Rol.POLITIE_THV);
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        validate(opdracht);
        validateOpleggen(opdracht, now);
        Opdrachten.Betrokkene uhg = opdracht.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                .findFirst()
                .orElseThrow();
        String postcode = opdracht.adres().postcode();
        String huisnummer = opdracht.adres().huisnummer().trim();
        return pool.withTransaction(
                conn -> repository.findHerhaling(conn, uhg.naam().trim(), uhg.geboortedatum(), postcode, huisnummer)
                        .chain(herhaling -> repository.nextVolgnummer(conn).chain(volgnummer -> {
                            Huisverbod h = newCase(opdracht, volgnummer, herhaling.orElse(null));
                            JsonObject details = new JsonObject().put("registratienummer", h.registratienummer())
                                    .put("eindmoment", h.eindmoment().toString());
                            if (h.herhalingVan() != null) {
                                details.put("herhalingVan", h.herhalingVan().toString()).put("herhalingGrond",
                                        h.herhalingGrond());
                            }
                            return repository.insert(conn, h, actor, now)
                                    .chain(() -> repository.appendEvent(conn, h.id(), "OPGELEGD", actor, now, details))
                                    .chain(() -> outbox.emit(conn, "huisverbod.opgelegd", feiten(h), actor, now))
                                    .chain(() -> toon(conn, actor, doel, h.id(), "OPLEGGEN", now, null));
                        })));
    }

    private void validateOpleggen(Opdrachten.Opleggen o, Instant now) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Opdrachten.Criteria c = o.criteria();
        if (!Boolean.TRUE.equals(c.ernstigEnOnmiddellijkGevaar())) {
            invalid.add(new Problem.InvalidParam("criteria.ernstigEnOnmiddellijkGevaar",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (!Boolean.TRUE.equals(c.plegerMeerderjarig())) {
            invalid.add(new Problem.InvalidParam("criteria.plegerMeerderjarig",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (!Boolean.TRUE.equals(c.vakerDanIncidenteelAanwezig())) {
            invalid.add(new Problem.InvalidParam("criteria.vakerDanIncidenteelAanwezig",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (o.opgelegdOp().isAfter(now)) {
            invalid.add(new Problem.InvalidParam("opgelegdOp", "mag niet in de toekomst liggen"));
        }
        LocalDate dag = LocalDate.ofInstant(o.opgelegdOp(), Huisverbod.TIJDZONE);
        long uhgs = o.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE).count();
        long abs = o.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.ACHTERBLIJVER).count();
        if (uhgs != 1) {
            invalid.add(new Problem.InvalidParam("betrokkenen", "precies een UITHUISGEPLAATSTE vereist, gevonden: " + uhgs));
        }
        if (abs < 1) {
            invalid.add(new Problem.InvalidParam("betrokkenen", "minstens een ACHTERBLIJVER vereist"));
        }
        for (int i = 0; i < o.betrokkenen().size(); i++) {
            Opdrachten.Betrokkene b = o.betrokkenen().get(i);
            if (b.geboortedatum().isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum", "ligt na de dag van opleggen"));
            } else if (b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE && b.geboortedatum().plusYears(18).isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum",
                        "de uithuisgeplaatste moet meerderjarig zijn op het moment van opleggen"));
            } else if (b.rol() == BetrokkeneRol.KIND && !b.geboortedatum().plusYears(18).isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum",
                        "een KIND is minderjarig; registreer een meerderjarig kind als ACHTERBLIJVER"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest("Het huisverbod voldoet niet aan de voorwaarden.", invalid);
        }
    }

    private static Huisverbod newCase(Opdrachten.Opleggen o, long volgnummer, HuisverbodRepository.Herhaling herhaling) {
        Gemeente gemeente = o.gemeente();
        Organisatie coordinator = gemeente.coordinerendeOrganisatie();
        // a legal moment is recorded to the second; sub-second digits would only differ between client and database
        Instant opgelegdOp = o.opgelegdOp().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant eind = Huisverbod.eindmoment(opgelegdOp, false);
        int jaar = LocalDate.ofInstant(opgelegdOp, Huisverbod.TIJDZONE).getYear();
        String nummer = "THV-%d-%06d".formatted(jaar, volgnummer);
        List<Huisverbod.Betrokkene> personen = o.betrokkenen().stream()
                .map(b -> new Huisverbod.Betrokkene(UUID.randomUUID(), b.rol(), b.naam().trim(), b.geboortedatum())).toList();
        Opdrachten.Adres a = o.adres();
        return new Huisverbod(UUID.randomUUID(), nummer, gemeente, o.wijk(),
                new Huisverbod.Adres(a.straat().trim(), a.huisnummer().trim(), a.postcode(), a.plaats().trim()), o.opgelegdOp(),
                eind,
                Huisverbod.monitoringEinde(eind, coordinator), coordinator, o.geweld().type(), o.geweld().ernst(),
                o.geweld().intiemeTerreur() == null ? JaNeeOnduidelijk.ONDUIDELIJK : o.geweld().intiemeTerreur(),
                o.strafrechtelijkTraject(), herhaling == null ? null : herhaling.huisverbodId(),
                herhaling == null ? null : herhaling.grond(), null, null, null, null, null, null, null, null, 1, personen,
                List.of(), blankToNull(o.verblijfUhg()), blankToNull(o.verblijfAchterblijvers()), null,
                Huisverbod.Signalen.GEEN);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // ---- reads

    /** Reads one case through the privacy decision; a case the reader may not see answers 404, like a missing one. */
    public Uni<Inzage> lees(Actor actor, UUID id) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        String nood = verzoek.noodtoegang().map(NoodtoegangService::reden).orElse(null);
        Instant now = clock.instant();
        // a plain read is one SELECT and one audit INSERT, each atomic on its own: no BEGIN/COMMIT round trips, and the
        // data still leaves only after its audit line committed. Emergency access writes three things and needs one.
        Uni<Inzage> inzage = nood == null
                ? pool.withConnection(conn -> toon(conn, actor, doel, id, "LEZEN", now, null))
                : pool.withTransaction(conn -> toon(conn, actor, doel, id, "LEZEN", now, nood));
        return inzage.map(HuisverbodService::zichtbaarOf404);
    }

    /** A page of the cases the reader may see, filtered in SQL by the same scope; no totals. */
    public Uni<Pagina> lijst(Actor actor, Zoekfilter filter, Cursor na, int limit) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        Instant now = clock.instant();
        Zichtbaarheid zicht = disclosure.zichtbaarheid(actor, now);
        int size = Math.max(1, Math.min(limit, 100));
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        // one SELECT and one audit INSERT, each atomic: no transaction needed (see lees)
        return pool.withConnection(conn -> repository.listVoor(conn, filter, zicht, lezer, na, size + 1).chain(rows -> {
            List<HuisverbodRepository.Gelezen> page = rows.size() > size ? rows.subList(0, size) : rows;
            List<Inzage> items = new ArrayList<>(page.size());
            List<AuditRegel> regels = new ArrayList<>();
            String[] trace = verzoek.trace();
            for (HuisverbodRepository.Gelezen g : page) {
                Zaakfeiten feiten = feiten(g);
                Besluit besluit = disclosure.beslis(actor, doel, feiten, now);
                if (!besluit.zichtbaar()) {
                    continue; // the SQL scope and the decision agree; this only guards against drift between them
                }
                items.add(new Inzage(g.zaak(), besluit));
                regels.addAll(
                        disclosure.auditregels(actor, besluit, "LIJST", g.zaak().id(), feiten.personen(), now, trace, null));
            }
            Cursor next = rows.size() > size
                    ? new Cursor(page.get(size - 1).zaak().opgelegdOp(), page.get(size - 1).zaak().id())
                    : null;
            return audit.schrijf(conn, regels).replaceWith(new Pagina(items, next));
        }));
    }

    public Uni<List<Gebeurtenis>> geschiedenis(Actor actor, UUID id) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        Instant now = clock.instant();
        return pool.withTransaction(conn -> toon(conn, actor, doel, id, "GESCHIEDENIS", now, null).chain(inzage -> {
            if (inzage.zaak() == null || !inzage.besluit().mag(Categorie.KERN)) {
                return Uni.createFrom().item((List<Gebeurtenis>) null);
            }
            // each entry under the category of what it reveals, by the same decision as the view
            return repository.history(conn, id).map(all -> all.stream().filter(g -> inzage.besluit().magGebeurtenis(
                    g.soort(), "TOEGEWEZEN".equals(g.soort()) ? String.valueOf(g.details().get("rol")) : null)).toList());
        })).map(list -> {
            if (list == null) {
                throw ProblemException.notFound();
            }
            return list;
        });
    }

    /**
     * Decide, audit and return what the reader sees of one case, inside the caller's transaction. A refusal is audited
     * too and returned as {@link Inzage#GEWEIGERD}, so the caller can answer 404 after the denial line is committed.
     */
    private Uni<Inzage> toon(SqlConnection conn, Actor actor, String doel, UUID id, String actie, Instant now,
            String noodReden) {
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        return repository.findVoor(conn, id, lezer).chain(opt -> {
            String[] trace = verzoek.trace();
            if (opt.isEmpty()) {
                return audit.schrijf(conn, List.of(disclosure.weigering(actor, doel, actie, id, now, trace, "ONBEKEND")))
                        .replaceWith(Inzage.GEWEIGERD);
            }
            HuisverbodRepository.Gelezen g = opt.get();
            Zaakfeiten feiten = feiten(g);
            Besluit besluit = disclosure.beslis(actor, doel, feiten, now);
            if (!besluit.zichtbaar() && noodReden != null && disclosure.noodtoegangMogelijk(actor, feiten)) {
                if (!verzoek.claimNoodtoegang(id)) {
                    return audit.schrijf(conn,
                            List.of(disclosure.weigering(actor, doel, actie, id, now, trace, "NOODTOEGANG_AL_GEBRUIKT")))
                            .replaceWith(Inzage.NOOD_EEN_ZAAK);
                }
                return noodtoegang.verleendLaatsteDag(conn, actor, now).chain(n -> {
                    if (n >= disclosure.noodtoegangPerDag()) {
                        // the refusal and the FG's event commit; the caller gets 429 afterwards
                        return outbox.emit(conn, "noodtoegang.limiet-bereikt", feiten, actor, now)
                                .chain(() -> audit.schrijf(conn, List.of(
                                        disclosure.weigering(actor, doel, actie, id, now, trace, "NOODTOEGANG_LIMIET"))))
                                .replaceWith(Inzage.NOOD_LIMIET);
                    }
                    return verleenNood(conn, actor, doel, g.zaak(), actie, now, noodReden, feiten, trace);
                });
            }
            if (!besluit.zichtbaar()) {
                return audit.schrijf(conn, List.of(disclosure.weigering(actor, doel, actie, id, now, trace, "BUITEN_SCOPE")))
                        .replaceWith(Inzage.GEWEIGERD);
            }
            String reden = besluit.noodtoegang() ? "lopende noodtoegang" : null;
            return audit.schrijf(conn, disclosure.auditregels(actor, besluit, actie, id, feiten.personen(), now, trace, reden))
                    .replaceWith(new Inzage(g.zaak(), besluit));
        });
    }

    /** Grants emergency access to one case: the grant, the FG's event and the audit lines, in the read's transaction. */
    private Uni<Inzage> verleenNood(SqlConnection conn, Actor actor, String doel, Huisverbod zaak, String actie, Instant now,
            String noodReden, Zaakfeiten feiten, String[] trace) {
        UUID id = zaak.id();
        Zaakfeiten metNood = new Zaakfeiten(feiten.zaakId(), feiten.wijk(), feiten.coordinerendeOrganisatie(),
                feiten.afgeslotenOp(),
                feiten.toegewezen(), feiten.personen(), feiten.toestemmingen(), true);
        Besluit nood = disclosure.beslis(actor, doel, metNood, now);
        return noodtoegang.verleen(conn, actor, id, noodReden, now)
                .chain(() -> outbox.emit(conn, "noodtoegang.gebruikt", feiten, actor, now))
                .chain(() -> audit.schrijf(conn,
                        disclosure.auditregels(actor, nood, actie, id, feiten.personen(), now, trace, noodReden)))
                .replaceWith(new Inzage(zaak, nood));
    }

    /**
     * For features built on the case (strafrecht, signalen): decide, audit and return what the actor sees of the case
     * inside the feature's own transaction. A refusal is audited and returned as an Inzage without case; the caller
     * answers 404 after its transaction commits.
     */
    public Uni<Inzage> inzageBinnen(SqlConnection conn, Actor actor, String doel, UUID id, String actie, Instant now) {
        return toon(conn, actor, doel, id, actie, now, null);
    }

    /** Marks that a case has a criminal track (the police open it with an aangifte). */
    public Uni<Void> openStrafrechtelijkTraject(SqlConnection conn, UUID id) {
        return repository.openStrafrechtelijkTraject(conn, id);
    }

    /** 404 for an Inzage without case (not visible, or unknown). */
    public static Inzage zichtbaarOf404(Inzage inzage) {
        if (inzage == Inzage.NOOD_LIMIET) {
            throw ProblemException
                    .tooMany("U heeft het maximum aantal noodtoegangen voor vandaag bereikt; de FG is ingelicht.");
        }
        if (inzage == Inzage.NOOD_EEN_ZAAK) {
            throw ProblemException.forbidden("Noodtoegang opent een zaak per verzoek; vraag elke zaak apart op.");
        }
        if (inzage.zaak() == null) {
            throw ProblemException.notFound();
        }
        return inzage;
    }

    /** The case described for the privacy engine: place, assignments as hub roles, subjects, and reader facts. */
    static Zaakfeiten feiten(HuisverbodRepository.Gelezen g) {
        Huisverbod h = g.zaak();
        List<Zaakfeiten.Toegewezene> toegewezen = h.toewijzingen().stream()
                .map(t -> new Zaakfeiten.Toegewezene(rolVan(t), t.gebruikersnaam(), t.organisatie())).toList();
        List<Zaakfeiten.Persoon> personen = h.betrokkenen().stream().map(b -> new Zaakfeiten.Persoon(b.id(), b.rol().name()))
                .toList();
        return new Zaakfeiten(h.id(), h.wijk(), h.coordinerendeOrganisatie(), h.afgeslotenOp(), toegewezen, personen,
                g.toestemmingen(),
                g.noodtoegang());
    }

    private static Rol rolVan(Huisverbod.Toewijzing t) {
        return switch (t.rol()) {
            case ZORGCOORDINATOR -> t.organisatie() == Organisatie.SOCIAAL_TEAM_AA ? Rol.SOCIAAL_TEAM : Rol.ZORGCOORDINATOR;
            case GEZINSMANAGER -> Rol.GEZINSMANAGER;
            case RECLASSERING -> Rol.RECLASSERING;
            case GGZ -> Rol.GGZ;
        };
    }

    // ---- transitions

    public Uni<Inzage> verlengingsadvies(Actor actor, UUID id, Integer versie, Opdrachten.Verlengingsadvies o) {
        validate(o);
        return transition(actor, id, versie, Actie.VERLENGINGSADVIES, h -> requireCoordinatorOf(actor, h), (h, now) -> {
            if (!now.isBefore(h.eindmoment())) {
                throw conflict(h, now, "Het eindmoment is verstreken; advies over verlenging kan niet meer worden gegeven.");
            }
            return with(h).advies(new Huisverbod.Advies(o.advies(), o.motivering().trim(), now)).build();
        }, "VERLENGINGSADVIES", new JsonObject().put("advies", o.advies().name()));
    }

    public Uni<Inzage> verlenging(Actor actor, UUID id, Integer versie, Opdrachten.Verlenging o) {
        requireRole(actor, Rol.GEMEENTE);
        if (o != null) {
            validate(o);
        }
        return transition(actor, id, versie, Actie.VERLENGING, h -> {
        }, (h, now) -> {
            Instant eind = Huisverbod.eindmoment(h.opgelegdOp(), true);
            return with(h).verlengdOp(now).eindmoment(eind)
                    .monitoringEinde(Huisverbod.monitoringEinde(eind, h.coordinerendeOrganisatie()))
                    .build();
        }, "VERLENGD", new JsonObject().put("motivering", o == null ? null : o.motivering()));
    }

    public Uni<Inzage> intrekking(Actor actor, UUID id, Integer versie, Opdrachten.Intrekking o) {
        if (actor.rol() != Rol.GEMEENTE && actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Alleen de gemeente of de politie trekt een huisverbod in.");
        }
        validate(o);
        return transition(actor, id, versie, Actie.INTREKKING, h -> {
        }, (h, now) -> with(h).ingetrokkenOp(now).intrekkingReden(o.reden().trim()).build(), "INGETROKKEN",
                new JsonObject().put("reden", o.reden().trim()));
    }

    public Uni<Inzage> beeindiging(Actor actor, UUID id, Integer versie, Opdrachten.Beeindiging o) {
        validate(o);
        return transition(actor, id, versie, Actie.BEEINDIGING, h -> requireCoordinatorOf(actor, h),
                (h, now) -> with(h).beeindigdOp(now).beeindigingReden(o.reden().trim()).build(), "MONITORING_BEEINDIGD",
                new JsonObject().put("reden", o.reden().trim()));
    }

    /** The coordinator (or assigned gezinsmanager) keeps the help plan and safety agreements while the case is open. */
    public Uni<Inzage> hulpverlening(Actor actor, UUID id, Integer versie, Opdrachten.Hulpverlening o) {
        validate(o);
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        return pool.withTransaction(conn -> load(conn, id, true).chain(h -> {
            boolean coordinator = actor.rol().isCoordinator()
                    && h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR);
            boolean gezinsmanager = actor.rol() == Rol.GEZINSMANAGER
                    && h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.GEZINSMANAGER);
            if (!coordinator && !gezinsmanager) {
                throw ProblemException.notFound();
            }
            checkVersion(h, versie);
            Status status = h.status(now);
            if (status == Status.AFGESLOTEN || status == Status.INGETROKKEN) {
                throw conflict(h, now, "Een afgesloten of ingetrokken zaak krijgt geen nieuw hulpverleningsplan.");
            }
            Huisverbod changed = with(h)
                    .hulpverlening(
                            new Huisverbod.Hulpverlening(blankToNull(o.plan()), blankToNull(o.veiligheidsafspraken()), now))
                    .build();
            return repository.update(conn, changed)
                    .chain(() -> repository.appendEvent(conn, id, "HULPVERLENING_BIJGEWERKT", actor, now, new JsonObject()))
                    .chain(() -> toon(conn, actor, doel, id, "HULPVERLENING_BIJGEWERKT", now, null));
        }));
    }

    public Uni<Inzage> afsluiting(Actor actor, UUID id, Integer versie, Opdrachten.Afsluiting o) {
        validate(o);
        return transition(actor, id, versie, Actie.AFSLUITING, h -> requireCoordinatorOf(actor, h), (h, now) -> {
            if (o.overdrachtDatum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("overdrachtDatum",
                        "de warme overdracht moet hebben plaatsgevonden (niet in de toekomst)");
            }
            return with(h).afgeslotenOp(now)
                    .overdracht(
                            new Huisverbod.Overdracht(o.overdrachtAan().trim(), o.overdrachtDatum(), o.gezamenlijkGesprek()))
                    .build();
        }, "AFGESLOTEN",
                new JsonObject().put("overdrachtAan", o.overdrachtAan().trim())
                        .put("overdrachtDatum", o.overdrachtDatum().toString())
                        .put("gezamenlijkGesprek", o.gezamenlijkGesprek()));
    }

    /**
     * Assigns a professional. Authorised before anything else about the case is revealed: a reader out of scope gets the
     * same 404 as for a missing case (after its denial line), and only then the version (412) and status (409) checks
     * run. A professional who hands the own role to a colleague no longer sees the case: {@link Inzage#zaak()} is set,
     * {@link Inzage#besluit()} is null, and the API answers 204 without case data.
     */
    public Uni<Inzage> toewijzen(Actor actor, UUID id, Integer versie, Opdrachten.Toewijzen o) {
        validate(o);
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        return pool.withTransaction(conn -> load(conn, id, true).chain(h -> {
            if (!disclosure.inScope(actor, feiten(h), now)) {
                return audit.schrijf(conn,
                        List.of(disclosure.weigering(actor, doel, "TOEWIJZEN", id, now, verzoek.trace(), "BUITEN_SCOPE")))
                        .replaceWith(Inzage.GEWEIGERD);
            }
            Organisatie organisatie = Toewijzingsrecht.organisatie(actor, h, o);
            checkVersion(h, versie);
            Status status = h.status(now);
            if (!h.toegestaneActies(now).contains(Actie.TOEWIJZING)) {
                throw conflict(h, now, "In status " + status + " kan niemand meer worden toegewezen.");
            }
            boolean draagtEigenRolOver = h.isToegewezenAan(actor.gebruikersnaam(), o.rol());
            Huisverbod.Toewijzing t = new Huisverbod.Toewijzing(UUID.randomUUID(), o.rol(), o.gebruikersnaam(), organisatie,
                    now);
            JsonObject details = new JsonObject().put("rol", o.rol().name()).put("gebruikersnaam", o.gebruikersnaam())
                    .put("organisatie", organisatie.name());
            Uni<Void> write = repository.endAssignments(conn, id, o.rol(), now)
                    .chain(() -> repository.insertAssignment(conn, id, t, actor))
                    .chain(() -> repository.update(conn, h)).replaceWithVoid()
                    .chain(() -> repository.appendEvent(conn, id, "TOEGEWEZEN", actor, now, details));
            if (draagtEigenRolOver) {
                return write.chain(() -> load(conn, id, false)).map(na -> new Inzage(na, null));
            }
            return write.chain(() -> toon(conn, actor, doel, id, "TOEWIJZEN", now, null));
        })).map(HuisverbodService::zichtbaarOf404);
    }

    /** The shape of every state change: lock, check visibility, version and state, apply, record history. */
    private Uni<Inzage> transition(Actor actor, UUID id, Integer versie, Actie actie,
            java.util.function.Consumer<Huisverbod> authorize,
            java.util.function.BiFunction<Huisverbod, Instant, Huisverbod> change, String soort, JsonObject details) {
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        return pool.withTransaction(conn -> load(conn, id, true).chain(h -> {
            authorize.accept(h);
            checkVersion(h, versie);
            if (!h.toegestaneActies(now).contains(actie)) {
                throw conflict(h, now, "De actie " + actie.pad() + " is niet toegestaan in status " + h.status(now) + ".");
            }
            Huisverbod changed = change.apply(h, now);
            return repository.update(conn, changed).chain(updated -> {
                if (!updated) {
                    throw ProblemException.preconditionFailed("De zaak is intussen gewijzigd; lees haar opnieuw.");
                }
                return repository.appendEvent(conn, id, soort, actor, now, details);
            }).chain(() -> {
                String type = EVENTS.get(soort);
                return type == null ? Uni.createFrom().voidItem() : outbox.emit(conn, type, feiten(changed), actor, now);
            }).chain(() -> toon(conn, actor, doel, id, soort, now, null));
        }));
    }

    /** Lifecycle history entries that are also announced as events (the explicit end of monitoring is not). */
    private static final java.util.Map<String, String> EVENTS = java.util.Map.of("VERLENGD", "huisverbod.verlengd",
            "INGETROKKEN",
            "huisverbod.ingetrokken", "AFGESLOTEN", "huisverbod.afgesloten");

    /** The case as routing facts for an event: place, coordinating organisation and assignees, no personal data. */
    public static Zaakfeiten feiten(Huisverbod h) {
        List<Zaakfeiten.Toegewezene> toegewezen = h.toewijzingen().stream()
                .map(t -> new Zaakfeiten.Toegewezene(rolVan(t), t.gebruikersnaam(), t.organisatie())).toList();
        return new Zaakfeiten(h.id(), h.wijk(), h.coordinerendeOrganisatie(), h.afgeslotenOp(), toegewezen, List.of(),
                java.util.Set.of(), false);
    }

    private Uni<Huisverbod> load(SqlConnection conn, UUID id, boolean forUpdate) {
        return repository.find(conn, id, forUpdate).map(o -> o.orElseThrow(ProblemException::notFound));
    }

    private static void checkVersion(Huisverbod h, Integer versie) {
        if (versie != null && versie != h.versie()) {
            throw ProblemException
                    .preconditionFailed("De zaak heeft versie " + h.versie() + ", niet " + versie + "; lees haar opnieuw.");
        }
    }

    /** A coordinator who is not assigned to the case does not learn that it exists (404, as for a missing case). */
    private static void requireCoordinatorOf(Actor actor, Huisverbod h) {
        if (!actor.rol().isCoordinator()) {
            throw ProblemException.forbidden("Alleen de zorgcoordinator van de zaak mag dit.");
        }
        if (!h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR)) {
            throw ProblemException.notFound();
        }
    }

    private static void requireRole(Actor actor, Rol rol) {
        if (actor.rol() != rol) {
            throw ProblemException.forbidden("Deze actie is voorbehouden aan de rol " + rol.code() + ".");
        }
    }

    private static ProblemException conflict(Huisverbod h, Instant now, String detail) {
        return ProblemException.conflict(detail, h.status(now).name(),
                h.toegestaneActies(now).stream().map(Actie::pad).toList());
    }

    private void validate(Object command) {
        Invoer.valideer(validator, command);
    }

    private static Builder with(Huisverbod h) {
        return new Builder(h);
    }

    /** Copy-with for the lifecycle columns of the immutable case record. */
    private static final class Builder {

        private final Huisverbod h;
        private Instant eindmoment;
        private Instant monitoringEinde;
        private Huisverbod.Advies advies;
        private Instant verlengdOp;
        private Instant ingetrokkenOp;
        private String intrekkingReden;
        private Instant beeindigdOp;
        private String beeindigingReden;
        private Instant afgeslotenOp;
        private Huisverbod.Overdracht overdracht;
        private Huisverbod.Hulpverlening hulpverlening;

        Builder(Huisverbod h) {
            this.h = h;
            eindmoment = h.eindmoment();
            monitoringEinde = h.monitoringEinde();
            advies = h.verlengingsadvies();
            verlengdOp = h.verlengdOp();
            ingetrokkenOp = h.ingetrokkenOp();
            intrekkingReden = h.intrekkingReden();
            beeindigdOp = h.beeindigdOp();
            beeindigingReden = h.beeindigingReden();
            afgeslotenOp = h.afgeslotenOp();
            overdracht = h.overdracht();
            hulpverlening = h.hulpverlening();
        }

        Builder hulpverlening(Huisverbod.Hulpverlening v) {
            hulpverlening = v;
            return this;
        }

        Builder eindmoment(Instant v) {
            eindmoment = v;
            return this;
        }

        Builder monitoringEinde(Instant v) {
            monitoringEinde = v;
            return this;
        }

        Builder advies(Huisverbod.Advies v) {
            advies = v;
            return this;
        }

        Builder verlengdOp(Instant v) {
            verlengdOp = v;
            return this;
        }

        Builder ingetrokkenOp(Instant v) {
            ingetrokkenOp = v;
            return this;
        }

        Builder intrekkingReden(String v) {
            intrekkingReden = v;
            return this;
        }

        Builder beeindigdOp(Instant v) {
            beeindigdOp = v;
            return this;
        }

        Builder beeindigingReden(String v) {
            beeindigingReden = v;
            return this;
        }

        Builder afgeslotenOp(Instant v) {
            afgeslotenOp = v;
            return this;
        }

        Builder overdracht(Huisverbod.Overdracht v) {
            overdracht = v;
            return this;
        }

        Huisverbod build() {
            return new Huisverbod(h.id(), h.registratienummer(), h.gemeente(), h.wijk(), h.adres(), h.opgelegdOp(), eindmoment,
                    monitoringEinde, h.coordinerendeOrganisatie(), h.geweldType(), h.geweldErnst(), h.intiemeTerreur(),
                    h.strafrechtelijkTraject(), h.herhalingVan(), h.herhalingGrond(), advies, verlengdOp, ingetrokkenOp,
                    intrekkingReden,
                    beeindigdOp, beeindigingReden, afgeslotenOp, overdracht, h.versie(), h.betrokkenen(), h.toewijzingen(),
                    h.verblijfUhg(), h.verblijfAchterblijvers(), hulpverlening, h.signalen());
        }
    }
}
