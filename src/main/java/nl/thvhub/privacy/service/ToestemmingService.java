package nl.thvhub.privacy.service;

import static nl.thvhub.platform.Tijd.instant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.SharingPolicy;
import nl.thvhub.privacy.Toestemming;
import nl.thvhub.privacy.Toestemmingsvorm;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.persistence.ToestemmingRepository;

/**
 * The consent registry: consent per subject × category × recipient organisation × purpose, recorded by the case's
 * coordinator or Veilig Thuis, with validity. Withdrawal is immediate because reads look consent up in their own
 * statement; history is never deleted.
 */
@ApplicationScoped
public class ToestemmingService {

    /**
     * Registering a consent, with how it was obtained: a written consent names its form ({@code formulierReferentie}),
     * an oral one the day it was heard and who heard it ({@code gehoordOp}, {@code gehoordDoor}).
     */
    @Schema(name = "ToestemmingInput")
    @Input("ToestemmingInput")
    public record Registratie(@NotNull UUID betrokkeneId, @NotNull Categorie categorie, @NotNull Organisatie ontvanger,
            @NotBlank @Size(max = 40) String doel,
            @NotNull Toestemmingsvorm vorm,
            @NotNull Instant geldigTot,
            @Size(max = 100) String formulierReferentie,
            java.time.LocalDate gehoordOp,
            @Size(max = 200) String gehoordDoor) {
    }

    /** Withdrawing a consent. */
    @Schema(name = "ToestemmingIntrekkingInput")
    @Input("ToestemmingIntrekkingInput")
    public record Intrekking(@Size(max = 2000) String reden) {
    }

    private final Pool pool;
    private final ZaakOpzoeker zaken;
    private final Disclosure disclosure;
    private final SharingPolicy policy;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;
    private final Verzoek verzoek;
    private final GebeurtenisPoort gebeurtenissen;

    private final ToestemmingRepository repository;

