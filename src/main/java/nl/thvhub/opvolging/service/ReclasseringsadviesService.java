package nl.thvhub.opvolging.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.OpdrachtConfig;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.opvolging.persistence.ReclasseringsadviesRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;

/**
 * The OM's request for a Reclassering advice report as a task (category STRAFRECHT; the advice's text is
 * RECLASSERINGSADVIES, redacted by the reader's decision): ZSM requests it with a due date,
 * it reaches the assigned Reclassering worker (else Reclassering's queue, which the open request puts in reach of the
 * case: the policy file's opdracht RECLASSERINGSADVIES), and its delivery tells ZSM and the coordinator.
 */
@ApplicationScoped
public class ReclasseringsadviesService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final ReclasseringsadviesRepository repository;
    private final Outbox outbox;
    private final Validator validator;
    private final OpdrachtConfig opdrachten;

    ReclasseringsadviesService(Zaaktoegang toegang, Zaakboek boek, ReclasseringsadviesRepository repository, Outbox outbox,
            Validator validator, OpdrachtConfig opdrachten) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.outbox = outbox;
        this.validator = validator;
        this.opdrachten = opdrachten;
    }

    public Uni<List<Reclasseringsadvies.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.RECLASSERINGSADVIES_LEZEN, Categorie.STRAFRECHT,
                Deelwerk.onderInzage(Categorie.STRAFRECHT,
                        (conn, inzage, now) -> repository.list(conn, zaakId, now)
                                .map(l -> l.stream().map(v -> v.voor(inzage.besluit())).toList())));
    }

    public Uni<Reclasseringsadvies.View> vraagAan(Actor actor, UUID zaakId, Reclasseringsadvies.Aanvraag a) {
        if (actor.rol() != Rol.OM_ZSM) {
            throw ProblemException.forbidden("Een reclasseringsadvies vraagt het OM (ZSM) aan.");
        }
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        return toegang.werk(actor, zaakId, AuditActie.RECLASSERINGSADVIES_GEVRAAGD, Categorie.STRAFRECHT,
                Deelwerk.onderInzage(Categorie.STRAFRECHT,
                        (conn, inzage, now) -> {
                            Huisverbod h = inzage.zaak();
                            lopend(h, now);
                            if (a.termijn().isBefore(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                                throw ProblemException.invalid("termijn", "ligt in het verleden");
                            }
                            UUID id = UUID.randomUUID();
                            Instant vervaltOp = a.termijn().plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant()
                                    .plus(opdrachten.reclasseringsadviesVerval());
                            return repository.request(conn, id, zaakId, a.termijn(), vervaltOp, actor.gebruikersnaam(), now)
                                    .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.RECLASSERINGSADVIES_GEVRAAGD,
                                            actor,
                                            now,
                                            new JsonObject().put("aanvraagId", id.toString()).put("termijn",
                                                    a.termijn().toString())))
                                    .chain(() -> outbox.emit(conn, NotificatieType.RECLASSERINGSADVIES_GEVRAAGD, Feiten.van(h),
                                            actor,
                                            now))
                                    .chain(() -> repository.list(conn, zaakId, now)).map(l -> l.get(0).voor(inzage.besluit()));
                        }));
    }

    public Uni<Reclasseringsadvies.View> lever(Actor actor, UUID zaakId, Reclasseringsadvies.Levering l) {
        if (actor.rol() != Rol.RECLASSERING) {
            throw ProblemException.forbidden("Het reclasseringsadvies levert de Reclassering.");
        }
        Invoer.vereist(l);
        Invoer.valideer(validator, l);
        return toegang.werk(actor, zaakId, AuditActie.RECLASSERINGSADVIES_GELEVERD, Categorie.STRAFRECHT,
                Deelwerk.onderInzage(Categorie.STRAFRECHT,
                        (conn, inzage, now) -> {
                            Huisverbod h = inzage.zaak();
                            Huisverbod.Adviesaanvraag open = lopendeAanvraag(h, now);
                            if (l.datum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                                throw ProblemException.invalid("datum", "ligt in de toekomst");
                            }
                            if (l.datum().isBefore(LocalDate.ofInstant(open.aangevraagdOp(), Huisverbod.TIJDZONE))) {
                                throw ProblemException.invalid("datum", "ligt voor de aanvraag");
                            }
                            return repository.deliver(conn, zaakId, l.advies().trim(), l.datum(), actor.gebruikersnaam(), now)
                                    .chain(gelukt -> {
                                        if (!gelukt) {
                                            throw ProblemException
                                                    .preconditionFailed(
                                                            "De aanvraag is intussen beantwoord; lees haar opnieuw.");
                                        }
                                        return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.RECLASSERINGSADVIES_GELEVERD,
                                                actor,
                                                now,
                                                new JsonObject().put("datum", l.datum().toString()));
                                    })
                                    .chain(() -> outbox.emit(conn, NotificatieType.RECLASSERINGSADVIES_GELEVERD, Feiten.van(h),
                                            actor, now))
                                    .chain(() -> repository.list(conn, zaakId, now))
                                    .map(list -> list.get(0).voor(inzage.besluit()));
                        }));
    }

    /**
     * The OM withdraws its open request (the advice is no longer needed): Reclassering's reach through it ends, the
     * assigned worker or Reclassering's queue hears it, the history records it. Without an open request 409.
     */
    public Uni<Reclasseringsadvies.View> trekIn(Actor actor, UUID zaakId) {
        if (actor.rol() != Rol.OM_ZSM) {
            throw ProblemException.forbidden("Een aanvraag voor een reclasseringsadvies trekt het OM (ZSM) in.");
        }
        return toegang.werk(actor, zaakId, AuditActie.RECLASSERINGSADVIES_INGETROKKEN, Categorie.STRAFRECHT,
                Deelwerk.onderInzage(Categorie.STRAFRECHT,
                        (conn, inzage, now) -> {
                            Huisverbod h = inzage.zaak();
                            Huisverbod.Adviesaanvraag open = lopendeAanvraag(h, now);
                            // an assigned worker hears it; Reclassering's queue simply loses the case (its reach ended)
                            return repository.withdraw(conn, zaakId, actor.gebruikersnaam(), now).chain(gelukt -> {
                                if (!gelukt) {
                                    throw ProblemException
                                            .preconditionFailed("De aanvraag is intussen beantwoord; lees haar opnieuw.");
                                }
                                return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.RECLASSERINGSADVIES_INGETROKKEN, actor,
                                        now,
                                        new JsonObject().put("termijn", open.termijn().toString()));
                            }).chain(() -> outbox.emit(conn, NotificatieType.RECLASSERINGSADVIES_INGETROKKEN, Feiten.van(h),
                                    actor, now))
                                    .chain(() -> repository.list(conn, zaakId, now)).map(l -> l.get(0).voor(inzage.besluit()));
                        }));
    }

    /** The case's open request that has not lapsed; none is 409. */
    private static Huisverbod.Adviesaanvraag lopendeAanvraag(Huisverbod h, Instant now) {
        Huisverbod.Adviesaanvraag open = h.signalen().opvolging().reclasseringsadvies();
        if (open == null || !open.loopt(now)) {
            throw ProblemException.conflict("Er is geen openstaande aanvraag voor een reclasseringsadvies.",
                    h.status(now).name(), List.of());
        }
        return open;
    }

    /** A closed or withdrawn case gets no new request: 409. */
    private static void lopend(Huisverbod h, Instant now) {
        Status s = h.status(now);
        if (s == Status.AFGESLOTEN || s == Status.INGETROKKEN) {
            throw ProblemException.conflict("Een afgesloten of ingetrokken zaak krijgt geen aanvraag meer.", s.name(),
                    List.of());
        }
    }
}
