package nl.thvhub.platform.idempotentie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.platform.persistence.IdempotentieRepository;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;

/**
 * The store behind {@code Idempotency-Key}: claims a key in its own commit before the write runs, keeps the first
 * response for replay, and forgets keys after their lifetime. Scope is the client plus the user, so two users of one
 * app never share keys.
 */
@ApplicationScoped
public class Idempotentie {

    private static final Logger LOG = Logger.getLogger(Idempotentie.class);

    /** How long a key and its response are kept. */
    @ConfigMapping(prefix = "thv.idempotentie")
    public interface Config {

        @WithDefault("PT24H")
        Duration bewaartijd();

        /** How long a claim holds while its request runs; longer than any request can take (timeouts included). */
        @WithDefault("PT30S")
        Duration claimDuur();
    }

    /** What a claim found. */
    public enum Uitkomst {
        NIEUW, HERHALING, ANDERE_INHOUD, BEZIG,
        /** The first request died after its write committed; {@link Claim#zaak()} names the case it wrote. */
        GESCHREVEN
    }

    /** The stored first response. */
    public record Antwoord(int status, JsonObject headers, String body) {
    }

    /** The result of a claim: for HERHALING the stored response and when the first request claimed the key. */
    public record Claim(Uitkomst uitkomst, Antwoord antwoord, Instant eerste, java.util.UUID zaak) {

        Claim(Uitkomst uitkomst) {
            this(uitkomst, null, null, null);
        }

        Claim(Uitkomst uitkomst, Antwoord antwoord, Instant eerste) {
            this(uitkomst, antwoord, eerste, null);
        }
    }

    private final Pool pool;
    private final Clock clock;
    private final Config config;

    private final IdempotentieRepository repository;

