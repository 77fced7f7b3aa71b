package nl.thvhub.zorg.service;

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
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Nazorg;
import nl.thvhub.zorg.persistence.NazorgRepository;

/**
 * Care after closing (issues 35.2 and 35.3): an ICM track started by the case's coordinator or gezinsmanager on a
 * closed case, reviewed by its owner on the dates it sets (a task in the owner's work queue) and ended with an outcome;
 * the gezinsmanager's track starts by itself at closing ({@link Nazorgstart}). While a track runs its owner keeps
 * writing the care record ({@link Zorgrechten#open(Actor, Huisverbod, java.time.Instant)}). Category HULPVERLENING.
 */
@ApplicationScoped
public class NazorgService {

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final NazorgRepository repository;
    private final Validator validator;

    NazorgService(Zaaktoegang toegang, Zaakboek boek, NazorgRepository repository, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.repository = repository;
        this.validator = validator;
    }

    /** The case's tracks, running and ended, newest first. */
    public Uni<List<Nazorg.View>> lijst(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.NAZORG_LEZEN, null, (conn, inzage, now) -> {
            vereisHulp(inzage.besluit());
            return repository.list(conn, zaakId)
                    .map(l -> new Deelwerk.Deel<>(l, Zorgrechten.gezin(inzage.zaak(), Categorie.HULPVERLENING)));
        });
    }

    /** Starts ICM on a closed case, owned by the actor (409 on a case not closed, or with ICM running). */
    public Uni<Nazorg.View> icm(Actor actor, UUID zaakId, Nazorg.Start s) {
        Invoer.vereist(s);
        Invoer.valideer(validator, s);
        if (!s.evaluatieOp().isAfter(s.start())) {
            throw ProblemException.invalid("evaluatieOp", "ligt niet na de start");
        }
        return toegang.werk(actor, zaakId, AuditActie.NAZORG_GESTART, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.NAZORG, null);
            vereisHulp(inzage.besluit());
            if (h.status(now) != Status.AFGESLOTEN) {
                throw ProblemException.conflict("Intensieve casemanagement volgt op een afgesloten zaak; sluit de zaak eerst af"
                        + " (of verleng de monitoring).", h.status(now).name(), List.of());
            }
            if (s.start().isBefore(LocalDate.ofInstant(h.afgeslotenOp(), Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("start", "ligt voor de afsluiting van de zaak");
            }
            Nazorg.View n = new Nazorg.View(UUID.randomUUID(), zaakId, Nazorg.Soort.ICM, actor.gebruikersnaam(),
                    actor.organisatie(), s.start(), s.evaluatieOp(), null, null, null, 1, now, List.of());
            return repository.insert(conn, n, actor.gebruikersnaam()).chain(nieuw -> {
                if (!nieuw) {
                    throw ProblemException.conflict("Er loopt al intensieve casemanagement op deze zaak.", "AFGESLOTEN",
                            List.of());
                }
                return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.NAZORG_GESTART, actor, now,
                        new JsonObject().put("nazorgId", n.id().toString()).put("soort", n.soort().name())
                                .put("start", n.start().toString()));
            }).replaceWith(new Deelwerk.Deel<>(n, Zorgrechten.gezin(h, Categorie.HULPVERLENING)));
        });
    }

    /** A review of ICM held by its owner: the next review date (the task moves to it). */
    public Uni<Nazorg.View> evaluatie(Actor actor, UUID zaakId, UUID nazorgId, Nazorg.Evaluatie e) {
        Invoer.vereist(e);
        Invoer.valideer(validator, e);
        return toegang.werk(actor, zaakId, AuditActie.NAZORG_GEEVALUEERD, null, (conn, inzage, now) -> {
            vereisHulp(inzage.besluit());
            return eigen(conn, actor, zaakId, nazorgId).chain(n -> {
                if (n.soort() != Nazorg.Soort.ICM) {
                    throw ProblemException.conflict("Alleen intensieve casemanagement kent evaluaties.", "AFGESLOTEN",
                            List.of());
                }
                if (!e.volgendeEvaluatieOp().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                    throw ProblemException.invalid("volgendeEvaluatieOp", "ligt niet in de toekomst");
                }
                Nazorg.Gehouden gehouden = new Nazorg.Gehouden(LocalDate.ofInstant(now, Huisverbod.TIJDZONE),
                        e.volgendeEvaluatieOp(), e.toelichting().trim(), actor.gebruikersnaam(), now);
                return repository.evaluate(conn, n, e.volgendeEvaluatieOp()).chain(gelukt -> {
                    if (!gelukt) {
                        throw Zorgrechten.gelijktijdig();
                    }
                    return repository.evaluatie(conn, n, gehouden);
                }).chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.NAZORG_GEEVALUEERD, actor, now,
                        new JsonObject().put("nazorgId", n.id().toString())
                                .put("volgendeEvaluatieOp", e.volgendeEvaluatieOp().toString())))
                        .chain(() -> gelezen(conn, zaakId, n.id()))
                        .map(v -> new Deelwerk.Deel<>(v, Zorgrechten.gezin(inzage.zaak(), Categorie.HULPVERLENING)));
            });
        });
    }

    /** The owner ends the track with its outcome; from then on the closed case is closed for the owner too. */
    public Uni<Nazorg.View> einde(Actor actor, UUID zaakId, UUID nazorgId, Nazorg.Einde e) {
        Invoer.vereist(e);
        Invoer.valideer(validator, e);
        return toegang.werk(actor, zaakId, AuditActie.NAZORG_BEEINDIGD, null, (conn, inzage, now) -> {
            vereisHulp(inzage.besluit());
            return eigen(conn, actor, zaakId, nazorgId).chain(n -> {
                if (e.einde().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                    throw ProblemException.invalid("einde", "ligt in de toekomst");
                }
                if (e.einde().isBefore(n.start())) {
                    throw ProblemException.invalid("einde", "ligt voor de start (" + n.start() + ")");
                }
                String toelichting = Invoer.tekst(e.toelichting());
                return repository.end(conn, n, e, toelichting, actor.gebruikersnaam()).chain(gelukt -> {
                    if (!gelukt) {
                        throw Zorgrechten.gelijktijdig();
                    }
                    return boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.NAZORG_BEEINDIGD, actor, now,
                            new JsonObject().put("nazorgId", n.id().toString()).put("soort", n.soort().name())
                                    .put("uitkomst", e.uitkomst().name()));
                }).chain(() -> gelezen(conn, zaakId, n.id()))
                        .map(v -> new Deelwerk.Deel<>(v, Zorgrechten.gezin(inzage.zaak(), Categorie.HULPVERLENING)));
            });
        });
    }

    /** The track as it now reads, with its reviews. */
    private Uni<Nazorg.View> gelezen(io.vertx.mutiny.sqlclient.SqlConnection conn, UUID zaakId, UUID id) {
        return repository.list(conn, zaakId)
                .map(l -> l.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow());
    }

    /** The running track the path names, owned by the actor: 404 when there is none, 403 for another's, 409 ended. */
    private Uni<Nazorg.View> eigen(io.vertx.mutiny.sqlclient.SqlConnection conn, Actor actor, UUID zaakId, UUID id) {
        return repository.find(conn, zaakId, id).map(o -> {
            Nazorg.View n = o.orElseThrow(ProblemException::notFound);
            if (!n.eigenaar().equals(actor.gebruikersnaam()) || n.organisatie() != actor.organisatie()) {
                throw ProblemException.forbidden("Deze nazorg houdt " + n.eigenaar() + " van " + n.organisatie() + ".");
            }
            if (!n.loopt()) {
                throw ProblemException.conflict("Deze nazorg is beeindigd op " + n.einde() + ".", "AFGESLOTEN", List.of());
            }
            return n;
        });
    }

    private static void vereisHulp(nl.thvhub.privacy.Besluit b) {
        if (!b.mag(Categorie.HULPVERLENING)) {
            throw ProblemException.forbidden("De nazorg van deze zaak is voor uw rol onthouden (categorie HULPVERLENING).");
        }
    }
}
