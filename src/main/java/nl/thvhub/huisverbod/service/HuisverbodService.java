package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.AdviesKeuze;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Verlengingsgrond;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;

/**
 * The lifecycle transitions of a case: extension advice and the mayor's decision on it, withdrawal, end of monitoring and closing. Each public method is one transaction (lock, check, change, history, event, the actor's audited view);
 * REST and GraphQL both call these, so rules and errors are the same on both APIs. Reads go through
 * {@link Zaaktoegang}, imposing through {@link Oplegging}, assignments through {@link Toewijzingen}.
 */
@ApplicationScoped
public class HuisverbodService {

    /** Lifecycle history entries that are also announced as events (the explicit end of monitoring is not). */
    private static final Map<Gebeurtenissoort, NotificatieType> EVENTS = Map.of(Gebeurtenissoort.VERLENGD,
            NotificatieType.HUISVERBOD_VERLENGD, Gebeurtenissoort.INGETROKKEN, NotificatieType.HUISVERBOD_INGETROKKEN,
            Gebeurtenissoort.AFGESLOTEN, NotificatieType.HUISVERBOD_AFGESLOTEN, Gebeurtenissoort.VERLENGINGSADVIES,
            NotificatieType.VERLENGINGSADVIES_GEGEVEN);

    private final HuisverbodRepository repository;
    private final Zaaktoegang toegang;
    private final Outbox outbox;
    private final Validator validator;
    private final Clock clock;
    private final ZorgtermijnConfig termijnen;
    private final OpdrachtConfig opdrachten;
    private final jakarta.enterprise.inject.Instance<Afsluitdeelnemer> afsluitdeelnemers;

