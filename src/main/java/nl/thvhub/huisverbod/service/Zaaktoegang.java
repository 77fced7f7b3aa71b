package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taakregels;
import nl.thvhub.huisverbod.Taaktermijnen;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Pagina;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.privacy.service.NoodtoegangService;

/**
 * The one door to a case (HAPI FHIR's consent hook): every feature reads, works on or changes a case only through here,
 * and always decides first. It resolves the purpose, decides by the sharing policy, writes the audit lines — of the
 * denial too, committed before the 404 — and hands back what the reader may see. Three shapes: {@link #lees} (a view),
 * {@link #werk} (read or write a part, audited as exactly what the part showed) and {@link #wijzig} (a transition or an
 * assignment: lock, decide, then the change's own checks). {@link Zaakgrenzen} holds what is not one case.
 */
@ApplicationScoped
public class Zaaktoegang {

    /** What a change does once the seam has locked the case and decided the actor may see it. */
    public interface Wijziging {

        /** Checks version and state, writes the change, its history and events; says whether the actor still sees it. */
        Uni<Na> doe(SqlConnection conn, Huisverbod zaak, Instant now);
    }

    /**
     * A feature's work list over many cases (the work queue): it reads its rows in the reader's scope; the seam loads
     * the cases of those rows for the reader, keeps a row only where the decision shows what it is about, and audits
     * one line per case listed with the categories its rows showed.
     */
    public interface Lijstwerk<R> {

        /** The candidate rows, already limited in SQL to the reader's scope. */
        Uni<List<R>> lees(SqlConnection conn, Zichtbaarheid zicht, Instant now);

        UUID zaak(R rij);

        /** The category a row shows, or empty where the reader's decision withholds it. */
        Optional<Categorie> toont(Besluit besluit, R rij);
    }

    /** After a change: show the actor the changed case, or the actor handed its own role over and sees it no more. */
    public enum Na {
        TONEN, OVERGEDRAGEN
    }

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Disclosure disclosure;
    private final AuditLog audit;
    private final Verzoek verzoek;
    private final NoodtoegangService noodtoegang;
    private final Outbox outbox;
    private final Clock clock;
    private final ZorgtermijnConfig termijnen;
    private final Zaakgrenzen grenzen;
    private final Taaktermijnen taaktermijnen;

    public Zaaktoegang(Pool pool, HuisverbodRepository repository, Disclosure disclosure, AuditLog audit, Verzoek verzoek,
            NoodtoegangService noodtoegang, Outbox outbox, Clock clock, ZorgtermijnConfig termijnen,
            Zaakgrenzen grenzen, TaakConfig taken) {
        this.taaktermijnen = taken.waarden(termijnen);
        this.termijnen = termijnen;
        this.pool = pool;
        this.repository = repository;
        this.disclosure = disclosure;
        this.audit = audit;
        this.verzoek = verzoek;
        this.noodtoegang = noodtoegang;
        this.outbox = outbox;
        this.clock = clock;
        this.grenzen = grenzen;
    }

    /** The moment the views of this request are computed for (status and allowed actions depend on it). */
    public Instant now() {
        return clock.instant();
    }

    /** Reads one case; a case the reader may not see answers 404, like a missing one. */
    public Uni<Inzage> lees(Actor actor, UUID id) {
        String doel = grenzen.doel(actor);
        String nood = verzoek.noodtoegang().map(NoodtoegangService::reden).orElse(null);
        Instant now = clock.instant();
        // a plain read is one SELECT and one audit INSERT, each atomic on its own: no BEGIN/COMMIT round trips, and the
        // data still leaves only after its audit line committed. Emergency access writes three things and needs one.
        Uni<Uitkomst> uitkomst = nood == null
                ? nl.thvhub.platform.sql.Verbinding.met(pool, conn -> toon(conn, actor, doel, id, AuditActie.LEZEN, now, null))
                : pool.withTransaction(conn -> toon(conn, actor, doel, id, AuditActie.LEZEN, now, nood));
        return uitkomst.map(Uitkomst::zichtbaarOf404);
    }

