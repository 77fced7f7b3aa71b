package nl.thvhub.opvolging.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.opvolging.persistence.Opvolgingcodec;
import nl.thvhub.opvolging.persistence.ZorgadviesaanvraagRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.service.Zorgdocumenten;
import nl.thvhub.zorg.service.Zorgrechten;

/**
 * The zorgadvies for ZSM (category ZORGADVIES): written by the case's coordinator or gezinsmanager, read by the OM on
 * the policy's own basis; when it arrives for a running case with a criminal track, ZSM is told.
 */
@ApplicationScoped
public class ZorgadviesService {

    static final String ZORGADVIES = "ZORGADVIES";

    private final Zaaktoegang toegang;
    private final Zorgdocumenten schrijver;
    private final Outbox outbox;
    private final Validator validator;
    private final ZorgadviesaanvraagRepository aanvragen;
    private final Zaakboek boek;

    ZorgadviesService(Zaaktoegang toegang, Zorgdocumenten schrijver, Outbox outbox,
            Validator validator, ZorgadviesaanvraagRepository aanvragen, Zaakboek boek) {
        this.toegang = toegang;
        this.schrijver = schrijver;
        this.outbox = outbox;
        this.validator = validator;
        this.aanvragen = aanvragen;
        this.boek = boek;
    }

