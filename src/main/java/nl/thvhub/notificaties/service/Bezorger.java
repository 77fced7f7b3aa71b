package nl.thvhub.notificaties.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.notificaties.WebhookConfig;
import nl.thvhub.notificaties.persistence.AbonnementRepository;

/**
 * Delivers webhook notifications: claims due deliveries (a lease under {@code SKIP LOCKED}, so several hub instances
 * never send the same one at once and no transaction is held during HTTP), signs them per Standard Webhooks, and retries with exponential backoff and jitter until {@code max-duur}, after which
 * the delivery lands in the dead-letter list. A restart loses nothing: the state is in the database.
 */
@ApplicationScoped
public class Bezorger {

    public static final String HEADER_ID = "webhook-id";
    public static final String HEADER_TIJD = "webhook-timestamp";
    public static final String HEADER_HANDTEKENING = "webhook-signature";
    public static final String CLOUDEVENTS_JSON = "application/cloudevents+json";
    private static final Logger LOG = Logger.getLogger(Bezorger.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int RONDE = 50;

    private final Pool pool;
    private final WebClient client;
    private final WebhookConfig config;
    private final Clock clock;

    private final Geheimkluis kluis;
    private final AbonnementRepository repository;

    public Bezorger(Pool pool, AbonnementRepository repository, Vertx vertx, WebhookConfig config, Clock clock,
            Geheimkluis kluis) {
        this.repository = repository;
        this.kluis = kluis;
        this.pool = pool;
        // one connection per concurrently attempted delivery; receivers are other organisations' servers, not ours
        this.client = WebClient.create(vertx,
                new io.vertx.ext.web.client.WebClientOptions().setMaxPoolSize(RONDE).setKeepAlive(true)
                        .setFollowRedirects(false)
                        .setForceSni(true));
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.webhooks.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return bezorg().onFailure().invoke(e -> LOG.warn("Webhook delivery round failed; will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }

    /** Rounds until nothing due is left (a full round means more may be waiting); returns how many were attempted. */
    public Uni<Integer> bezorg() {
        return ronde().chain(n -> n == RONDE ? bezorg().map(m -> m + n) : Uni.createFrom().item(n));
    }

    /** One round: claims what is due and tries each once. */
    private Uni<Integer> ronde() {
        Instant now = clock.instant();
        return repository.claimDue(pool, now, now.plus(LEASE), RONDE)
                // a Uni<Void> yields no item inside a Multi: count the attempts explicitly
                .chain(pogingen -> Multi.createFrom().iterable(pogingen).onItem()
                        .transformToUniAndMerge(r -> probeer(r).replaceWith(Boolean.TRUE))
                        .collect().asList())
                .map(list -> list.size());
    }

    private Uni<Void> probeer(AbonnementRepository.Poging r) {
        String body = CloudEventJson.json(config.bron(), r.eventId(), r.type(), r.zaakId(), r.tijdstip());
        long nu = clock.instant().getEpochSecond();
        String tijdstempel = Long.toString(nu);
        List<String> geheimen = r.vorigSecret() == null
                ? List.of(kluis.ontsleutel(r.secret()))
                : List.of(kluis.ontsleutel(r.secret()), kluis.ontsleutel(r.vorigSecret()));
        String handtekening = Handtekening.header(geheimen, r.id().toString(), nu, body);
        String url = r.callbackUrl();
        // resolve again and connect to the checked address, so a host re-pointed after subscribing cannot reach inside
        return Uni.createFrom().item(() -> Webhookdoel.controleer(url, config.httpLoopbackToegestaan()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).chain(doel -> {
                    if (doel.isEmpty()) {
                        return mislukt(r, "doeladres niet toegestaan of niet te herleiden");
                    }
                    Webhookdoel.Doel d = doel.get();
                    String pad = d.uri().getRawPath() == null || d.uri().getRawPath().isEmpty() ? "/" : d.uri().getRawPath();
                    if (d.uri().getRawQuery() != null) {
                        pad += "?" + d.uri().getRawQuery();
                    }
                    RequestOptions opties = new RequestOptions().setHost(d.uri().getHost()).setPort(d.poort()).setURI(pad)
                            .setSsl(d.https()).setFollowRedirects(false);
                    return client.request(HttpMethod.POST,
                            SocketAddress.inetSocketAddress(d.poort(), d.adres().getHostAddress()), opties)
                            .timeout(config.timeout().toMillis()).followRedirects(false)
                            .putHeader("Content-Type", CLOUDEVENTS_JSON)
                            .putHeader(HEADER_ID, r.id().toString()).putHeader(HEADER_TIJD, tijdstempel)
                            .putHeader(HEADER_HANDTEKENING, handtekening)
                            .sendBuffer(Buffer.buffer(body))
                            .map(resp -> resp.statusCode() >= 200 && resp.statusCode() < 300
                                    ? null
                                    : "HTTP " + resp.statusCode())
                            // a generic text: the exception message may describe the receiver's network to its owner
                            .onFailure().recoverWithItem(Bezorger::foutsoort)
                            .chain(fout -> fout == null ? afgeleverd(r) : mislukt(r, fout));
                });
    }

    /** A short, fixed description of a failed attempt, never the exception's own message. */
    static String foutsoort(Throwable e) {
        if (e instanceof java.util.concurrent.TimeoutException || e instanceof io.netty.handler.timeout.TimeoutException
                || e.getClass().getSimpleName().contains("Timeout")) {
            return "time-out";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS-fout";
        }
        return "verbinding mislukt";
    }

    private Uni<Void> afgeleverd(AbonnementRepository.Poging r) {
        return repository.markAfgeleverd(pool, r.id(), clock.instant());
    }

    private Uni<Void> mislukt(AbonnementRepository.Poging r, String fout) {
        Instant now = clock.instant();
        int pogingen = r.pogingen() + 1;
        boolean dood = !now.isBefore(r.eerstePoging().plus(config.maxDuur()));
        String tekst = fout.length() > 500 ? fout.substring(0, 500) : fout;
        return repository.markMislukt(pool, r.id(), dood ? "DOOD" : "WACHTEND", pogingen, now.plus(wachttijd(pogingen)), tekst);
    }

    Duration wachttijd(int pogingen) {
        return wachttijd(pogingen, config.basisWachttijd(), config.maxWachttijd(),
                ThreadLocalRandom.current().nextDouble(0.5, 1.5));
    }

    /**
     * Exponential backoff (the base doubled per failed attempt, capped) times a jitter factor in [0.5, 1.5), so many
     * failing receivers do not retry in lockstep.
     */
    static Duration wachttijd(int pogingen, Duration basis, Duration max, double jitter) {
        long base = basis.toMillis() << Math.min(Math.max(pogingen, 1) - 1, 20);
        long capped = Math.min(base, max.toMillis());
        return Duration.ofMillis((long) (capped * jitter));
    }
}
