package nl.thvhub.zorg.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.persistence.Zorgcodec;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * The problem analysis of one person: read per domain under the policy (health domains are GEZONDHEID, with consent
 * only, never to the police), written as a whole by those {@link Zorgrechten} allow, versioned, in the case history.
 */
@ApplicationScoped
public class ProbleemanalyseService {

    static final String DOCUMENT = "PROBLEEMANALYSE";

    private final Zaaktoegang toegang;
    private final ZorgdocumentRepository documenten;
    private final Zorgdocumenten schrijver;
    private final Validator validator;

    ProbleemanalyseService(Zaaktoegang toegang, ZorgdocumentRepository documenten, Zorgdocumenten schrijver,
            Validator validator) {
        this.toegang = toegang;
        this.documenten = documenten;
        this.schrijver = schrijver;
        this.validator = validator;
    }

    public Uni<Probleemanalyse.View> lees(Actor actor, UUID zaakId, UUID betrokkeneId) {
        return toegang.werk(actor, zaakId, AuditActie.PROBLEEMANALYSE_LEZEN, null, (conn, inzage, now) -> {
            Huisverbod.Betrokkene p = Zorgrechten.persoon(inzage.zaak(), betrokkeneId);
            vereisIets(inzage.besluit(), p.id());
            return view(conn, inzage, p.id());
        });
    }

    public Uni<Probleemanalyse.View> schrijf(Actor actor, UUID zaakId, UUID betrokkeneId, Integer versie,
            Probleemanalyse.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        return toegang.werk(actor, zaakId, AuditActie.PROBLEEMANALYSE_BIJGEWERKT, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = Zorgrechten.persoon(h, betrokkeneId);
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.PROBLEEMANALYSE, p);
            vereisIets(inzage.besluit(), p.id());
            Zorgrechten.open(actor, h, now);
            return schrijver.vervang(conn, actor, zaakId, DOCUMENT, p.id(), versie,
                    doc -> Zorgcodec.analyse(Probleemanalyse.volgende(
                            doc.map(d -> Zorgcodec.analyse(d.items())).orElse(List.of()), v.leefgebieden(),
                            l -> inzage.besluit().mag(l.categorie(), p.id()), actor.gebruikersnaam(), actor.organisatie(),
                            now)),
                    Gebeurtenissoort.PROBLEEMANALYSE_BIJGEWERKT, wijziging(p.id(), v), now)
                    .chain(() -> view(conn, inzage, p.id()));
        });
    }

    private Uni<Deelwerk.Deel<Probleemanalyse.View>> view(SqlConnection conn, Inzage inzage, UUID persoon) {
        Besluit b = inzage.besluit();
        UUID zaak = inzage.zaak().id();
        return documenten.findWithVersions(conn, zaak, DOCUMENT, persoon).map(g -> {
            List<Probleemanalyse.Regel> alle = g.document().map(d -> Zorgcodec.analyse(d.items())).orElse(List.of());
            List<Probleemanalyse.Regel> zichtbaar = alle.stream()
                    .filter(r -> b.mag(r.leefgebied().categorie(), persoon)).toList();
            Set<Categorie> getoond = EnumSet.noneOf(Categorie.class);
            zichtbaar.forEach(r -> getoond.add(r.leefgebied().categorie()));
            if (b.mag(Categorie.HULPVERLENING, persoon)) {
                getoond.add(Categorie.HULPVERLENING);
            }
            List<Categorie> onthouden = EnumSet.of(Categorie.HULPVERLENING, Categorie.GEZONDHEID).stream()
                    .filter(c -> !b.mag(c, persoon)).toList();
            // a version that only changed domains this reader may not see is not listed either
            List<nl.thvhub.zorg.Versie> versies = g.zichtbareVersies(items -> new io.vertx.core.json.JsonArray(
                    Zorgcodec.analyse(items).stream().filter(r -> b.mag(r.leefgebied().categorie(), persoon))
                            .map(r -> List.of(r.leefgebied().name(), r.score().name(), String.valueOf(r.toelichting())))
                            .toList()));
            return new Deelwerk.Deel<>(new Probleemanalyse.View(zaak, persoon,
                    g.versie(), zichtbaar, versies, onthouden),
                    Map.of(persoon, getoond));
        });
    }

    /** The analysis is help data: a reader who may see neither its help nor its health domains of the person gets 403. */
    private static void vereisIets(Besluit b, UUID persoon) {
        if (!b.mag(Categorie.HULPVERLENING, persoon) && !b.mag(Categorie.GEZONDHEID, persoon)) {
            throw ProblemException.forbidden("De probleemanalyse van deze persoon is voor uw rol onthouden (categorie "
                    + Leefgebied.VEILIGHEID.categorie() + ").");
        }
    }

    /** The history entry of an analysis change: the person, and whether only health domains changed (then GEZONDHEID). */
    private static JsonObject wijziging(UUID persoon, Probleemanalyse.Vastlegging v) {
        JsonObject details = new JsonObject().put("betrokkeneId", persoon.toString());
        boolean alleenGezondheid = !v.leefgebieden().isEmpty()
                && v.leefgebieden().stream().allMatch(l -> l.leefgebied().categorie() == Categorie.GEZONDHEID);
        return alleenGezondheid ? details.put("gezondheid", true) : details;
    }
}