    public ToestemmingService(Pool pool, ToestemmingRepository repository, ZaakOpzoeker zaken, Disclosure disclosure,
            SharingPolicy policy, AuditLog audit, Validator validator, Clock clock, Verzoek verzoek,
            GebeurtenisPoort gebeurtenissen) {
        this.repository = repository;
        this.gebeurtenissen = gebeurtenissen;
        this.pool = pool;
        this.zaken = zaken;
        this.disclosure = disclosure;
        this.policy = policy;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    /**
     * Whether a data subject holds a valid consent for this category, to this organisation, for this purpose (a request
     * that needs it, such as asking GGZ whether it knows the person, checks it before it is made).
     */
    public Uni<Boolean> geldig(io.vertx.mutiny.sqlclient.SqlClient sql, UUID betrokkene,
            nl.thvhub.privacy.Categorie categorie, nl.thvhub.platform.security.Organisatie ontvanger, String doel,
            java.time.Instant now) {
        return repository.listVoorBetrokkene(sql, betrokkene, now).map(l -> l.stream().anyMatch(t -> t.geldig()
                && t.categorie() == categorie && t.ontvanger() == ontvanger && t.doel().equals(doel)));
    }

    /**
     * Whether an open request opens this category about a person only with that person's consent (the hand-over
     * package, issue 35.4): then consent is recorded for a receiver whose own rule opens the category outright.
     */
    private boolean perOpdracht(nl.thvhub.privacy.Categorie categorie) {
        return policy.document().opdrachten().values().stream()
                .anyMatch(o -> o.perPersoonMetToestemming().contains(categorie));
    }

    /** The longest a consent may be recorded for; renew it after that. */
    static final java.time.Duration MAX_GELDIGHEID = java.time.Duration.ofDays(366);

    public Uni<Toestemming> registreer(Actor actor, Registratie r) {
        requireRecorder(actor);
        validate(r);
        Instant now = clock.instant();
        List<Problem.InvalidParam> invalid = new ArrayList<>();
        if (!r.geldigTot().isAfter(now)) {
            invalid.add(new Problem.InvalidParam("geldigTot", "moet in de toekomst liggen"));
        } else if (r.geldigTot().isAfter(now.plus(MAX_GELDIGHEID))) {
            // consent is asked again rather than given for ever: at most a year, the longest a case's help lasts
            invalid.add(new Problem.InvalidParam("geldigTot", "hoogstens een jaar na nu"));
        }
        SharingPolicy.Regel ontvangerRegel = policy.regel(r.ontvanger().actingRole()).orElse(null);
        if (ontvangerRegel == null || !ontvangerRegel.doel().equals(r.doel())) {
            invalid.add(new Problem.InvalidParam("doel", "niet het doel waarvoor deze ontvanger zaken leest"
                    + (ontvangerRegel == null ? "" : " (" + ontvangerRegel.doel() + ")")));
        } else if (!ontvangerRegel.metToestemming().contains(r.categorie()) && !perOpdracht(r.categorie())) {
            invalid.add(new Problem.InvalidParam("categorie",
                    "toestemming opent deze categorie niet voor deze ontvanger volgens het deelbeleid"));
        }
        invalid.addAll(herkomstFouten(r, now));
        if (!invalid.isEmpty()) {
            throw ProblemException.badRequest("De toestemming kan zo niet worden vastgelegd.", invalid);
        }
        ToestemmingRepository.Herkomst herkomst = new ToestemmingRepository.Herkomst(trim(r.formulierReferentie()),
                r.gehoordOp(), trim(r.gehoordDoor()));
        String doel = disclosure.doel(actor, null);
        return pool.withTransaction(conn -> zaak(conn, actor, r.betrokkeneId(), doel, now).chain(zaak -> {
            UUID id = UUID.randomUUID();
            return repository.insert(conn, id, zaak.zaakId(), r.betrokkeneId(), r.categorie(), r.ontvanger(), r.doel(),
                    r.vorm(), herkomst, now, r.geldigTot(), actor)
                    .chain(() -> audit.schrijf(conn,
                            List.of(regel(actor, doel, AuditActie.TOESTEMMING_VASTGELEGD, zaak.zaakId(), r.betrokkeneId(),
                                    now))))
                    .chain(() -> find(conn, id));
        }));
    }

    public Uni<Toestemming> trekIn(Actor actor, UUID id, Intrekking intrekking) {
        requireRecorder(actor);
        if (intrekking != null) {
            validate(intrekking);
        }
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, null);
        return pool.withTransaction(
                conn -> find(conn, id).chain(t -> zaak(conn, actor, t.betrokkeneId(), doel, now).chain(zaak -> {
                    if (t.ingetrokkenOp() != null) {
                        throw ProblemException.conflict("Deze toestemming is al ingetrokken.", "INGETROKKEN", List.of());
                    }
                    return repository.withdraw(conn, id, now, actor.gebruikersnaam(),
                            intrekking == null ? null : intrekking.reden())
                            .chain(() -> audit.schrijf(conn,
                                    List.of(regel(actor, doel, AuditActie.TOESTEMMING_INGETROKKEN, zaak.zaakId(),
                                            t.betrokkeneId(),
                                            now))))
                            .chain(() -> gebeurtenissen.toestemmingIngetrokken(conn, zaak, actor, now))
                            .chain(() -> find(conn, id));
                })));
    }