    /** A page of the cases the reader may see, filtered in SQL by the same scope; no totals. */
    public Uni<Pagina<Inzage, Cursor>> lijst(Actor actor, Zoekfilter filter, Cursor na, int limiet) {
        String doel = grenzen.doel(actor);
        Instant now = clock.instant();
        Zichtbaarheid zicht = disclosure.zichtbaarheid(actor, now);
        int grootte = Pagina.grootte(limiet);
        HuisverbodRepository.Lezer lezer = lezer(actor, doel, now, null);
        // one SELECT and one audit INSERT, each atomic: no transaction needed (see lees); the rows whose decision shows
        // more than the reader's reach (by consent) are read again whole, in one more SELECT
        return nl.thvhub.platform.sql.Verbinding.met(pool, conn -> repository
                .listForLezer(conn, filter, zicht, lezer, na, Pagina.leesGrens(grootte))
                .chain(rows -> heel(conn, actor, doel, now, lezer, rows)).chain(rows -> {
                    Pagina<HuisverbodRepository.Gelezen, Cursor> pagina = Pagina.uit(rows, grootte,
                            g -> new Cursor(g.zaak().opgelegdOp(), g.zaak().id()));
                    List<Inzage> items = new ArrayList<>(pagina.items().size());
                    List<AuditRegel> regels = new ArrayList<>();
                    AuditRegel.Door door = grenzen.door(actor, now);
                    for (HuisverbodRepository.Gelezen g : pagina.items()) {
                        Zaakfeiten feiten = Feiten.van(g);
                        Besluit besluit = disclosure.beslis(actor, doel, feiten, now);
                        if (!besluit.zichtbaar()) {
                            continue; // the SQL scope and the decision agree; this only guards against drift between them
                        }
                        items.add(inzage(g.zaak(), besluit, now));
                        regels.addAll(disclosure.auditregels(door, besluit, AuditActie.LIJST, g.zaak().id(),
                                feiten.personen(), null));
                    }
                    return audit.schrijf(conn, regels).replaceWith(new Pagina<>(items, pagina.volgende()));
                }));
    }

    /** The rows of a page, those whose decision shows more than the read held replaced by their whole read. */
    private Uni<List<HuisverbodRepository.Gelezen>> heel(SqlConnection conn, Actor actor, String doel, Instant now,
            HuisverbodRepository.Lezer lezer, List<HuisverbodRepository.Gelezen> rows) {
        List<UUID> meer = rows.stream()
                .filter(g -> !dekt(lezer, disclosure.beslis(actor, doel, Feiten.van(g), now))).map(g -> g.zaak().id())
                .toList();
        if (meer.isEmpty()) {
            return Uni.createFrom().item(rows);
        }
        return repository.findForLezer(conn, meer, lezer.volledig()).map(hele -> {
            java.util.Map<UUID, HuisverbodRepository.Gelezen> perId = new java.util.HashMap<>();
            hele.forEach(g -> perId.put(g.zaak().id(), g));
            // a case gone between the two reads (retention) drops out of the page
            return rows.stream().map(g -> meer.contains(g.zaak().id()) ? perId.get(g.zaak().id()) : g)
                    .filter(java.util.Objects::nonNull).toList();
        });
    }

    /** The due periods of the tasks, as configured. */
    public Taaktermijnen taaktermijnen() {
        return taaktermijnen;
    }

    /**
     * Runs a work list through the seam (see {@link Lijstwerk}); no count of what the reader cannot see leaves. A list is
     * audited one line per case listed; a count ({@code perZaak} false) as one line naming the categories it counted.
     */
    public <R> Uni<List<R>> lijstwerk(Actor actor, AuditActie actie, boolean perZaak, Lijstwerk<R> werk) {
        String doel = grenzen.doel(actor);
        Instant now = clock.instant();
        Zichtbaarheid zicht = disclosure.zichtbaarheid(actor, now);
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        AuditRegel.Door door = grenzen.door(actor, now);
        return nl.thvhub.platform.sql.Verbinding.met(pool, conn -> werk.lees(conn, zicht, now).chain(rijen -> {
            java.util.Set<UUID> ids = new java.util.LinkedHashSet<>();
            rijen.forEach(r -> ids.add(werk.zaak(r)));
            if (ids.isEmpty()) {
                // an empty list or count is audited too: that the reader looked, with nothing shown
                return audit.schrijf(conn, List.of(disclosure.toegestaan(door, doel, actie, null,
                        List.of(Categorie.KERN.name()), null))).replaceWith(List.<R>of());
            }
            return repository.findFeitenForLezer(conn, ids, lezer).chain(zaken -> {
                Map<UUID, Besluit> besluiten = new java.util.HashMap<>();
                for (HuisverbodRepository.Gelezen g : zaken) {
                    besluiten.put(g.zaak().id(), disclosure.beslis(actor, doel, Feiten.van(g), now));
                }
                List<R> zichtbaar = new ArrayList<>();
                Map<UUID, java.util.Set<String>> getoond = new java.util.LinkedHashMap<>();
                for (R rij : rijen) {
                    Besluit b = besluiten.get(werk.zaak(rij));
                    Optional<Categorie> c = b == null || !b.zichtbaar() ? Optional.empty() : werk.toont(b, rij);
                    if (c.isPresent()) {
                        zichtbaar.add(rij);
                        java.util.Set<String> cats = getoond.computeIfAbsent(werk.zaak(rij),
                                k -> new java.util.TreeSet<>(List.of(Categorie.KERN.name())));
                        cats.add(c.get().name());
                    }
                }
                List<AuditRegel> regels = new ArrayList<>();
                if (perZaak) {
                    getoond.forEach((zaak, cats) -> regels
                            .add(disclosure.toegestaan(door, doel, actie, zaak, List.copyOf(cats), null)));
                } else {
                    java.util.Set<String> alle = new java.util.TreeSet<>(List.of(Categorie.KERN.name()));
                    getoond.values().forEach(alle::addAll);
                    regels.add(disclosure.toegestaan(door, doel, actie, null, List.copyOf(alle), null));
                }
                if (regels.isEmpty()) {
                    regels.add(disclosure.toegestaan(door, doel, actie, null, List.of(Categorie.KERN.name()), null));
                }
                return audit.schrijf(conn, regels).replaceWith(zichtbaar);
            });
        }));
    }

