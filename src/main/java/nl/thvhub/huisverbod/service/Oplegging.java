package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Imposing a THV ({@code POST /huisverboden}, police only): the legal criteria, the persons, repeat detection against
 * earlier cases, the registration number, and the first history entry and event — one transaction, answered with the
 * imposer's own audited view of the new case.
 */
@ApplicationScoped
public class Oplegging {

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Zaaktoegang toegang;
    private final Zaakgrenzen grenzen;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;

    public Oplegging(Pool pool, HuisverbodRepository repository, Zaaktoegang toegang, Zaakgrenzen grenzen, Outbox outbox,
            Validator validator,
            Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.toegang = toegang;
        this.grenzen = grenzen;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
    }

    public Uni<Inzage> opleggen(Actor actor, Opdrachten.Opleggen opdracht) {
        Zaakcontrole.rol(actor, Rol.POLITIE_THV);
        Instant now = clock.instant();
        grenzen.doel(actor);
        Invoer.valideer(validator, opdracht);
        validateOpleggen(opdracht, now);
        Opdrachten.Betrokkene uhg = opdracht.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                .findFirst().orElseThrow();
        String postcode = opdracht.adres().postcode();
        String huisnummer = opdracht.adres().huisnummer().trim();
        return pool.withTransaction(
                conn -> repository.findHerhaling(conn, uhg.naam().trim(), uhg.geboortedatum(), postcode, huisnummer)
                        .chain(herhaling -> repository.nextVolgnummer(conn).chain(volgnummer -> {
                            Huisverbod h = newCase(opdracht, volgnummer, herhaling.orElse(null));
                            JsonObject details = new JsonObject().put("registratienummer", h.registratienummer())
                                    .put("eindmoment", h.eindmoment().toString());
                            if (h.herhalingVan() != null) {
                                details.put("herhalingVan", h.herhalingVan().toString()).put("herhalingGrond",
                                        h.herhalingGrond().name());
                            }
                            return repository.insert(conn, h, actor, now)
                                    .chain(() -> repository.appendGebeurtenis(conn, h.id(), Gebeurtenissoort.OPGELEGD, actor,
                                            now, details))
                                    .chain(() -> outbox.emit(conn, NotificatieType.HUISVERBOD_OPGELEGD, Feiten.van(h), actor,
                                            now))
                                    .chain(() -> toegang.toonNieuw(conn, actor, h.id(), AuditActie.OPLEGGEN, now))
                                    .map(Uitkomst::zichtbaarOf404);
                        })));
    }

    private void validateOpleggen(Opdrachten.Opleggen o, Instant now) {
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        Opdrachten.Criteria c = o.criteria();
        if (!Boolean.TRUE.equals(c.ernstigEnOnmiddellijkGevaar())) {
            invalid.add(new Problem.InvalidParam("criteria.ernstigEnOnmiddellijkGevaar",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (!Boolean.TRUE.equals(c.plegerMeerderjarig())) {
            invalid.add(new Problem.InvalidParam("criteria.plegerMeerderjarig",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (!Boolean.TRUE.equals(c.vakerDanIncidenteelAanwezig())) {
            invalid.add(new Problem.InvalidParam("criteria.vakerDanIncidenteelAanwezig",
                    "moet bevestigd zijn (true) om een THV op te leggen"));
        }
        if (o.opgelegdOp().isAfter(now)) {
            invalid.add(new Problem.InvalidParam("opgelegdOp", "mag niet in de toekomst liggen"));
        }
        LocalDate dag = LocalDate.ofInstant(o.opgelegdOp(), Huisverbod.TIJDZONE);
        long uhgs = o.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE).count();
        long abs = o.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.ACHTERBLIJVER).count();
        if (uhgs != 1) {
            invalid.add(new Problem.InvalidParam("betrokkenen", "precies een UITHUISGEPLAATSTE vereist, gevonden: " + uhgs));
        }
        if (abs < 1) {
            invalid.add(new Problem.InvalidParam("betrokkenen", "minstens een ACHTERBLIJVER vereist"));
        }
        for (int i = 0; i < o.betrokkenen().size(); i++) {
            Opdrachten.Betrokkene b = o.betrokkenen().get(i);
            if (b.geboortedatum().isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum", "ligt na de dag van opleggen"));
            } else if (b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE && b.geboortedatum().plusYears(18).isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum",
                        "de uithuisgeplaatste moet meerderjarig zijn op het moment van opleggen"));
            } else if (b.rol() == BetrokkeneRol.KIND && !b.geboortedatum().plusYears(18).isAfter(dag)) {
                invalid.add(new Problem.InvalidParam("betrokkenen[" + i + "].geboortedatum",
                        "een KIND is minderjarig; registreer een meerderjarig kind als ACHTERBLIJVER"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest("Het huisverbod voldoet niet aan de voorwaarden.", invalid);
        }
    }

    private static Huisverbod newCase(Opdrachten.Opleggen o, long volgnummer, HuisverbodRepository.Herhaling herhaling) {
        Gemeente gemeente = o.gemeente();
        Organisatie coordinator = gemeente.coordinerendeOrganisatie();
        // a legal moment is recorded to the second; sub-second digits would only differ between client and database
        Instant opgelegdOp = o.opgelegdOp().truncatedTo(ChronoUnit.SECONDS);
        Instant eind = Huisverbod.eindmoment(opgelegdOp, false);
        int jaar = LocalDate.ofInstant(opgelegdOp, Huisverbod.TIJDZONE).getYear();
        String nummer = "THV-%d-%06d".formatted(jaar, volgnummer);
        List<Huisverbod.Betrokkene> personen = o.betrokkenen().stream()
                .map(b -> new Huisverbod.Betrokkene(UUID.randomUUID(), b.rol(), b.naam().trim(), b.geboortedatum())).toList();
        Opdrachten.Adres a = o.adres();
        return new Huisverbod(UUID.randomUUID(), nummer, gemeente, o.wijk(),
                new Huisverbod.Adres(a.straat().trim(), a.huisnummer().trim(), a.postcode(), a.plaats().trim()), o.opgelegdOp(),
                eind,
                Huisverbod.monitoringEinde(eind, coordinator), coordinator, o.geweld().type(), o.geweld().ernst(),
                o.geweld().intiemeTerreur() == null ? JaNeeOnduidelijk.ONDUIDELIJK : o.geweld().intiemeTerreur(),
                o.strafrechtelijkTraject(), herhaling == null ? null : herhaling.huisverbodId(),
                herhaling == null ? null : herhaling.grond(), herhaling == null ? null : herhaling.herkomst(), null, null, null,
                null, null, null, null, null, null, null, null, null, 1, personen,
                List.of(), Invoer.tekst(o.verblijfUhg()), Invoer.tekst(o.verblijfAchterblijvers()),
                null,
                Huisverbod.Signalen.GEEN);
    }
}
