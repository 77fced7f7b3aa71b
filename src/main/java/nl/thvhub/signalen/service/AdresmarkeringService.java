package nl.thvhub.signalen.service;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;

/**
 * Address markers: placed by {@code politie-thv} with the OM's agreement, valid until a date at most a year ahead, and
 * looked up by any police role. A lookup answers only whether a valid marker exists and since when; every lookup and
 * every placement is audited with a keyed pseudonym of the address, so the FG can find who looked up an address without
 * the log holding the address itself.
 */
@ApplicationScoped
public class AdresmarkeringService {

    /** A marker is reviewed at least yearly: it cannot be valid for longer. */
    static final Period MAXIMALE_GELDIGHEID = Period.ofYears(1);

    private final Pool pool;
    private final AuditLog audit;
    private final Disclosure disclosure;
    private final Validator validator;
    private final Clock clock;
    private final Verzoek verzoek;

    AdresmarkeringService(Pool pool, AuditLog audit, Disclosure disclosure, Validator validator, Clock clock, Verzoek verzoek) {
        this.pool = pool;
        this.audit = audit;
        this.disclosure = disclosure;
        this.validator = validator;
        this.clock = clock;
        this.verzoek = verzoek;
    }

    public Uni<Adresmarkering.View> plaats(Actor actor, Adresmarkering.Plaatsing p) {
        if (actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Adressen markeert de politie (rol politie-thv).");
        }
        Invoer.valideer(validator, p);
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
        if (!p.geldigTot().isAfter(vandaag)) {
            throw ProblemException.invalid("geldigTot", "moet na vandaag liggen");
        }
        if (p.geldigTot().isAfter(vandaag.plus(MAXIMALE_GELDIGHEID))) {
            throw ProblemException.invalid("geldigTot", "uiterlijk een jaar na vandaag; verleng na een nieuwe beoordeling");
        }
        if (p.omInstemming().datum().isAfter(vandaag)) {
            throw ProblemException.invalid("omInstemming.datum", "ligt in de toekomst");
        }
        String postcode = Postcode.normaal(p.postcode());
        String toevoeging = toevoeging(p.toevoeging());
        UUID id = UUID.randomUUID();
        Adresmarkering.View view = new Adresmarkering.View(id, postcode, p.huisnummer(), toevoeging, p.reden().trim(), now,
                p.geldigTot(), p.beoordeeldDoor().trim(), p.omInstemming());
        return pool
                .withTransaction(
                        conn -> conn
                                .preparedQuery(
                                        """
                                                insert into adresmarkering (id, postcode, huisnummer, toevoeging, reden, geldig_van, geldig_tot, beoordeeld_door,
                                                  om_kenmerk, om_instemming_op, gemarkeerd_door)
                                                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                                                """)
                                .execute(Tuple.tuple().addUUID(id).addString(postcode).addString(p.huisnummer())
                                        .addString(toevoeging)
                                        .addString(view.reden()).addOffsetDateTime(odt(now)).addLocalDate(p.geldigTot())
                                        .addString(view.beoordeeldDoor())
                                        .addString(p.omInstemming().kenmerk().trim()).addLocalDate(p.omInstemming().datum())
                                        .addString(actor.gebruikersnaam()))
                                .chain(() -> audit.schrijf(conn,
                                        List.of(regel(actor, "ADRESMARKERING_PLAATSEN", postcode, p.huisnummer(),
                                                toevoeging, now))))
                                .replaceWith(view));
    }

    /**
     * Whether the address has a valid marker. Without {@code toevoeging} every marker on the house number counts; with
     * one, markers for that toevoeging and for the whole number do.
     */
    public Uni<Adresmarkering.Opvraging> zoek(Actor actor, String postcode, String huisnummer, String toevoeging) {
        if (actor.rol() != Rol.POLITIE_THV && actor.rol() != Rol.WIJKAGENT) {
            throw ProblemException.forbidden("Adresmarkeringen zijn voor de politie.");
        }
        if (postcode == null || !postcode.matches(Postcode.PATROON)) {
            throw ProblemException.invalid("postcode", Postcode.UITLEG);
        }
        if (huisnummer == null || !huisnummer.matches("^[1-9][0-9]{0,4}$")) {
            throw ProblemException.invalid("huisnummer", "een huisnummer (cijfers)");
        }
        if (toevoeging != null && (toevoeging.length() > 10 || !toevoeging.matches("^[0-9A-Za-z -]*$"))) {
            throw ProblemException.invalid("toevoeging", "letters, cijfers, spatie of streepje (hoogstens 10)");
        }
        String pc = Postcode.normaal(postcode);
        String tv = toevoeging(toevoeging);
        Instant now = clock.instant();
        LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
        return pool.withTransaction(conn -> conn.preparedQuery("""
                select min(geldig_van) as sinds from adresmarkering
                where postcode = $1 and huisnummer = $2 and ($3 = '' or toevoeging in ('', $3))
                  and ingetrokken_op is null and geldig_tot >= $4
                """).execute(Tuple.of(pc, huisnummer, tv, vandaag)).chain(rows -> {
            Row r = rows.iterator().next();
            LocalDate sinds = r.getOffsetDateTime("sinds") == null
                    ? null
                    : LocalDate.ofInstant(r.getOffsetDateTime("sinds").toInstant(), Huisverbod.TIJDZONE);
            return audit.schrijf(conn, List.of(regel(actor, "ADRESMARKERING_OPVRAGEN", pc, huisnummer, tv, now)))
                    .replaceWith(new Adresmarkering.Opvraging(sinds != null, sinds));
        }));
    }

    /** One marker as its placer's role reads it (for an Idempotency-Key replay of the placement), audited. */
    public Uni<Adresmarkering.View> een(Actor actor, UUID id) {
        if (actor.rol() != Rol.POLITIE_THV) {
            throw ProblemException.forbidden("Adressen markeert de politie (rol politie-thv).");
        }
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn.preparedQuery("select * from adresmarkering where id = $1")
                .execute(Tuple.of(id)).chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    Row r = rows.iterator().next();
                    Adresmarkering.View view = new Adresmarkering.View(id, r.getString("postcode"), r.getString("huisnummer"),
                            r.getString("toevoeging"), r.getString("reden"), r.getOffsetDateTime("geldig_van").toInstant(),
                            r.getLocalDate("geldig_tot"), r.getString("beoordeeld_door"),
                            new Adresmarkering.OmInstemming(r.getString("om_kenmerk"), r.getLocalDate("om_instemming_op")));
                    return audit.schrijf(conn, List.of(regel(actor, "ADRESMARKERING_LEZEN", view.postcode(), view.huisnummer(),
                            view.toevoeging(), now))).replaceWith(view);
                }));
    }

    private AuditRegel regel(Actor actor, String actie, String postcode, String huisnummer, String toevoeging, Instant now) {
        String[] trace = verzoek.trace();
        String adres = "adres " + audit.pseudoniem(postcode + " " + huisnummer + " " + toevoeging);
        return disclosure.toegestaan(actor, disclosure.doel(actor, verzoek.doelbinding().orElse(null)), actie, null,
                List.of("ADRESMARKERING"), now, trace, adres);
    }

    private static String toevoeging(String t) {
        return t == null ? "" : t.trim().toUpperCase(Locale.ROOT);
    }
}