    public Idempotentie(Pool pool, IdempotentieRepository repository, Clock clock, Config config) {
        this.repository = repository;
        this.pool = pool;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Checks the key and claims it for the actor: partner systems must send one ({@code wat} names what needs it), a key
     * is 1–200 visible ASCII characters. Answers null when there is no key (nothing to claim); fails with 422 when the
     * key was used for another request and 409 while the first still runs; otherwise NIEUW or HERHALING.
     */
    /**
     * Checks the key and claims it for the actor: partner systems must send one ({@code wat} names what needs it), a key
     * is 1–200 visible ASCII characters. Answers null when there is no key (nothing to claim); fails with 422 when the
     * key was used for another request and 409 while the first still runs; otherwise NIEUW, HERHALING or GESCHREVEN.
     * The request's trace id goes with the claim, so a retry after a crash can tell whether this write committed.
     */
    public Uni<Claim> claimVoor(Actor actor, String sleutel, String veld, String hash, String wat, String traceId) {
        controleerSleutel(actor, sleutel, wat);
        if (sleutel == null) {
            return Uni.createFrom().nullItem();
        }
        return claim(scope(actor), veld, hash, traceId).map(claim -> switch (claim.uitkomst()) {
            case NIEUW, HERHALING, GESCHREVEN -> claim;
            case ANDERE_INHOUD -> throw new ProblemException(Problem.of(422, "Sleutel al gebruikt",
                    "Deze Idempotency-Key is al gebruikt voor een ander verzoek; kies een nieuwe sleutel."));
            case BEZIG -> throw new ProblemException(Problem.of(409, "Verzoek nog in behandeling",
                    "Het eerste verzoek met deze Idempotency-Key is nog niet afgerond; probeer het straks opnieuw."));
        });
    }

    /**
     * A key's form, and its presence for a partner system (400 naming the header otherwise); checked before a streamed
     * body is read, so a bad key does not cost the upload.
     */
    public static void controleerSleutel(Actor actor, String sleutel, String wat) {
        if (sleutel == null) {
            if (actor.systeem()) {
                throw ProblemException.invalid(IdempotencyFilter.HEADER, "verplicht voor partnersystemen bij elke " + wat);
            }
            return;
        }
        if (sleutel.isBlank() || sleutel.length() > 200 || !sleutel.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid(IdempotencyFilter.HEADER, "1 tot 200 zichtbare ASCII-tekens, bijvoorbeeld een UUID");
        }
    }

    /** Keys are per client and user: two users of one app never share them. */
    public static String scope(Actor actor) {
        return actor.clientId() + "|" + actor.subject();
    }

    /** A request's identity for comparison: SHA-256 over what it is ({@code kop}) and its exact content. */
    public static String hash(String kop, byte[] inhoud) {
        MessageDigest sha = begin(kop);
        sha.update(inhoud);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The same hash begun for content that follows as it streams: feed it the content, then take its digest. */
    public static MessageDigest begin(String kop) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((kop + "\n").getBytes(StandardCharsets.UTF_8));
            return sha;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Uni<Claim> claim(String scope, String sleutel, String hash, String traceId) {
        Instant now = clock.instant();
        return repository.deleteVerlopen(pool, scope, sleutel, now)
                .chain(() -> repository.claim(pool, scope, sleutel, hash, now, now.plus(config.bewaartijd()), traceId,
                        now.plus(config.claimDuur())))
                .chain(nieuw -> nieuw
                        ? Uni.createFrom().item(new Claim(Uitkomst.NIEUW))
                        : repository.find(pool, scope, sleutel).chain(found -> {
                            if (found.isEmpty()) {
                                // released between our insert and this read: the client may simply retry
                                return Uni.createFrom().item(new Claim(Uitkomst.BEZIG));
                            }
                            IdempotentieRepository.Opgeslagen r = found.get();
                            if (!r.verzoekHash().equals(hash)) {
                                return Uni.createFrom().item(new Claim(Uitkomst.ANDERE_INHOUD));
                            }
                            if ("BEZIG".equals(r.status())) {
                                return verlaten(scope, sleutel, r, traceId, now);
                            }
                            return Uni.createFrom().item(new Claim(Uitkomst.HERHALING,
                                    new Antwoord(r.antwoordStatus(), r.antwoordHeaders(), r.antwoordBody()),
                                    r.aangemaaktOp()));
                        }));
    }

    /**
     * A BEZIG claim: still running while its lease holds (409). After the lease the first request is dead: its write
     * committed if, and only if, audit lines with its trace id exist (they are written in the write's transaction).
     * Then the retry learns which case it wrote; otherwise it takes the claim over and runs anew.
     */
    private Uni<Claim> verlaten(String scope, String sleutel, IdempotentieRepository.Opgeslagen r, String traceId,
            Instant now) {
        if (r.claimTot() == null || r.traceId() == null || traceId == null || r.claimTot().isAfter(now)) {
            return Uni.createFrom().item(new Claim(Uitkomst.BEZIG));
        }
        Instant sinds = r.aangemaaktOp();
        return repository.zaakGeschrevenDoor(pool, sinds, r.traceId()).chain(zaak -> {
            if (zaak.isPresent()) {
                LOG.infof("Idempotency: the request that claimed a key died after its write committed; the retry learns it");
                return Uni.createFrom().item(new Claim(Uitkomst.GESCHREVEN, null, sinds, zaak.get()));
            }
            return repository.takeOver(pool, scope, sleutel, traceId, now.plus(config.claimDuur()), now)
                    .map(genomen -> new Claim(genomen ? Uitkomst.NIEUW : Uitkomst.BEZIG));
        });
    }

    public Uni<Void> bewaar(String scope, String sleutel, Antwoord antwoord) {
        return repository.store(pool, scope, sleutel, antwoord.status(), antwoord.headers(), antwoord.body());
    }

    /** Frees a key whose write failed (5xx: nothing was committed), so the client may retry with it. */
    public Uni<Void> geefVrij(String scope, String sleutel) {
        return repository.release(pool, scope, sleutel);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> ruimOp() {
        return repository.cleanUp(pool, clock.instant())
                .invoke(n -> LOG.debugf("Idempotency: %d expired keys removed", n)).onFailure()
                .invoke(e -> LOG.warn("Idempotency clean-up failed; it runs again in an hour", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }
}
