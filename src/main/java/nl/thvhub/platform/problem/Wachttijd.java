package nl.thvhub.platform.problem;

/**
 * A refusal that says when to try again: 429 (a quota, a query still running) or 503 (a bounded query took too long);
 * the REST mapper sends the seconds as {@code Retry-After}.
 */
public class Wachttijd extends ProblemException {

    private final long retryAfter;

    public Wachttijd(Problem problem, long retryAfter) {
        super(problem);
        this.retryAfter = retryAfter;
    }

    public long retryAfter() {
        return retryAfter;
    }
}
