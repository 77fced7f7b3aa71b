package nl.thvhub.signalen.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.GgzBetrokkenheid;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.signalen.GgzSignaal;
import nl.thvhub.signalen.persistence.GgzSignaalRepository;

/**
 * Sets the GGZ flag of a person in a case. Only the assigned GGZ worker sets it; who may read it is decided per person by
 * the sharing policy (category GGZ, consent for coordinator and gezinsmanager), in the case view.
 */
@ApplicationScoped
public class GgzSignaalService {

    private final Zaaktoegang toegang;
    private final GgzSignaalRepository repository;
    private final Outbox outbox;
    private final Validator validator;

    GgzSignaalService(Zaaktoegang toegang, GgzSignaalRepository repository, Outbox outbox, Validator validator) {
        this.toegang = toegang;
        this.repository = repository;
        this.outbox = outbox;
        this.validator = validator;
    }

    /** Stores the flag (replacing the earlier one for that person) and tells those who follow the case. */
    public Uni<Huisverbod.GgzSignaal> zet(Actor actor, UUID zaakId, GgzSignaal.Instelling s) {
        if (actor.rol() != Rol.GGZ) {
            throw ProblemException.forbidden("Het GGZ-signaal zet de toegewezen GGZ-medewerker.");
        }
        Invoer.valideer(validator, s);
        if (s.betrokkenheid() != GgzBetrokkenheid.NEE && (s.instelling() == null || s.instelling().isBlank())) {
            throw ProblemException.invalid("instelling", "verplicht als GGZ (vermoedelijk) betrokken is");
        }
        boolean nee = s.betrokkenheid() == GgzBetrokkenheid.NEE;
        return toegang.werk(actor, zaakId, AuditActie.GGZ_SIGNAAL_ZETTEN, Categorie.GGZ,
                Deelwerk.onderInzage(Categorie.GGZ, (conn, inzage, now) -> {
                    Huisverbod h = inzage.zaak();
                    boolean persoonVanZaak = h.betrokkenen().stream().anyMatch(p -> p.id().equals(s.betrokkeneId())
                            && (p.rol() == BetrokkeneRol.UITHUISGEPLAATSTE || p.rol() == BetrokkeneRol.ACHTERBLIJVER));
                    if (!persoonVanZaak) {
                        throw ProblemException.invalid("betrokkeneId", "geen uithuisgeplaatste of achterblijver van deze zaak");
                    }
                    if (!inzage.besluit().mag(Categorie.GGZ, s.betrokkeneId())) {
                        // GGZ asked about one person (issue 33.6) answers about that person only
                        throw ProblemException.forbidden("Het GGZ-signaal van deze persoon is voor u onthouden.");
                    }
                    GgzSignaal.Contactpersoon c = nee ? null : s.contactpersoon();
                    Huisverbod.GgzSignaal nieuw = new Huisverbod.GgzSignaal(s.betrokkeneId(), s.betrokkenheid(),
                            nee ? null : s.instelling().trim(), c == null ? null : c.rol().trim(),
                            c == null ? null : c.telefoon().trim(), now);
                    return repository.upsert(conn, zaakId, nieuw, actor)
                            .call(() -> outbox.emit(conn, NotificatieType.GGZ_SIGNAAL_GEWIJZIGD, Feiten.van(h), actor, now))
                            .replaceWith(nieuw);
                }));
    }
}