    /**
     * A consent must say how it was obtained: the form of a written one; the day (not in the future, not before a year
     * ago) and the person who heard an oral one. The other form's fields are refused, so nothing ambiguous is stored.
     */
    static List<Problem.InvalidParam> herkomstFouten(Registratie r, Instant now) {
        List<Problem.InvalidParam> fouten = new ArrayList<>();
        boolean schriftelijk = r.vorm() == Toestemmingsvorm.SCHRIFTELIJK;
        if (schriftelijk && trim(r.formulierReferentie()) == null) {
            fouten.add(new Problem.InvalidParam("formulierReferentie", "verplicht bij een schriftelijke toestemming"));
        }
        if (schriftelijk && (r.gehoordOp() != null || r.gehoordDoor() != null)) {
            fouten.add(new Problem.InvalidParam(r.gehoordOp() != null ? "gehoordOp" : "gehoordDoor",
                    "alleen bij een mondelinge toestemming"));
        }
        if (r.vorm() == Toestemmingsvorm.MONDELING) {
            java.time.LocalDate vandaag = java.time.LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Amsterdam"));
            if (r.gehoordOp() == null) {
                fouten.add(new Problem.InvalidParam("gehoordOp", "verplicht bij een mondelinge toestemming"));
            } else if (r.gehoordOp().isAfter(vandaag) || r.gehoordOp().isBefore(vandaag.minusYears(1))) {
                fouten.add(new Problem.InvalidParam("gehoordOp", "niet in de toekomst en niet langer dan een jaar geleden"));
            }
            if (trim(r.gehoordDoor()) == null) {
                fouten.add(new Problem.InvalidParam("gehoordDoor", "wie de toestemming hoorde, verplicht bij mondeling"));
            }
            if (r.formulierReferentie() != null) {
                fouten.add(new Problem.InvalidParam("formulierReferentie", "alleen bij een schriftelijke toestemming"));
            }
        }
        return fouten;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * The FG's review list: consents recorded for the recorder's own organisation (Veilig Thuis recording a consent to
     * Veilig Thuis, a coordinator to its own organisation), newest first. Each listed subject is an audited read.
     */
    public Uni<List<Toestemming>> eigenOrganisatie(Actor actor, int limiet) {
        if (actor.rol() != Rol.FG) {
            throw ProblemException.forbidden("De lijst ter beoordeling leest de functionaris gegevensbescherming.");
        }
        Instant now = clock.instant();
        int grens = Math.max(1, Math.min(limiet, 500));
        return pool.withTransaction(conn -> repository.listEigenOrganisatie(conn, grens, now)
                .call(lijst -> audit.schrijf(conn, lijst.stream()
                        .map(t -> AuditRegel.door(actor, now, verzoek.trace()).regel(null, "privacytoezicht",
                                policy.versie(), AuditActie.TOESTEMMINGEN_BEOORDELEN, t.huisverbodId(), t.betrokkeneId(),
                                List.of(), null, AuditRegel.TOEGESTAAN, null))
                        .toList())));
    }

    /** One consent as its recorder reads it now, through its subject's case (for an Idempotency-Key replay). */
    public Uni<Toestemming> een(Actor actor, UUID id) {
        return repository.findBetrokkene(pool, id)
                .chain(b -> vanBetrokkene(actor, b.orElseThrow(ProblemException::notFound)))
                .map(list -> list.stream().filter(t -> t.id().equals(id)).findFirst()
                        .orElseThrow(ProblemException::notFound));
    }

    /** The purposes of the policy file ({@code doelen}: code → description), for the forms that register consent. */
    public java.util.Map<String, String> doelen() {
        return policy.document().doelen();
    }

    public Uni<List<Toestemming>> vanBetrokkene(Actor actor, UUID betrokkeneId) {
        requireRecorder(actor);
        Instant now = clock.instant();
        String doel = disclosure.doel(actor, null);
        // a person's consent history discloses what that person agreed to share, with whom: audited like a case read
        return pool.withTransaction(conn -> zaak(conn, actor, betrokkeneId, doel, now)
                .chain(zaak -> repository.listVoorBetrokkene(conn, betrokkeneId, now)
                        .call(() -> audit.schrijf(conn, List.of(regel(actor, doel, AuditActie.TOESTEMMINGEN_LEZEN,
                                zaak.zaakId(), betrokkeneId, now))))));
    }

    /** The subject's case, if the recorder reaches it; otherwise 404, the same as for an unknown subject. */
    private Uni<Zaakfeiten> zaak(SqlClient conn, Actor actor, UUID betrokkeneId, String doel, Instant now) {
        return zaken.vanBetrokkene(conn, betrokkeneId, actor, doel, now)
                .map(opt -> opt.filter(z -> disclosure.inScope(actor, z, now))
                        .orElseThrow(ProblemException::notFound));
    }

    private Uni<Toestemming> find(SqlClient conn, UUID id) {
        Instant now = clock.instant();
        return repository.find(conn, id, now).map(t -> t.orElseThrow(ProblemException::notFound));
    }

    private AuditRegel regel(Actor actor, String doel, AuditActie actie, UUID zaak, UUID betrokkene, Instant now) {
        return AuditRegel.door(actor, now, verzoek.trace()).regel(null, doel, policy.versie(), actie, zaak, betrokkene,
                List.of(), null, AuditRegel.TOEGESTAAN, null);
    }

    /** Consent is recorded by whoever coordinates care (Blijf Groep, Sociaal Team) or by Veilig Thuis. */
    private static void requireRecorder(Actor actor) {
        if (!actor.rol().isCoordinator() && actor.rol() != Rol.VEILIG_THUIS) {
            throw ProblemException
                    .forbidden("Toestemming wordt vastgelegd door de zorgcoordinator, het sociaal team of Veilig Thuis.");
        }
    }

    private void validate(Object o) {
        Invoer.valideer(validator, o);
    }
}