    /**
     * ZSM asks the care side for its advice by a date (issue 34.2, recommendation 3b): an open request to the case's
     * coordinator (a task due at the end of that day; every assigned coordinator, else the coordinating organisation's
     * queue, is told), answered by the advice. Only ZSM, on a running case, one open at a time (409).
     */
    public Uni<Zorgadvies.AanvraagView> vraagAan(Actor actor, UUID zaakId, Zorgadvies.Aanvraag a) {
        if (actor.rol() != Rol.OM_ZSM) {
            throw ProblemException.forbidden("Om het zorgadvies vraagt ZSM (rol om-zsm).");
        }
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        String vraag = Invoer.tekst(a.vraag());
        return toegang.werk(actor, zaakId, AuditActie.ZORGINBRENG_GEVRAAGD, Categorie.ZORGADVIES,
                Deelwerk.onderInzage(Categorie.ZORGADVIES, (conn, inzage, now) -> {
                    Huisverbod h = inzage.zaak();
                    Status status = h.status(now);
                    if (status != Status.OPGELEGD && status != Status.VERLENGD) {
                        throw ProblemException.conflict("Om een zorgadvies wordt gevraagd zolang het huisverbod loopt; "
                                + "het is " + status + ".", status.name(), List.of());
                    }
                    if (a.termijn().isBefore(java.time.LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                        throw ProblemException.invalid("termijn", "ligt in het verleden");
                    }
                    UUID id = UUID.randomUUID();
                    return aanvragen.insert(conn, id, zaakId, a, vraag, actor, now)
                            .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.ZORGINBRENG_GEVRAAGD, actor, now,
                                    new JsonObject().put("aanvraagId", id.toString()).put("termijn",
                                            a.termijn().toString())))
                            .chain(() -> outbox.emit(conn, NotificatieType.ZORGINBRENG_GEVRAAGD, Feiten.van(h), actor, now))
                            .chain(() -> aanvragen.open(conn, zaakId)).map(o -> o.orElseThrow());
                }));
    }

    public Uni<Zorgadvies.View> lees(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.ZORGADVIES_LEZEN, null, (conn, inzage, now) -> {
            vereis(inzage.besluit().mag(Categorie.ZORGADVIES));
            return view(conn, inzage);
        });
    }

    public Uni<Zorgadvies.View> schrijf(Actor actor, UUID zaakId, Integer versie, Zorgadvies.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        if (v.adviesVoorwaarden().stream().distinct().count() != v.adviesVoorwaarden().size()) {
            throw ProblemException.invalid("adviesVoorwaarden", "noemt een voorwaarde meer dan eens");
        }
        return toegang.werk(actor, zaakId, AuditActie.ZORGADVIES_VASTGELEGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.ZORGADVIES, null);
            vereis(inzage.besluit().mag(Categorie.ZORGADVIES));
            Zorgrechten.open(h, now);
            String toelichting = Invoer.tekst(v.toelichting());
            Zorgadvies.Inhoud inhoud = new Zorgadvies.Inhoud(v.risico(), v.hulpverleningLoopt(),
                    List.copyOf(v.adviesVoorwaarden()), toelichting);
            Status status = h.status(now);
            // the ZSM list holds running cases with a criminal track, and without one a case a HOOG advice puts on it
            // (its second section, issue 34.1): there the advice is awaited
            boolean opLijst = (h.strafrechtelijkTraject() || v.risico() == Zorgadvies.Risico.HOOG)
                    && (status == Status.OPGELEGD || status == Status.VERLENGD);
            // the advice answers ZSM's open request, if there is one; ZSM then hears of it with or without a track
            return schrijver.vervang(conn, actor, zaakId, ZORGADVIES, zaakId, versie, doc -> Opvolgingcodec.zorgadvies(inhoud),
                    Gebeurtenissoort.ZORGADVIES_VASTGELEGD, new JsonObject().put("risico", v.risico().name()), now)
                    .chain(() -> aanvragen.answer(conn, zaakId, actor, now))
                    .call(beantwoord -> opLijst || beantwoord.isPresent()
                            ? outbox.emit(conn, NotificatieType.ZORGADVIES_ONTVANGEN, Feiten.van(h), actor, now)
                            : Uni.createFrom().voidItem())
                    .chain(() -> view(conn, inzage));
        });
    }

    /**
     * The advice as this reader may see it: its structured fields under ZORGADVIES, its free text (about the UHG) by the
     * policy file's field rule — for the OM only with the UHG's HULPVERLENING consent — else null and named in onthouden.
     */
    private Uni<Deelwerk.Deel<Zorgadvies.View>> view(SqlConnection conn, Inzage inzage) {
        Huisverbod h = inzage.zaak();
        List<UUID> uhg = h.betrokkenen().stream().filter(p -> p.rol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                .map(Huisverbod.Betrokkene::id).toList();
        boolean tekst = inzage.besluit().magVeldOver(Zorgadvies.VELD_TOELICHTING, uhg);
        return schrijver.metVersies(conn, h.id(), ZORGADVIES, h.id())
                .chain(g -> aanvragen.open(conn, h.id()).map(open -> java.util.Map.entry(g, open))).map(e -> {
                    var g = e.getKey();
                    Zorgadvies.Inhoud a = g.document().map(d -> Opvolgingcodec.zorgadvies(d.items())).orElse(null);
                    boolean onthouden = !tekst && a != null && a.toelichting() != null;
                    Zorgadvies.View view = new Zorgadvies.View(h.id(),
                            g.versie(), a == null ? null : a.risico(),
                            a == null ? null : a.hulpverleningLoopt(), a == null ? List.of() : a.adviesVoorwaarden(),
                            a == null || !tekst ? null : a.toelichting(),
                            // without the free text, a version that only changed the text is not listed
                            tekst ? g.versies() : g.zichtbareVersies(items -> {
                                io.vertx.core.json.JsonArray zonder = items.copy();
                                zonder.forEach(i -> ((io.vertx.core.json.JsonObject) i).remove("toelichting"));
                                return zonder;
                            }),
                            onthouden ? List.of(Categorie.HULPVERLENING) : List.of(), e.getValue().orElse(null));
                    java.util.Map<UUID, java.util.Set<Categorie>> getoond = new java.util.HashMap<>(
                            Zorgrechten.gezin(h, Categorie.ZORGADVIES));
                    if (tekst && a != null && a.toelichting() != null) {
                        uhg.forEach(p -> getoond.merge(p, java.util.Set.of(Categorie.HULPVERLENING), (x, y) -> {
                            java.util.Set<Categorie> beide = java.util.EnumSet.copyOf(x);
                            beide.addAll(y);
                            return beide;
                        }));
                    }
                    return new Deelwerk.Deel<>(view, getoond);
                });
    }

    private static void vereis(boolean mag) {
        if (!mag) {
            throw ProblemException.forbidden("Het zorgadvies is voor uw rol onthouden (categorie ZORGADVIES).");
        }
    }
}
