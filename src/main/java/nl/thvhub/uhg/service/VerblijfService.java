package nl.thvhub.uhg.service;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * Where the UHG stays (issue 33.2), read and written through the case's one door: a reader of the case learns whether a
 * place is known, a reader of VERBLIJF_UHG where, since when, from whom, and who knew what when. Each fact is a new
 * version; If-Match, when sent, must name the current one (two writers never silently cross).
 */
@ApplicationScoped
public class VerblijfService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final UhgRepository repository;
    private final Validator validator;

    VerblijfService(Zaaktoegang toegang, Zaakboek boek, UhgRepository repository, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.validator = validator;
    }

    public Uni<Verblijf.View> lees(Actor actor, UUID zaakId, UUID betrokkeneId) {
        return toegang.werk(actor, zaakId, AuditActie.VERBLIJF_UHG_LEZEN, Categorie.KERN, (conn, inzage, now) -> {
            Huisverbod.Betrokkene p = Uhgrechten.uhg(inzage.zaak(), betrokkeneId);
            boolean mag = inzage.besluit().mag(Categorie.VERBLIJF_UHG);
            return repository.verblijf(conn, zaakId, p.id())
                    .map(versies -> new Deelwerk.Deel<>(Verblijf.View.van(zaakId, p.id(), versies, mag),
                            Map.of(p.id(), mag ? Set.of(Categorie.VERBLIJF_UHG) : Set.<Categorie>of())));
        });
    }

    public Uni<Verblijf.View> schrijf(Actor actor, UUID zaakId, UUID betrokkeneId, Integer versie, Verblijf.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        if (!Uhgrechten.magVerblijfSchrijven(actor.rol())) {
            throw ProblemException.forbidden("Waar de uithuisgeplaatste verblijft leggen de politie, Veilig Thuis, zijn "
                    + "zorgcoordinator en het OM vast.");
        }
        return toegang.werk(actor, zaakId, AuditActie.VERBLIJF_UHG_VASTGELEGD, Categorie.VERBLIJF_UHG,
                (conn, inzage, now) -> {
                    Huisverbod h = inzage.zaak();
                    Huisverbod.Betrokkene p = Uhgrechten.uhg(h, betrokkeneId);
                    Uhgrechten.open(h, now);
                    Uhgrechten.nietInDeToekomst(v.sinds(), "sinds", now);
                    return repository.verblijf(conn, zaakId, p.id())
                            .chain(oud -> Versiereeks.voegToe(oud, Verblijf.Versie::versie, versie,
                                    n -> new Verblijf.Versie(n, v.soort(), Invoer.tekst(v.adres()), v.sinds(),
                                            v.bron().trim(), actor.gebruikersnaam(), actor.organisatie(), now),
                                    nieuw -> repository.addVerblijf(conn, zaakId, p.id(), nieuw)))
                            .call(alle -> geschiedenis(conn, zaakId, p.id(), alle.get(0), actor, now))
                            .map(alle -> new Deelwerk.Deel<>(Verblijf.View.van(zaakId, p.id(), alle, true),
                                    Map.of(p.id(), Set.of(Categorie.VERBLIJF_UHG))));
                });
    }

    /**
     * A custody change from the criminal track (issue 33.2): the OM brought the UHG before the rechter-commissaris, so he
     * is held in a cell from that day — a new version of where he stays, in the afdoening's transaction, unless the last
     * one already says so. Nothing is disclosed to the writer by it (the afdoening's own audit line covers the write).
     */
    public Uni<Void> inVerzekering(io.vertx.mutiny.sqlclient.SqlConnection conn, Huisverbod h, Actor actor,
            java.time.LocalDate sinds, java.time.Instant now) {
        java.util.Optional<Huisverbod.Betrokkene> uhg = h.uithuisgeplaatste();
        if (uhg.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        UUID persoon = uhg.get().id();
        return repository.verblijf(conn, h.id(), persoon).chain(oud -> !oud.isEmpty()
                && oud.get(0).soort() == Verblijf.Soort.CEL
                        ? Uni.createFrom().voidItem()
                        : Versiereeks.voegToe(oud, Verblijf.Versie::versie, null,
                                n -> new Verblijf.Versie(n, Verblijf.Soort.CEL, null, sinds,
                                        "afdoening: voorgeleid aan de rechter-commissaris", actor.gebruikersnaam(),
                                        actor.organisatie(), now),
                                nieuw -> repository.addVerblijf(conn, h.id(), persoon, nieuw))
                                .call(alle -> geschiedenis(conn, h.id(), persoon, alle.get(0), actor, now))
                                .replaceWithVoid());
    }

    /** The history entry of a new version: whether a place is known, never which. */
    private Uni<Void> geschiedenis(io.vertx.mutiny.sqlclient.SqlConnection conn, UUID zaak, UUID persoon,
            Verblijf.Versie nieuw, Actor actor, java.time.Instant now) {
        return boek.gebeurtenis(conn, zaak, Gebeurtenissoort.VERBLIJF_UHG_VASTGELEGD, actor, now,
                new JsonObject().put("betrokkeneId", persoon.toString()).put("bekend", nieuw.bekend())
                        .put("versie", nieuw.versie()));
    }
}
