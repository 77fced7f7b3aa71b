package nl.thvhub.zorg.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Versiecontrole;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.persistence.Zorgcodec;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * The three plans of a case (category HULPVERLENING of the case): read by whoever may see the case's help data, written
 * as a whole by its coordinator or gezinsmanager, versioned, each change in the case history.
 */
@ApplicationScoped
public class PlanService {

    private final Zaaktoegang toegang;
    private final ZorgdocumentRepository documenten;
    private final Zorgdocumenten schrijver;
    private final Validator validator;

    PlanService(Zaaktoegang toegang, ZorgdocumentRepository documenten, Zorgdocumenten schrijver, Validator validator) {
        this.toegang = toegang;
        this.documenten = documenten;
        this.schrijver = schrijver;
        this.validator = validator;
    }

    public Uni<Plan.View> lees(Actor actor, UUID zaakId, Plan.Soort soort) {
        return toegang.werk(actor, zaakId, AuditActie.PLAN_LEZEN, null, (conn, inzage, now) -> {
            vereisHulp(inzage);
            return view(conn, inzage, soort);
        });
    }

    public Uni<Plan.View> schrijf(Actor actor, UUID zaakId, Plan.Soort soort, Integer versie, Plan.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        return toegang.werk(actor, zaakId, AuditActie.PLAN_BIJGEWERKT, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.PLAN, null);
            vereisHulp(inzage);
            Zorgrechten.open(actor, h, now);
            for (int i = 0; i < v.items().size(); i++) {
                UUID persoon = v.items().get(i).betrokkeneId();
                if (persoon != null) {
                    Zorgrechten.persoon(h, persoon, "items[" + i + "].betrokkeneId");
                }
            }
            List<Plan.Item> items = v.items().stream().map(i -> new Plan.Item(i.doel().trim(), i.betrokkeneId(),
                    i.eigenaar().trim(), i.termijn(), i.status())).toList();
            return vervang(conn, actor, h, soort, versie, items, now).chain(() -> view(conn, inzage, soort));
        });
    }

    /**
     * The free-text fields of before the plans ({@code PUT /hulpverlening}, deprecated): the plan text becomes the only
     * item of the hulpverleningsplan, the safety agreements the only item of the veiligheidsplan; then the case view.
     */
    public Uni<Inzage> vrijeTekst(Actor actor, UUID zaakId, Integer zaakversie, Opdrachten.Hulpverlening o) {
        Invoer.vereist(o);
        Invoer.valideer(validator, o);
        return toegang.werk(actor, zaakId, AuditActie.PLAN_BIJGEWERKT, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.PLAN, null);
            Zorgrechten.open(actor, h, now);
            // the deprecated endpoint's If-Match is optional, on the case
            Versiecontrole.klopt(Versiecontrole.Onderwerp.ZAAK, zaakversie, h.versie());
            return vervang(conn, actor, h, Plan.Soort.HULPVERLENINGSPLAN, Zorgrechten.ONVOORWAARDELIJK,
                    item(o.plan(), h), now)
                    .chain(() -> vervang(conn, actor, h, Plan.Soort.VEILIGHEIDSPLAN, Zorgrechten.ONVOORWAARDELIJK,
                            item(o.veiligheidsafspraken(), h), now))
                    .replaceWith(new Deelwerk.Deel<>(true, Zorgrechten.gezin(h, Categorie.HULPVERLENING)));
        }).chain(x -> toegang.lees(actor, zaakId));
    }

    private Uni<Void> vervang(SqlConnection conn, Actor actor, Huisverbod h, Plan.Soort soort, Integer versie,
            List<Plan.Item> items, Instant now) {
        return schrijver.vervang(conn, actor, h.id(), soort.name(), h.id(), versie, doc -> Zorgcodec.plan(items),
                Gebeurtenissoort.PLAN_BIJGEWERKT, new JsonObject().put("soort", soort.name()).put("items", items.size()), now);
    }

    private Uni<Deelwerk.Deel<Plan.View>> view(SqlConnection conn, Inzage inzage, Plan.Soort soort) {
        UUID zaak = inzage.zaak().id();
        return documenten.findWithVersions(conn, zaak, soort.name(), zaak)
                .map(g -> new Deelwerk.Deel<>(new Plan.View(zaak, soort,
                        g.versie(),
                        g.document().map(d -> Zorgcodec.plan(d.items())).orElse(List.of()), g.versies()),
                        Zorgrechten.gezin(inzage.zaak(), Categorie.HULPVERLENING)));
    }

    private static List<Plan.Item> item(String tekst, Huisverbod h) {
        return tekst == null || tekst.isBlank()
                ? List.of()
                : List.of(new Plan.Item(tekst.trim(), null, h.coordinerendeOrganisatie().name(), null, Plan.Itemstatus.OPEN));
    }

    private static void vereisHulp(Inzage inzage) {
        if (!inzage.besluit().mag(Categorie.HULPVERLENING)) {
            throw ProblemException.forbidden("De plannen van deze zaak zijn voor uw rol onthouden (categorie HULPVERLENING).");
        }
    }
}