    public HuisverbodService(HuisverbodRepository repository, Zaaktoegang toegang, Outbox outbox,
            Validator validator, Clock clock, ZorgtermijnConfig termijnen, OpdrachtConfig opdrachten,
            jakarta.enterprise.inject.Instance<Afsluitdeelnemer> afsluitdeelnemers) {
        this.afsluitdeelnemers = afsluitdeelnemers;
        this.repository = repository;
        this.toegang = toegang;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
        this.termijnen = termijnen;
        this.opdrachten = opdrachten;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Marks, inside the caller's transaction, that a case has a criminal track (the police open it with an aangifte). */
    public Uni<Void> openStrafrechtelijkTraject(io.vertx.mutiny.sqlclient.SqlConnection conn, UUID id) {
        return repository.openStrafrechtelijkTraject(conn, id);
    }

    public Uni<Inzage> verlengingsadvies(Actor actor, UUID id, Integer versie, Opdrachten.Verlengingsadvies o) {
        Invoer.valideer(validator, o);
        List<Verlengingsgrond> gronden = gronden(o);
        return transition(actor, id, versie, Actie.VERLENGINGSADVIES, h -> Zaakcontrole.coordinatorVan(actor, h), (h, now) -> {
            if (!now.isBefore(h.eindmoment())) {
                throw Zaakcontrole.conflict(h, now,
                        "Het eindmoment is verstreken; advies over verlenging kan niet meer worden gegeven.");
            }
            return Zaakwijziging.van(h).advies(new Huisverbod.Advies(o.advies(), gronden, o.motivering().trim(), now)).build();
        }, Gebeurtenissoort.VERLENGINGSADVIES, new JsonObject().put("advies", o.advies().name()));
    }

    /** The grounds of an advice: at least one, without repeats, when it advises to extend; none otherwise. */
    private static List<Verlengingsgrond> gronden(Opdrachten.Verlengingsadvies o) {
        List<Verlengingsgrond> gronden = o.gronden() == null ? List.of() : o.gronden();
        if (gronden.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalid("gronden", "bevat een lege waarde");
        }
        if (o.advies() == AdviesKeuze.VERLENGEN && gronden.isEmpty()) {
            throw ProblemException.invalid("gronden", "verplicht bij advies VERLENGEN: ten minste een van "
                    + java.util.Arrays.toString(Verlengingsgrond.values()));
        }
        if (o.advies() == AdviesKeuze.NIET_VERLENGEN && !gronden.isEmpty()) {
            throw ProblemException.invalid("gronden", "alleen bij advies VERLENGEN");
        }
        if (gronden.stream().distinct().count() < gronden.size()) {
            throw ProblemException.invalid("gronden", "noemt een grond dubbel");
        }
        return gronden;
    }

    public Uni<Inzage> verlenging(Actor actor, UUID id, Integer versie, Opdrachten.Verlenging o) {
        Zaakcontrole.rol(actor, Rol.GEMEENTE);
        if (o != null) {
            Invoer.valideer(validator, o);
        }
        String motivering = o == null ? null : Invoer.tekst(o.motivering());
        return transition(actor, id, versie, Actie.VERLENGING, h -> {
        }, (h, now) -> verlengd(h, now, motivering), Gebeurtenissoort.VERLENGD,
                new JsonObject().put("motivering", motivering));
    }

    /**
     * The mayor's decision on extension (issue 34.4): extending as {@code /verlenging} does (it needs the advice), or
     * not extending, recorded with its motivation; the THV then ends at its eindmoment as before. A later decision
     * within the ten days supersedes a decision not to extend.
     */
    public Uni<Inzage> verlengingsbesluit(Actor actor, UUID id, Integer versie, Opdrachten.Verlengingsbesluit o) {
        Zaakcontrole.rol(actor, Rol.GEMEENTE);
        Invoer.vereist(o);
        Invoer.valideer(validator, o);
        String motivering = o.motivering().trim();
        if (o.besluit() == AdviesKeuze.VERLENGEN) {
            return transition(actor, id, versie, Actie.VERLENGING, h -> {
            }, (h, now) -> verlengd(h, now, motivering), Gebeurtenissoort.VERLENGD,
                    new JsonObject().put("motivering", motivering));
        }
        return transition(actor, id, versie, Actie.VERLENGINGSBESLUIT, h -> {
        }, (h, now) -> Zaakwijziging.van(h)
                .verlengingsbesluit(new Huisverbod.Verlengingsbesluit(AdviesKeuze.NIET_VERLENGEN, motivering, now)).build(),
                Gebeurtenissoort.NIET_VERLENGD, new JsonObject().put("motivering", motivering));
    }

    private static Huisverbod verlengd(Huisverbod h, Instant now, String motivering) {
        Instant eind = Huisverbod.eindmoment(h.opgelegdOp(), true);
        return Zaakwijziging.van(h).verlengdOp(now).eindmoment(eind)
                .verlengingsbesluit(new Huisverbod.Verlengingsbesluit(AdviesKeuze.VERLENGEN, motivering, now))
                .monitoringEinde(Huisverbod.monitoringEinde(eind, h.coordinerendeOrganisatie())).build();
    }

    public Uni<Inzage> intrekking(Actor actor, UUID id, Integer versie, Opdrachten.Intrekking o) {
        if (actor.rol() != Rol.GEMEENTE && actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Alleen de gemeente of de politie trekt een huisverbod in.");
        }
        Invoer.valideer(validator, o);
        return transition(actor, id, versie, Actie.INTREKKING, h -> {
        }, (h, now) -> Zaakwijziging.van(h).ingetrokkenOp(now).intrekkingReden(o.reden().trim())
                .intrekkingGrond(o.grond()).build(),
                Gebeurtenissoort.INGETROKKEN,
                new JsonObject().put("reden", o.reden().trim()).put("grond", o.grond() == null ? null : o.grond().name()));
    }

    /** Early end of monitoring by the case's coordinator, with its coded ground (counted in statistics) and reason. */
    public Uni<Inzage> beeindiging(Actor actor, UUID id, Integer versie, Opdrachten.Beeindiging o) {
        Invoer.valideer(validator, o);
        return transition(actor, id, versie, Actie.BEEINDIGING, h -> Zaakcontrole.coordinatorVan(actor, h),
                (h, now) -> Zaakwijziging.van(h).beeindigdOp(now).beeindigingReden(o.reden().trim())
                        .beeindigingGrond(o.grond()).build(),
                Gebeurtenissoort.MONITORING_BEEINDIGD,
                new JsonObject().put("reden", o.reden().trim()).put("grond", o.grond().name()));
    }

    /**
     * Monitoring extended by the case's coordinator (issue 35.1): to the end of day {@code tot}, after the current end and
     * at most {@link Huisverbod#MONITORING_MAXIMAAL_MAANDEN} months after the THV's end (400 naming {@code tot}).
     */
    public Uni<Inzage> monitoringVerlenging(Actor actor, UUID id, Integer versie, Opdrachten.MonitoringVerlenging o) {
        Invoer.vereist(o);
        Invoer.valideer(validator, o);
        String toelichting = o.toelichting().trim();
        return transition(actor, id, versie, Actie.MONITORING_VERLENGING, h -> Zaakcontrole.coordinatorVan(actor, h),
                (h, now) -> {
                    LocalDate huidig = LocalDate.ofInstant(h.monitoringEinde(), Huisverbod.TIJDZONE);
                    LocalDate uiterlijk = LocalDate.ofInstant(h.monitoringUiterlijk(), Huisverbod.TIJDZONE);
                    if (!o.tot().isAfter(huidig)) {
                        throw ProblemException.invalid("tot",
                                "ligt niet na het huidige einde van de monitoring (" + huidig + ")");
                    }
                    if (o.tot().isAfter(uiterlijk)) {
                        throw ProblemException.invalid("tot", "ligt meer dan " + Huisverbod.MONITORING_MAXIMAAL_MAANDEN
                                + " maanden na het einde van het huisverbod (uiterlijk " + uiterlijk + ")");
                    }
                    Instant eindeVanDag = o.tot().plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
                    Instant tot = eindeVanDag.isAfter(h.monitoringUiterlijk()) ? h.monitoringUiterlijk() : eindeVanDag;
                    return Zaakwijziging.van(h).monitoringEinde(tot)
                            .monitoringVerlenging(new Huisverbod.Monitoringverlenging(o.reden(), toelichting, now)).build();
                }, Gebeurtenissoort.MONITORING_VERLENGD,
                new JsonObject().put("tot", o.tot().toString()).put("reden", o.reden().name()));
    }

    /**
     * Closing: only with a monitoring report (or one explicitly waived), and a warm hand-over that names why there was no
     * joint talk if there was none. A hub partner receiving the hand-over is told, and confirms receipt itself.
     */
    public Uni<Inzage> afsluiting(Actor actor, UUID id, Integer versie, Opdrachten.Afsluiting o) {
        Invoer.valideer(validator, o);
        String reden = Invoer.tekst(o.geenGesprekReden());
        if (!o.gezamenlijkGesprek() && reden == null) {
            throw ProblemException.invalid("geenGesprekReden", "verplicht als er geen gezamenlijk gesprek was");
        }
        if (o.gezamenlijkGesprek() && reden != null) {
            throw ProblemException.invalid("geenGesprekReden", "alleen als er geen gezamenlijk gesprek was");
        }
        return transition(actor, id, versie, Actie.AFSLUITING, h -> Zaakcontrole.coordinatorVan(actor, h), (conn, h, now) -> {
            // closing while monitoring still runs ends it early: that needs its coded ground (issue 35.1)
            boolean vroeg = h.status(now) == nl.thvhub.huisverbod.Status.MONITORING;
            if (vroeg && o.beeindigingGrond() == null) {
                throw ProblemException.invalid("beeindigingGrond",
                        "verplicht: u sluit af voor het geplande einde van de monitoring; geef de grond");
            }
            if (!vroeg && o.beeindigingGrond() != null) {
                throw ProblemException.invalid("beeindigingGrond",
                        "alleen wie afsluit terwijl de monitoring nog loopt; die is al beeindigd");
            }
            if (o.overdrachtDatum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("overdrachtDatum",
                        "de warme overdracht moet hebben plaatsgevonden (niet in de toekomst)");
            }
            Zaakcontrole.ontvanger(h, o.overdrachtOrganisatie());
            if (h.signalen().opvolging().eindrapport() == null) {
                throw Zaakcontrole.conflict(h, now, "Er is geen eindrapport van de monitoring: leg het eindrapport vast "
                        + "(PUT /monitoring/eindrapport) of zie er met een reden van af voordat u afsluit.");
            }
            return voorwaarden(conn, h, now);
        }, (h, now) -> {
            Zaakwijziging w = Zaakwijziging.van(h);
            if (h.status(now) == nl.thvhub.huisverbod.Status.MONITORING) {
                w.beeindigdOp(now).beeindigingGrond(o.beeindigingGrond());
            }
            return w.afgeslotenOp(now)
                    .overdracht(new Huisverbod.Overdracht(o.overdrachtAan().trim(), o.overdrachtDatum(),
                            o.gezamenlijkGesprek(), reden, o.overdrachtOrganisatie(), null,
                            o.overdrachtOrganisatie() == null
                                    ? null
                                    : now.plus(termijnen.overdrachtBevestiging()).plus(opdrachten.overdrachtBereik())))
                    .build();
        }, Gebeurtenissoort.AFGESLOTEN,
                new JsonObject().put("overdrachtAan", o.overdrachtAan().trim())
                        .put("overdrachtDatum", o.overdrachtDatum().toString())
                        .put("gezamenlijkGesprek", o.gezamenlijkGesprek())
                        .put("overdrachtOrganisatie",
                                o.overdrachtOrganisatie() == null ? null : o.overdrachtOrganisatie().name())
                        .put("beeindigingGrond", o.beeindigingGrond() == null ? null : o.beeindigingGrond().name()));
    }

    /** What the features above the case record once it is closed, in the closing transaction (issue 35.3). */
    private Uni<Void> naAfsluiting(io.vertx.mutiny.sqlclient.SqlConnection conn, Huisverbod gesloten, Actor actor,
            Instant now) {
        Uni<Void> keten = Uni.createFrom().voidItem();
        for (Afsluitdeelnemer d : afsluitdeelnemers.stream().toList()) {
            keten = keten.chain(() -> d.naAfsluiting(conn, gesloten, actor, now));
        }
        return keten;
    }

    /**
     * The closing conditions the features above the case set (issue 35.1: a started referral or a recorded reason per
     * adult): 409 naming everything still missing, in one answer.
     */
    private Uni<Void> voorwaarden(io.vertx.mutiny.sqlclient.SqlConnection conn, Huisverbod h, Instant now) {
        List<Afsluitdeelnemer> alle = afsluitdeelnemers.stream().toList();
        Uni<List<String>> ontbreekt = Uni.createFrom().item(new java.util.ArrayList<>());
        for (Afsluitdeelnemer v : alle) {
            ontbreekt = ontbreekt.chain(lijst -> v.ontbreekt(conn, h).map(l -> {
                lijst.addAll(l);
                return lijst;
            }));
        }
        return ontbreekt.map(lijst -> {
            if (!lijst.isEmpty()) {
                throw Zaakcontrole.conflict(h, now, "De zaak kan nog niet worden afgesloten: "
                        + String.join("; ", lijst) + ".");
            }
            return null;
        });
    }

    /**
     * The events a transition announces: closing also hands Veilig Thuis the monitoring report and tells a receiving hub
     * partner that a hand-over awaits its confirmation.
     */
    private static List<NotificatieType> events(Gebeurtenissoort soort, Huisverbod changed) {
        NotificatieType type = EVENTS.get(soort);
        if (type == null) {
            return List.of();
        }
        if (soort != Gebeurtenissoort.AFGESLOTEN) {
            return List.of(type);
        }
        return changed.overdracht().organisatie() == null
                ? List.of(type, NotificatieType.MONITORING_EINDRAPPORT)
                : List.of(type, NotificatieType.MONITORING_EINDRAPPORT, NotificatieType.OVERDRACHT_AANGEBODEN);
    }

    /**
     * The shape of every state change, on the seam's order: lock and decide ({@link Zaaktoegang#wijzig}), then the
     * transition's own role check, version, state, change, history and events; the actor's audited view last.
     */
    private Uni<Inzage> transition(Actor actor, UUID id, Integer versie, Actie actie,
            java.util.function.Consumer<Huisverbod> authorize,
            java.util.function.BiFunction<Huisverbod, Instant, Huisverbod> change, Gebeurtenissoort soort, JsonObject details) {
        return transition(actor, id, versie, actie, authorize, (conn, h, now) -> Uni.createFrom().voidItem(), change, soort,
                details);
    }

    /** A check a transition makes in its transaction before the change, after role, version and state. */
    @FunctionalInterface
    private interface Vooraf {

        Uni<Void> controleer(io.vertx.mutiny.sqlclient.SqlConnection conn, Huisverbod h, Instant now);
    }

    private Uni<Inzage> transition(Actor actor, UUID id, Integer versie, Actie actie,
            java.util.function.Consumer<Huisverbod> authorize, Vooraf vooraf,
            java.util.function.BiFunction<Huisverbod, Instant, Huisverbod> change, Gebeurtenissoort soort, JsonObject details) {
        return toegang.wijzig(actor, id, auditActie(soort), (conn, h, now) -> {
            authorize.accept(h);
            Zaakcontrole.versie(h, versie);
            if (!h.toegestaneActies(now).contains(actie)) {
                throw Zaakcontrole.conflict(h, now,
                        "De actie " + actie.pad() + " is niet toegestaan in status " + h.status(now) + ".");
            }
            return vooraf.controleer(conn, h, now).chain(() -> wijzig(conn, actor, id, h, now, change, soort, details));
        }).map(Uitkomst::zichtbaarOf404);
    }

    private Uni<Zaaktoegang.Na> wijzig(io.vertx.mutiny.sqlclient.SqlConnection conn, Actor actor, UUID id, Huisverbod h,
            Instant now, java.util.function.BiFunction<Huisverbod, Instant, Huisverbod> change, Gebeurtenissoort soort,
            JsonObject details) {
        {
            Huisverbod changed = change.apply(h, now);
            return repository.update(conn, changed).chain(updated -> {
                if (!updated) {
                    throw ProblemException.preconditionFailed("De zaak is intussen gewijzigd; lees haar opnieuw.");
                }
                return repository.appendGebeurtenis(conn, id, soort, actor, now, details);
            }).chain(() -> soort == Gebeurtenissoort.AFGESLOTEN
                    ? naAfsluiting(conn, changed, actor, now)
                    : Uni.createFrom().voidItem()).chain(() -> {
                        Uni<Void> emit = Uni.createFrom().voidItem();
                        for (NotificatieType type : events(soort, changed)) {
                            emit = emit.chain(() -> outbox.emit(conn, type, Feiten.van(changed), actor, now));
                        }
                        return emit;
                    }).replaceWith(Zaaktoegang.Na.TONEN);
        }
    }

    /** The audit action under which a transition's view is disclosed. */
    private static AuditActie auditActie(Gebeurtenissoort soort) {
        return switch (soort) {
            case VERLENGINGSADVIES -> AuditActie.VERLENGINGSADVIES;
            case VERLENGD -> AuditActie.VERLENGD;
            case NIET_VERLENGD -> AuditActie.NIET_VERLENGD;
            case INGETROKKEN -> AuditActie.INGETROKKEN;
            case MONITORING_BEEINDIGD -> AuditActie.MONITORING_BEEINDIGD;
            case MONITORING_VERLENGD -> AuditActie.MONITORING_VERLENGD;
            case AFGESLOTEN -> AuditActie.AFGESLOTEN;
            default -> throw new IllegalArgumentException("not a lifecycle transition: " + soort);
        };
    }
}
