package nl.thvhub.platform.idempotentie;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * The Idempotency-Key claim of a streamed body ({@link GestreamdeInhoud}), made once the resource has read the body:
 * empty means the request is new and may store its work; otherwise the answer to send instead (the first request's
 * answer for a retry, 409 while it still runs, 422 for another body under the same key).
 */
@ApplicationScoped
public class GestreamdeClaim {

    private static final Duration WACHT = Duration.ofSeconds(30);

    private final IdempotencyFilter filter;

    public GestreamdeClaim(IdempotencyFilter filter) {
        this.filter = filter;
    }

    /** On a worker thread, after the body was read to its end. */
    public Optional<Response> naStreamen() {
        return filter.claimNaStreamen().await().atMost(WACHT);
    }
}