    /** The case's lifecycle history; each entry under the category of what it reveals, by the same decision. */
    public Uni<List<Gebeurtenis>> geschiedenis(Actor actor, UUID id) {
        String doel = grenzen.doel(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> toon(conn, actor, doel, id, AuditActie.GESCHIEDENIS, now, null).chain(u -> {
            if (!(u instanceof Inzage inzage) || !inzage.besluit().mag(Categorie.KERN)) {
                return Uni.createFrom().item(Optional.<List<Gebeurtenis>>empty());
            }
            Besluit b = inzage.besluit();
            return repository.history(conn, id).map(all -> Optional.of(all.stream()
                    .filter(g -> b.magGebeurtenis(g.soort().name(), g.details())).map(g -> zonderVerborgenAuteur(b, g))
                    .toList()));
        })).map(list -> list.orElseThrow(ProblemException::notFound));
    }

    /**
     * A history entry as this reader may see it: a free-text detail the policy file puts under another category left
     * out, and its author withheld where naming it reveals an unseen involvement; what was withheld named in onthouden.
     */
    private static Gebeurtenis zonderVerborgenAuteur(Besluit b, Gebeurtenis g) {
        Map<String, Categorie> details = b.onthoudenDetails(g.soort().name(), g.details().keySet());
        if (!details.isEmpty()) {
            Map<String, Object> zichtbaar = new java.util.LinkedHashMap<>(g.details());
            zichtbaar.keySet().removeAll(details.keySet());
            g = new Gebeurtenis(g.id(), g.tijdstip(), g.soort(), g.actor(), g.rol(), g.organisatie(), zichtbaar,
                    details.values().stream().distinct().sorted().toList());
        }
        Object persoon = g.details().get("betrokkeneId");
        Gebeurtenis entry = g;
        return b.auteurOnthouden(g.organisatie() == null ? null : g.organisatie().name(),
                persoon == null ? null : UUID.fromString(String.valueOf(persoon))).map(entry::zonderAuteur).orElse(g);
    }

    /**
     * The view of a case its creator gets inside the imposing transaction (decided and audited like every view); the
     * caller answers after it commits.
     */
    public Uni<Uitkomst> toonNieuw(SqlConnection conn, Actor actor, UUID id, AuditActie actie, Instant now) {
        return toon(conn, actor, grenzen.doel(actor), id, actie, now, null);
    }

