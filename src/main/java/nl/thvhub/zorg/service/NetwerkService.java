package nl.thvhub.zorg.service;

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
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.persistence.Zorgcodec;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * The social network of one person (category NETWERK, per person: Veilig Thuis always, the coordinator and gezinsmanager
 * of the case with the person's consent), written as a whole, versioned, in the case history.
 */
@ApplicationScoped
public class NetwerkService {

    static final String DOCUMENT = "NETWERK";

    private final Zaaktoegang toegang;
    private final ZorgdocumentRepository documenten;
    private final Zorgdocumenten schrijver;
    private final Validator validator;

    NetwerkService(Zaaktoegang toegang, ZorgdocumentRepository documenten, Zorgdocumenten schrijver,
            Validator validator) {
        this.toegang = toegang;
        this.documenten = documenten;
        this.schrijver = schrijver;
        this.validator = validator;
    }

    public Uni<Netwerk.View> lees(Actor actor, UUID zaakId, UUID betrokkeneId) {
        return toegang.werk(actor, zaakId, AuditActie.NETWERK_LEZEN, null, (conn, inzage, now) -> {
            Huisverbod.Betrokkene p = Zorgrechten.persoon(inzage.zaak(), betrokkeneId);
            vereisNetwerk(inzage.besluit(), p.id());
            return view(conn, zaakId, p.id());
        });
    }

    public Uni<Netwerk.View> schrijf(Actor actor, UUID zaakId, UUID betrokkeneId, Integer versie, Netwerk.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        return toegang.werk(actor, zaakId, AuditActie.NETWERK_BIJGEWERKT, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = Zorgrechten.persoon(h, betrokkeneId);
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.NETWERK, p);
            vereisNetwerk(inzage.besluit(), p.id());
            Zorgrechten.open(actor, h, now);
            List<Netwerk.Contact> contacten = v.contacten().stream()
                    .map(c -> new Netwerk.Contact(c.relatie(), c.naam().trim(), Invoer.tekst(c.telefoon()),
                            Invoer.tekst(c.rolInVeiligheidsplan())))
                    .toList();
            return schrijver.vervang(conn, actor, zaakId, DOCUMENT, p.id(), versie, doc -> Zorgcodec.netwerk(contacten),
                    Gebeurtenissoort.NETWERK_BIJGEWERKT, new JsonObject().put("betrokkeneId", p.id().toString()), now)
                    .chain(() -> view(conn, zaakId, p.id()));
        });
    }

    private Uni<Deelwerk.Deel<Netwerk.View>> view(SqlConnection conn, UUID zaak, UUID persoon) {
        return documenten.findWithVersions(conn, zaak, DOCUMENT, persoon)
                .map(g -> new Deelwerk.Deel<>(new Netwerk.View(zaak, persoon,
                        g.versie(),
                        g.document().map(d -> Zorgcodec.netwerk(d.items())).orElse(List.of()), g.versies()),
                        Map.of(persoon, Set.of(Categorie.NETWERK))));
    }

    private static void vereisNetwerk(Besluit b, UUID persoon) {
        if (!b.mag(Categorie.NETWERK, persoon)) {
            throw ProblemException.forbidden("Het netwerk van deze persoon is voor uw rol onthouden (categorie NETWERK; "
                    + "voor zorgcoordinator en gezinsmanager met toestemming van de betrokkene).");
        }
    }

}
