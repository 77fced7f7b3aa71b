package nl.thvhub.strafrecht.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.strafrecht.persistence.StrafrechtRepository;

/**
 * The criminal track of a case: afdoeningen, registered as versions by the OM (ZSM) — the police only open the track
 * with an aangifte — and read under the category STRAFRECHT through the case's access seam.
 */
@ApplicationScoped
public class StrafrechtService {

    private final Zaaktoegang toegang;
    private final HuisverbodService zaken;
    private final StrafrechtRepository repository;
    private final Outbox outbox;
    private final Validator validator;
    private final nl.thvhub.uhg.service.VerblijfService verblijf;

    public StrafrechtService(Zaaktoegang toegang, HuisverbodService zaken, StrafrechtRepository repository, Outbox outbox,
            Validator validator, nl.thvhub.uhg.service.VerblijfService verblijf) {
        this.verblijf = verblijf;
        this.toegang = toegang;
        this.zaken = zaken;
        this.repository = repository;
        this.outbox = outbox;
        this.validator = validator;
    }

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
        // registering needs the case, not the category STRAFRECHT: the police open the track without reading it
        return toegang.werk(actor, zaakId, AuditActie.AFDOENING_REGISTREREN, Categorie.KERN,
                Deelwerk.onder(Categorie.KERN, (conn, h, now) -> repository
                        .volgendeVersie(conn, zaakId)
                        .chain(versie -> repository.insert(conn, UUID.randomUUID(), zaakId, versie, r, actor, now))
                        .call(() -> zaken.openStrafrechtelijkTraject(conn, zaakId))
                        .call(() -> r.beslissing() == Afdoening.Beslissing.VOORGELEIDING_RC
                                ? verblijf.inVerzekering(conn, h, actor, r.zsmBeoordelingDatum() != null
                                        ? r.zsmBeoordelingDatum()
                                        : java.time.LocalDate.ofInstant(now, nl.thvhub.huisverbod.Huisverbod.TIJDZONE), now)
                                : Uni.createFrom().voidItem())
                        .call(() -> outbox.emit(conn, NotificatieType.AFDOENING_GEREGISTREERD, Feiten.van(h), actor, now))
                        .chain(() -> repository.listVersies(conn, h)).map(list -> list.get(0))));
    }

    public Uni<List<Afdoening.Versie>> versies(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.AFDOENINGEN_LEZEN, Categorie.STRAFRECHT,
                Deelwerk.onder(Categorie.STRAFRECHT,
                        (conn, h, now) -> repository.listVersies(conn, h)));
    }

    private void validate(Afdoening.Registratie r) {
        List<Problem.InvalidParam> invalid = new ArrayList<>(Invoer.schendingen(validator, r));
        if (r.geplandeZittingen() != null && r.geplandeZittingen().contains(null)) {
            invalid.add(new Problem.InvalidParam("geplandeZittingen", "bevat een lege zitting"));
        }
        if (r.beslissing() == nl.thvhub.strafrecht.Afdoening.Beslissing.SEPOT
                && (r.sepotGrond() == null || r.sepotGrond().isBlank())) {
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
}