    /**
     * Reads or writes one part of a case in one transaction: decide the reader's view of the case (an invisible case is
     * its denial line, then 404 after commit), require the part's category where it names one (of the case or of at
     * least one person; 403 with its denial line otherwise), let the part do its work under that decision, then write
     * one audit line per subject the part disclosed. Nothing leaves without its committed audit line.
     */
    public <T> Uni<T> werk(Actor actor, UUID zaakId, AuditActie actie, Categorie vereist, Deelwerk<T> werk) {
        String doel = grenzen.doel(actor);
        Instant now = clock.instant();
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        AuditRegel.Door door = grenzen.door(actor, now);
        return weigeringNa(pool.withTransaction(conn -> repository.findForLezer(conn, zaakId, lezer).chain(opt -> {
            Optional<Inzage> gezien = beslis(actor, doel, opt, now);
            if (gezien.isEmpty()) {
                return weigering(conn, door, doel, actie, zaakId, opt.isEmpty()
                        ? Uitkomst.Reden.ONBEKEND
                        : Uitkomst.Reden.BUITEN_SCOPE, Optional.<T>empty());
            }
            Inzage inzage = gezien.get();
            if (vereist != null && !inzage.besluit().magIets(vereist)) {
                throw ProblemException.forbidden("De categorie " + vereist + " is voor uw rol onthouden.");
            }
            return werk.doe(conn, inzage, now).chain(deel -> audit
                    .schrijf(conn, disclosure.deelregels(door, inzage.besluit(), actie, zaakId, deel.getoond()))
                    .replaceWith(Optional.ofNullable(deel.waarde())));
        })), door, doel, actie, zaakId).map(o -> o.orElseThrow(ProblemException::notFound));
    }

    /**
     * A change of a case, always in this order: lock the row, decide (a case the actor may not see is its denial line,
     * then 404 after commit — never a committed change), then the change's own checks (role 403, version 412, state 409)
     * and writes, then the actor's audited view of the changed case.
     */
    public Uni<Uitkomst> wijzig(Actor actor, UUID id, AuditActie actie, Wijziging wijziging) {
        String doel = grenzen.doel(actor);
        Instant now = clock.instant();
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        AuditRegel.Door door = grenzen.door(actor, now);
        return weigeringNa(pool.withTransaction(conn -> repository.lockForLezer(conn, id, lezer).chain(opt -> {
            if (beslis(actor, doel, opt, now).isEmpty()) {
                Uitkomst.Reden reden = opt.isEmpty() ? Uitkomst.Reden.ONBEKEND : Uitkomst.Reden.BUITEN_SCOPE;
                return weigering(conn, door, doel, actie, id, reden, (Uitkomst) new Uitkomst.Geweigerd(reden));
            }
            return wijziging.doe(conn, opt.get().zaak(), now).chain(na -> na == Na.OVERGEDRAGEN
                    ? repository.find(conn, id).map(z -> (Uitkomst) new Uitkomst.Overgedragen(z.orElseThrow()))
                    : toon(conn, actor, doel, id, actie, now, null));
        })), door, doel, actie, id);
    }

    /** The reader's view of a loaded case, or empty where there is no case or the policy keeps the reader out. */
    private Optional<Inzage> beslis(Actor actor, String doel, Optional<HuisverbodRepository.Gelezen> opt, Instant now) {
        return opt.flatMap(g -> {
            Besluit besluit = disclosure.beslis(actor, doel, Feiten.van(g), now);
            return besluit.zichtbaar() ? Optional.of(inzage(g.zaak(), besluit, now)) : Optional.empty();
        });
    }

    /**
     * A refusal decided inside the work (403: a withheld category, a writer without the right) rolls its transaction
     * back; its denial line is written afterwards on its own, and the 403 leaves only once it committed.
     */
    private <A> Uni<A> weigeringNa(Uni<A> werk, AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId) {
        return werk.onFailure(e -> e instanceof ProblemException p && p.problem().status() == 403)
                .call(e -> nl.thvhub.platform.sql.Verbinding
                        .met(pool, conn -> audit.schrijf(conn, List.of(disclosure.weigering(door, doel, actie, zaakId,
                                "ONTHOUDEN")))));
    }

