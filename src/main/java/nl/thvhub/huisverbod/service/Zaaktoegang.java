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
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Pagina;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.privacy.service.NoodtoegangService;

/**
 * The one door to a case (HAPI FHIR's consent hook): every feature reads or works on a case only through here. It
 * resolves the purpose, decides by the sharing policy, writes the audit lines — of the denial too, committed before the
 * 404 — and hands back what the reader may see; REST, GraphQL, lists, history and the features on the case all use it,
 * and an ArchUnit rule keeps {@link Disclosure} out of every other class outside privacy and the event door.
 */
@ApplicationScoped
public class Zaaktoegang {

    /** Work on a visible case inside its transaction. */
    public interface Werk<T> {

        Uni<T> doe(SqlConnection conn, Huisverbod zaak, Instant now);
    }

    /** Work on a visible case that also redacts by the reader's decision (a field the policy file names). */
    public interface Inzagewerk<T> {

        Uni<T> doe(SqlConnection conn, Inzage inzage, Instant now);
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

    public Zaaktoegang(Pool pool, HuisverbodRepository repository, Disclosure disclosure, AuditLog audit, Verzoek verzoek,
            NoodtoegangService noodtoegang, Outbox outbox, Clock clock, ZorgtermijnConfig termijnen) {
        this.termijnen = termijnen;
        this.pool = pool;
        this.repository = repository;
        this.disclosure = disclosure;
        this.audit = audit;
        this.verzoek = verzoek;
        this.noodtoegang = noodtoegang;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The moment the views of this request are computed for (status and allowed actions depend on it). */
    public Instant now() {
        return clock.instant();
    }

    /** Purpose binding of this request: the {@code Doelbinding} header, or the role's default; another purpose is 403. */
    public String doel(Actor actor) {
        return doel(actor, verzoek.doelbinding().orElse(null));
    }

    /** Purpose binding for a purpose asked outside a request (a long-lived subscription checks it once). */
    public String doel(Actor actor, String gevraagd) {
        return disclosure.doel(actor, gevraagd);
    }

    /** The cases this actor may see at all, as conditions for a feature's own list query. */
    public Zichtbaarheid zichtbaarheid(Actor actor, Instant now) {
        return disclosure.zichtbaarheid(actor, now);
    }

    /** Whether the actor reaches the case by its rule's scope (assignment checks before anything is revealed). */
    public boolean inScope(Actor actor, Huisverbod zaak, Instant now) {
        return disclosure.inScope(actor, Feiten.van(zaak), now);
    }

    /**
     * Whether the actor's rule opens this category without consent (a feature's own list that shows it, such as the
     * zorgadvies on the ZSM priority list); a role without a rule sees nothing.
     */
    public boolean regelToont(Actor actor, Categorie categorie) {
        return disclosure.regelVoor(actor).map(r -> r.categorieen().contains(categorie)).orElse(false);
    }

    /** The actor part of this request's audit lines. */
    public AuditRegel.Door door(Actor actor, Instant now) {
        return AuditRegel.door(actor, now, verzoek.trace());
    }

    /**
     * The audit line of a disclosure outside a full case view (a work-list row, a lookup, a request), by the same policy
     * version and purpose as the case views; {@code zaakId} may be null where no case is concerned.
     */
    public AuditRegel verstrekking(Actor actor, Instant now, AuditActie actie, UUID zaakId, List<String> categorieen,
            String reden) {
        return verstrekking(door(actor, now), doel(actor), actie, zaakId, categorieen, reden);
    }

    /** The same line for an actor, moment, trace and purpose given by the caller (outside a request). */
    public AuditRegel verstrekking(AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId,
            List<String> categorieen, String reden) {
        return disclosure.toegestaan(door, doel, actie, zaakId, categorieen, reden);
    }

    /** Reads one case; a case the reader may not see answers 404, like a missing one. */
    public Uni<Inzage> lees(Actor actor, UUID id) {
        String doel = doel(actor);
        String nood = verzoek.noodtoegang().map(NoodtoegangService::reden).orElse(null);
        Instant now = clock.instant();
        // a plain read is one SELECT and one audit INSERT, each atomic on its own: no BEGIN/COMMIT round trips, and the
        // data still leaves only after its audit line committed. Emergency access writes three things and needs one.
        Uni<Inzage> inzage = nood == null
                ? pool.withConnection(conn -> toon(conn, actor, doel, id, AuditActie.LEZEN, now, null))
                : pool.withTransaction(conn -> toon(conn, actor, doel, id, AuditActie.LEZEN, now, nood));
        return inzage.map(Inzage::zichtbaarOf404);
    }

    /** A page of the cases the reader may see, filtered in SQL by the same scope; no totals. */
    public Uni<Pagina<Inzage, Cursor>> lijst(Actor actor, Zoekfilter filter, Cursor na, int limiet) {
        String doel = doel(actor);
        Instant now = clock.instant();
        Zichtbaarheid zicht = disclosure.zichtbaarheid(actor, now);
        int grootte = Pagina.grootte(limiet);
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        // one SELECT and one audit INSERT, each atomic: no transaction needed (see lees)
        return pool.withConnection(conn -> repository
                .listForLezer(conn, filter, zicht, lezer, na, Pagina.leesGrens(grootte)).chain(rows -> {
                    Pagina<HuisverbodRepository.Gelezen, Cursor> pagina = Pagina.uit(rows, grootte,
                            g -> new Cursor(g.zaak().opgelegdOp(), g.zaak().id()));
                    List<Inzage> items = new ArrayList<>(pagina.items().size());
                    List<AuditRegel> regels = new ArrayList<>();
                    AuditRegel.Door door = door(actor, now);
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

    /** The case's lifecycle history; each entry under the category of what it reveals, by the same decision. */
    public Uni<List<Gebeurtenis>> geschiedenis(Actor actor, UUID id) {
        String doel = doel(actor);
        Instant now = clock.instant();
        return pool.withTransaction(conn -> toon(conn, actor, doel, id, AuditActie.GESCHIEDENIS, now, null).chain(inzage -> {
            if (inzage.zaak() == null || !inzage.besluit().mag(Categorie.KERN)) {
                return Uni.createFrom().item(Optional.<List<Gebeurtenis>>empty());
            }
            Besluit b = inzage.besluit();
            return repository.history(conn, id).map(all -> Optional.of(all.stream()
                    .filter(g -> b.magGebeurtenis(g.soort(), g.details())).map(g -> zonderVerborgenAuteur(b, g)).toList()));
        })).map(list -> list.orElseThrow(ProblemException::notFound));
    }

    /**
     * A history entry as this reader may see it: a free-text detail the policy file puts under another category left
     * out, and its author withheld where naming it reveals an unseen involvement; what was withheld named in onthouden.
     */
    private static Gebeurtenis zonderVerborgenAuteur(Besluit b, Gebeurtenis g) {
        Map<String, Categorie> details = b.onthoudenDetails(g.soort(), g.details().keySet());
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
     * Decides, audits and returns the actor's view of the case, inside the caller's transaction. A case the reader may
     * not see is an Inzage without case (its denial line written); the caller answers 404 after it commits.
     */
    public Uni<Inzage> toon(SqlConnection conn, Actor actor, UUID id, AuditActie actie, Instant now) {
        return toon(conn, actor, doel(actor), id, actie, now, null);
    }

    /** Writes the denial line of a refused act on a case and answers the refusal (a 404 once the caller commits). */
    public Uni<Inzage> weiger(SqlConnection conn, Actor actor, UUID id, AuditActie actie, Instant now, String reden) {
        return audit.schrijf(conn, List.of(disclosure.weigering(door(actor, now), doel(actor), actie, id, reden)))
                .replaceWith(Inzage.GEWEIGERD);
    }

    /**
     * A feature's work on a case: decide and audit the reader's view, require the feature's category (of the case or of
     * at least one person), then do the work in the same transaction. A case the reader may not see answers 404 only
     * after the transaction (with its denial line) committed, exactly as a missing case.
     */
    public <T> Uni<T> op(Actor actor, UUID zaakId, AuditActie actie, Categorie categorie, Werk<T> werk) {
        return opInzage(actor, zaakId, actie, categorie, (conn, inzage, now) -> werk.doe(conn, inzage.zaak(), now));
    }

    /** As {@link #op}, with the reader's whole decision handed to the work (to redact what the policy file names). */
    public <T> Uni<T> opInzage(Actor actor, UUID zaakId, AuditActie actie, Categorie categorie, Inzagewerk<T> werk) {
        String doel = doel(actor);
        Instant now = clock.instant();
        return weigeringNa(pool.withTransaction(conn -> toon(conn, actor, doel, zaakId, actie, now, null).chain(inzage -> {
            if (inzage.zaak() == null) {
                return Uni.createFrom().item(Optional.<T>empty());
            }
            if (!inzage.besluit().mag(categorie) && inzage.zaak().betrokkenen().stream()
                    .noneMatch(p -> inzage.besluit().mag(categorie, p.id()))) {
                throw ProblemException.forbidden("De categorie " + categorie + " is voor uw rol onthouden.");
            }
            return werk.doe(conn, inzage, now).map(Optional::ofNullable);
        })), door(actor, now), doel, actie, zaakId).map(o -> o.orElseThrow(ProblemException::notFound));
    }

    /**
     * Reads or writes one part of a case in one transaction: decide the reader's view of the case (an invisible case is
     * its denial line, then 404 after commit), let the part do its work under that decision, then write one audit line
     * per subject the part disclosed. Nothing leaves without its committed audit line.
     */
    public <T> Uni<T> deel(Actor actor, UUID zaakId, AuditActie actie, Deelwerk<T> werk) {
        String doel = doel(actor);
        Instant now = clock.instant();
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        AuditRegel.Door door = door(actor, now);
        return weigeringNa(pool.withTransaction(conn -> repository.findForLezer(conn, zaakId, lezer).chain(opt -> {
            Zaakfeiten feiten = opt.map(Feiten::van).orElse(null);
            Besluit besluit = feiten == null ? null : disclosure.beslis(actor, doel, feiten, now);
            if (besluit == null || !besluit.zichtbaar()) {
                return weigering(conn, door, doel, actie, zaakId, feiten == null ? "ONBEKEND" : "BUITEN_SCOPE",
                        Optional.<T>empty());
            }
            Inzage inzage = inzage(opt.get().zaak(), besluit, now);
            return werk.doe(conn, inzage, now).chain(deel -> audit
                    .schrijf(conn, disclosure.deelregels(door, besluit, actie, zaakId, deel.getoond()))
                    .replaceWith(Optional.ofNullable(deel.waarde())));
        })), door, doel, actie, zaakId).map(o -> o.orElseThrow(ProblemException::notFound));
    }

    /**
     * A refusal decided inside the work (403: a withheld category, a writer without the right) rolls its transaction
     * back; its denial line is written afterwards on its own, and the 403 leaves only once it committed.
     */
    private <A> Uni<A> weigeringNa(Uni<A> werk, AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId) {
        return werk.onFailure(e -> e instanceof ProblemException p && p.problem().status() == 403).call(e -> pool
                .withConnection(conn -> audit.schrijf(conn, List.of(disclosure.weigering(door, doel, actie, zaakId,
                        "ONTHOUDEN")))));
    }

    private Uni<Inzage> toon(SqlConnection conn, Actor actor, String doel, UUID id, AuditActie actie, Instant now,
            String noodReden) {
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(actor.organisatie(), doel, actor.subject(), now);
        AuditRegel.Door door = door(actor, now);
        return repository.findForLezer(conn, id, lezer).chain(opt -> {
            if (opt.isEmpty()) {
                return weigering(conn, door, doel, actie, id, "ONBEKEND", Inzage.GEWEIGERD);
            }
            HuisverbodRepository.Gelezen g = opt.get();
            Zaakfeiten feiten = Feiten.van(g);
            Besluit besluit = disclosure.beslis(actor, doel, feiten, now);
            if (!besluit.zichtbaar() && noodReden != null && disclosure.noodtoegangMogelijk(actor, feiten)) {
                return noodtoegang(conn, actor, door, doel, g.zaak(), actie, now, noodReden, feiten);
            }
            if (!besluit.zichtbaar()) {
                return weigering(conn, door, doel, actie, id, "BUITEN_SCOPE", Inzage.GEWEIGERD);
            }
            String reden = besluit.noodtoegang() ? "lopende noodtoegang" : null;
            return audit.schrijf(conn, disclosure.auditregels(door, besluit, actie, id, feiten.personen(), reden))
                    .replaceWith(inzage(g.zaak(), besluit, now));
        });
    }

    /** Break-the-glass: one case per request, a daily cap (the FG hears of both), then the grant in this transaction. */
    private Uni<Inzage> noodtoegang(SqlConnection conn, Actor actor, AuditRegel.Door door, String doel, Huisverbod zaak,
            AuditActie actie, Instant now, String noodReden, Zaakfeiten feiten) {
        UUID id = zaak.id();
        if (!verzoek.claimNoodtoegang(id)) {
            return weigering(conn, door, doel, actie, id, "NOODTOEGANG_AL_GEBRUIKT", Inzage.NOOD_EEN_ZAAK);
        }
        return noodtoegang.verleendLaatsteDag(conn, actor, now).chain(n -> {
            if (n >= disclosure.noodtoegangPerDag()) {
                // the refusal and the FG's event commit; the caller gets 429 afterwards
                return outbox.emit(conn, "noodtoegang.limiet-bereikt", feiten, actor, now)
                        .chain(() -> weigering(conn, door, doel, actie, id, "NOODTOEGANG_LIMIET", Inzage.NOOD_LIMIET));
            }
            Besluit nood = disclosure.beslis(actor, doel, Feiten.metNoodtoegang(feiten), now);
            return noodtoegang.verleen(conn, actor, id, noodReden, now)
                    .chain(() -> outbox.emit(conn, "noodtoegang.gebruikt", feiten, actor, now))
                    .chain(() -> audit.schrijf(conn,
                            disclosure.auditregels(door, nood, actie, id, feiten.personen(), noodReden)))
                    .replaceWith(inzage(zaak, nood, now));
        });
    }

    private Inzage inzage(Huisverbod zaak, Besluit besluit, Instant now) {
        return new Inzage(zaak, besluit, zaak.openTaken(now, termijnen.waarden()));
    }

    private <A> Uni<A> weigering(SqlConnection conn, AuditRegel.Door door, String doel, AuditActie actie, UUID id,
            String reden, A antwoord) {
        return audit.schrijf(conn, List.of(disclosure.weigering(door, doel, actie, id, reden))).replaceWith(antwoord);
    }
}
