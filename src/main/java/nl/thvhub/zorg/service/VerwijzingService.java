package nl.thvhub.zorg.service;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Verwijzing;
import nl.thvhub.zorg.persistence.VerwijzingRepository;

/**
 * Referrals per person: signed up and moved along their dated path by those {@link Zorgrechten} allow, read per person
 * under the policy (a referral in a health domain is GEZONDHEID too); each step in the case history and announced.
 */
@ApplicationScoped
public class VerwijzingService {

    static final NotificatieType EVENT = NotificatieType.VERWIJZING_STATUS_GEWIJZIGD;

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final VerwijzingRepository repository;
    private final Outbox outbox;
    private final Validator validator;

    VerwijzingService(Zaaktoegang toegang, Zaakboek boek, VerwijzingRepository repository, Outbox outbox, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.outbox = outbox;
        this.validator = validator;
    }

    /**
     * The persons of a case whose referral started, for the closing criterion (issue 35.1) inside a change that the
     * seam already decided: ids of the case's own persons, no referral content, so no disclosure of its own.
     */
    public Uni<java.util.Set<UUID>> gestart(SqlClient sql, UUID zaakId) {
        return repository.list(sql, zaakId).map(lijst -> lijst.stream().filter(v -> v.gestartOp() != null)
                .map(Verwijzing.Opgeslagen::betrokkeneId).collect(java.util.stream.Collectors.toSet()));
    }

