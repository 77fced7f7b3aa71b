package nl.thvhub.opvolging.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.opvolging.Overdrachtbevestiging;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.zorg.service.Zorgrechten;

/**
 * Confirms receipt of a warm hand-over: the receiving hub partner itself (it reaches the closed case, KERN only, while
 * the hand-over waits: the policy file's opdracht OVERDRACHT), or for a party outside the hub the case's coordinator,
 * who records who confirmed. Confirmed once; it closes the task {@code OVERDRACHT_NIET_BEVESTIGD}.
 */
@ApplicationScoped
public class OverdrachtService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final Validator validator;

    OverdrachtService(Zaaktoegang toegang, Zaakboek boek, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.validator = validator;
    }

    public Uni<Overdrachtbevestiging.View> bevestig(Actor actor, UUID zaakId, Overdrachtbevestiging.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        return toegang.werk(actor, zaakId, AuditActie.OVERDRACHT_BEVESTIGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Overdracht o = h.overdracht();
            if (h.status(now) != Status.AFGESLOTEN || o == null) {
                throw ProblemException.conflict("Er is (nog) geen warme overdracht om te bevestigen: die volgt bij afsluiting.",
                        h.status(now).name(), java.util.List.of());
            }
            if (o.bevestiging() != null) {
                throw ProblemException.conflict("De overdracht is al bevestigd op " + o.bevestiging().op() + ".",
                        h.status(now).name(), java.util.List.of());
            }
            String door = Invoer.tekst(v.bevestigdDoor());
            if (o.organisatie() != null) {
                if (actor.organisatie() != o.organisatie()) {
                    throw ProblemException.forbidden("De ontvangende organisatie " + o.organisatie()
                            + " bevestigt de overdracht zelf.");
                }
                // a hub partner confirms as itself: the confirmation names the authenticated identity, never a free text
                if (door != null && !door.equals(actor.gebruikersnaam())) {
                    throw ProblemException.invalid("bevestigdDoor",
                            "bij een ontvanger in de hub is dat de ingelogde gebruiker; laat het veld weg");
                }
                door = actor.gebruikersnaam();
            } else {
                if (!Zorgrechten.magSchrijven(actor, h, Zorgrechten.Onderdeel.EINDRAPPORT, null)) {
                    throw ProblemException.forbidden("Een overdracht buiten de hub legt de zorgcoordinator van de zaak vast.");
                }
                if (door == null) {
                    throw ProblemException.invalid("bevestigdDoor",
                            "verplicht: wie bij " + o.aan() + " de ontvangst bevestigde");
                }
            }
            LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
            if (v.bevestigdOp().isAfter(vandaag)) {
                throw ProblemException.invalid("bevestigdOp", "ligt in de toekomst");
            }
            if (v.bevestigdOp().isBefore(o.datum())) {
                throw ProblemException.invalid("bevestigdOp", "ligt voor de overdracht (" + o.datum() + ")");
            }
            Huisverbod.Bevestiging b = new Huisverbod.Bevestiging(v.bevestigdOp(), door, actor.organisatie(), now);
            return boek.bevestigOverdracht(conn, zaakId, b).chain(gelukt -> {
                if (!gelukt) {
                    throw ProblemException.preconditionFailed("De overdracht is intussen bevestigd; lees de zaak opnieuw.");
                }
                return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.OVERDRACHT_BEVESTIGD, actor, now,
                        new JsonObject().put("bevestigdOp", b.op().toString()).put("organisatie", b.organisatie().name()));
            }).replaceWith(new Deelwerk.Deel<>(
                    new Overdrachtbevestiging.View(zaakId, b.op(), b.door(), b.organisatie(), b.vastgelegdOp()), Map.of()));
        });
    }
}