    /**
     * The reader for a view: only the feature columns of the categories its rule could show without consent (break-the-glass
     * reads everything, as the emergency decision may show more than the rule's scope).
     */
    private HuisverbodRepository.Lezer lezer(Actor actor, String doel, Instant now, String noodReden) {
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now,
                disclosure.leesbereik(actor));
        return noodReden == null ? lezer : lezer.volledig();
    }

    /** Whether a reader's read holds everything its decision shows; else (consent opened more) it reads the case whole. */
    private static boolean dekt(HuisverbodRepository.Lezer lezer, Besluit besluit) {
        return java.util.Arrays.stream(nl.thvhub.privacy.Categorie.values())
                .allMatch(c -> lezer.bereik().contains(c) || !besluit.magIets(c));
    }

    private Uni<Uitkomst> toon(SqlConnection conn, Actor actor, String doel, UUID id, AuditActie actie, Instant now,
            String noodReden) {
        HuisverbodRepository.Lezer lezer = lezer(actor, doel, now, noodReden);
        return repository.findForLezer(conn, id, lezer).chain(opt -> {
            if (opt.isPresent() && !dekt(lezer, disclosure.beslis(actor, doel, Feiten.van(opt.get()), now))) {
                return repository.findForLezer(conn, id, lezer.volledig())
                        .chain(heel -> toon(conn, actor, doel, id, actie, now, noodReden, heel));
            }
            return toon(conn, actor, doel, id, actie, now, noodReden, opt);
        });
    }

    private Uni<Uitkomst> toon(SqlConnection conn, Actor actor, String doel, UUID id, AuditActie actie, Instant now,
            String noodReden, Optional<HuisverbodRepository.Gelezen> opt) {
        AuditRegel.Door door = grenzen.door(actor, now);
        if (opt.isEmpty()) {
            return geweigerd(conn, door, doel, actie, id, Uitkomst.Reden.ONBEKEND);
        }
        HuisverbodRepository.Gelezen g = opt.get();
        Zaakfeiten feiten = Feiten.van(g);
        Besluit besluit = disclosure.beslis(actor, doel, feiten, now);
        if (!besluit.zichtbaar() && noodReden != null && disclosure.noodtoegangMogelijk(actor, feiten)) {
            return noodtoegang(conn, actor, door, doel, g.zaak(), actie, now, noodReden, feiten);
        }
        if (!besluit.zichtbaar()) {
            return geweigerd(conn, door, doel, actie, id, Uitkomst.Reden.BUITEN_SCOPE);
        }
        String reden = besluit.noodtoegang() ? "lopende noodtoegang" : null;
        return audit.schrijf(conn, disclosure.auditregels(door, besluit, actie, id, feiten.personen(), reden))
                .replaceWith(inzage(g.zaak(), besluit, now));
    }

    /** Break-the-glass: one case per request, a daily cap (the FG hears of both), then the grant in this transaction. */
    private Uni<Uitkomst> noodtoegang(SqlConnection conn, Actor actor, AuditRegel.Door door, String doel, Huisverbod zaak,
            AuditActie actie, Instant now, String noodReden, Zaakfeiten feiten) {
        UUID id = zaak.id();
        if (!verzoek.claimNoodtoegang(id)) {
            return geweigerd(conn, door, doel, actie, id, Uitkomst.Reden.NOODTOEGANG_AL_GEBRUIKT);
        }
        return noodtoegang.verleendLaatsteDag(conn, actor, now).chain(n -> {
            if (n >= disclosure.noodtoegangPerDag()) {
                // the refusal and the FG's event commit; the caller gets 429 afterwards
                return outbox.emit(conn, NotificatieType.NOODTOEGANG_LIMIET_BEREIKT, feiten, actor, now)
                        .chain(() -> geweigerd(conn, door, doel, actie, id, Uitkomst.Reden.NOODTOEGANG_LIMIET));
            }
            Besluit nood = disclosure.beslis(actor, doel, Feiten.metNoodtoegang(feiten), now);
            return noodtoegang.verleen(conn, actor, id, noodReden, now)
                    .chain(() -> outbox.emit(conn, NotificatieType.NOODTOEGANG_GEBRUIKT, feiten, actor, now))
                    .chain(() -> audit.schrijf(conn,
                            disclosure.auditregels(door, nood, actie, id, feiten.personen(), noodReden)))
                    .replaceWith((Uitkomst) inzage(zaak, nood, now));
        });
    }

    private Inzage inzage(Huisverbod zaak, Besluit besluit, Instant now) {
        List<Taak> werk = Taakregels.open(zaak, now, taaktermijnen).stream()
                .filter(t -> besluit.magTaak(t.soort().name(), t.betrokkeneId())).toList();
        return new Inzage(zaak, besluit, zaak.openTaken(now, termijnen.waarden()), werk);
    }

    private Uni<Uitkomst> geweigerd(SqlConnection conn, AuditRegel.Door door, String doel, AuditActie actie, UUID id,
            Uitkomst.Reden reden) {
        return weigering(conn, door, doel, actie, id, reden, new Uitkomst.Geweigerd(reden));
    }

    private <A> Uni<A> weigering(SqlConnection conn, AuditRegel.Door door, String doel, AuditActie actie, UUID id,
            Uitkomst.Reden reden, A antwoord) {
        return audit.schrijf(conn, List.of(disclosure.weigering(door, doel, actie, id, reden.name())))
                .replaceWith(antwoord);
    }
}