    /** The referrals of the case the reader may see, newest sign-up first. */
    public Uni<List<Verwijzing.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.VERWIJZINGEN_LEZEN, null, (conn, inzage, now) -> {
            Besluit b = inzage.besluit();
            if (!b.magIets(Categorie.HULPVERLENING)) {
                throw ProblemException.forbidden("Verwijzingen zijn voor uw rol onthouden (categorie HULPVERLENING).");
            }
            return repository.list(conn, zaakId).map(alle -> {
                List<Verwijzing.Opgeslagen> zichtbaar = alle.stream().filter(v -> zichtbaar(b, v)).toList();
                Map<UUID, Set<Categorie>> getoond = new HashMap<>();
                zichtbaar.forEach(v -> getoond.computeIfAbsent(v.betrokkeneId(), k -> EnumSet.of(Categorie.HULPVERLENING))
                        .add(v.categorie()));
                return new Deelwerk.Deel<>(zichtbaar.stream().map(v -> Verwijzing.View.van(v).voor(inzage.besluit())).toList(),
                        getoond);
            });
        });
    }

    public Uni<Verwijzing.View> aanmelden(Actor actor, UUID zaakId, Verwijzing.Aanmelding a) {
        Invoer.vereist(a);
        Invoer.valideer(validator, a);
        Leefgebied leefgebied = leefgebied(a);
        return toegang.werk(actor, zaakId, AuditActie.VERWIJZING_AANGEMELD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Huisverbod.Betrokkene p = Zorgrechten.persoon(h, a.betrokkeneId(), "betrokkeneId");
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.VERWIJZING, p);
            vereisZicht(inzage.besluit(), p.id(), leefgebied);
            Zorgrechten.open(actor, h, now);
            if (a.aangemeldOp().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("aangemeldOp", "ligt in de toekomst");
            }
            Verwijzing.Opgeslagen v = new Verwijzing.Opgeslagen(UUID.randomUUID(), zaakId, p.id(), a.naar().trim(), a.code(),
                    leefgebied, a.aangemeldOp(), Verwijzing.Status.AANGEMELD, a.aangemeldOp(), null,
                    Boolean.TRUE.equals(a.begeleidNaarEersteAfspraak()), 1, actor.gebruikersnaam(), actor.organisatie(), now,
                    List.of(new Verwijzing.Stap(Verwijzing.Status.AANGEMELD, a.aangemeldOp())));
            return repository.insert(conn, v)
                    .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.VERWIJZING_AANGEMELD, actor, now,
                            stap(v, p.id(), v.status(), v.aangemeldOp())))
                    .chain(() -> outbox.emit(conn, EVENT, Feiten.van(h), actor, now))
                    .replaceWith(new Deelwerk.Deel<>(Verwijzing.View.van(v).voor(inzage.besluit()), getoond(v)));
        });
    }

    public Uni<Verwijzing.View> status(Actor actor, UUID zaakId, UUID verwijzingId, Integer versie,
            Verwijzing.Statuswijziging w) {
        Invoer.vereist(w);
        Invoer.valideer(validator, w);
        return toegang.werk(actor, zaakId, AuditActie.VERWIJZING_STATUS_GEWIJZIGD, null, (conn, inzage, now) -> repository
                .find(conn, zaakId, verwijzingId, true).chain(found -> {
                    Huisverbod h = inzage.zaak();
                    Verwijzing.Opgeslagen v = found.filter(x -> zichtbaar(inzage.besluit(), x))
                            .orElseThrow(ProblemException::notFound);
                    Huisverbod.Betrokkene p = Zorgrechten.persoon(h, v.betrokkeneId());
                    Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.VERWIJZING, p);
                    Zorgrechten.open(actor, h, now);
                    Zorgrechten.versie(versie, v.versie());
                    if (!v.status().volgende().contains(w.status())) {
                        throw ProblemException.conflict("Een verwijzing met status " + v.status() + " gaat niet naar "
                                + w.status() + ".", v.status().name(), v.status().volgende().stream().map(Enum::name).toList());
                    }
                    if (w.datum().isBefore(v.statusDatum())) {
                        throw ProblemException.invalid("datum", "ligt voor de vorige stap (" + v.statusDatum() + ")");
                    }
                    if (w.datum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                        throw ProblemException.invalid("datum", "ligt in de toekomst");
                    }
                    boolean begeleid = w.begeleidNaarEersteAfspraak() == null ? v.begeleid() : w.begeleidNaarEersteAfspraak();
                    return repository.update(conn, v, w.status(), w.datum(), begeleid, actor, now).chain(gelukt -> {
                        if (!gelukt) {
                            throw Zorgrechten.gelijktijdig();
                        }
                        return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.VERWIJZING_STATUS_GEWIJZIGD, actor, now,
                                stap(v, p.id(), w.status(), w.datum()));
                    }).chain(() -> outbox.emit(conn, EVENT, Feiten.van(h), actor, now))
                            .chain(() -> repository.find(conn, zaakId, verwijzingId, false))
                            .map(na -> new Deelwerk.Deel<>(Verwijzing.View.van(na.orElseThrow()).voor(inzage.besluit()),
                                    getoond(v)));
                }));
    }

    /** The domain of a referral: as given, else the one its code fixes; a code of a health service fixes it. */
    static Leefgebied leefgebied(Verwijzing.Aanmelding a) {
        Leefgebied vanCode = a.code() == null ? null : a.code().leefgebied();
        if (vanCode != null && a.leefgebied() != null && vanCode != a.leefgebied()
                && vanCode.categorie() == Categorie.GEZONDHEID) {
            throw ProblemException.invalid("leefgebied", "code " + a.code() + " hoort bij leefgebied " + vanCode);
        }
        Leefgebied l = a.leefgebied() != null ? a.leefgebied() : vanCode;
        if (l == null) {
            throw ProblemException.invalid("leefgebied", "verplicht als de code geen leefgebied vastlegt");
        }
        return l;
    }

    private static boolean zichtbaar(Besluit b, Verwijzing.Opgeslagen v) {
        return b.mag(Categorie.HULPVERLENING, v.betrokkeneId()) && b.mag(v.categorie(), v.betrokkeneId());
    }

    private static void vereisZicht(Besluit b, UUID persoon, Leefgebied l) {
        if (!b.mag(Categorie.HULPVERLENING, persoon) || !b.mag(l.categorie(), persoon)) {
            throw ProblemException.forbidden("Een verwijzing in leefgebied " + l + " vastleggen vraagt dat u categorie "
                    + l.categorie() + " van deze persoon mag zien (toestemming van de betrokkene).");
        }
    }

    private static Map<UUID, Set<Categorie>> getoond(Verwijzing.Opgeslagen v) {
        return Map.of(v.betrokkeneId(), EnumSet.of(Categorie.HULPVERLENING, v.categorie()));
    }

    /**
     * A history entry names the referral, the person and the step, never where to (that can be health data); a referral
     * in a health domain is marked, so its entry is shown only to who may see that person's GEZONDHEID.
     */
    private static JsonObject stap(Verwijzing.Opgeslagen verwijzing, UUID persoon, Verwijzing.Status status,
            LocalDate datum) {
        JsonObject stap = new JsonObject().put("verwijzingId", verwijzing.id().toString())
                .put("betrokkeneId", persoon.toString()).put("status", status.name()).put("datum", datum.toString());
        return verwijzing.categorie() == Categorie.GEZONDHEID ? stap.put("gezondheid", true) : stap;
    }
}
