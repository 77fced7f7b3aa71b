package nl.thvhub.platform.problem;

import java.util.List;

/**
 * A failure that the client must see as a specific problem+json answer. Services throw it; the REST mapper and the
 * GraphQL error handling translate it.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail, List<Problem.InvalidParam> params) {
        return new ProblemException(Problem.of(400, "Ongeldige invoer", detail).withInvalidParams(params));
    }

    public static ProblemException invalid(String field, String reason) {
        return badRequest("Het verzoek bevat een ongeldig veld.", List.of(new Problem.InvalidParam(field, reason)));
    }

    public static ProblemException notFound() {
        return new ProblemException(
                Problem.of(404, "Niet gevonden", "De gevraagde resource bestaat niet of is niet zichtbaar voor u."));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Geen toegang", detail));
    }

    public static ProblemException conflict(String detail, String currentStatus, List<String> allowed) {
        return new ProblemException(
                Problem.of(409, "Conflict met de huidige toestand", detail).withState(currentStatus, allowed));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "Versie komt niet overeen", detail));
    }

    public static ProblemException tooMany(String detail) {
        return new ProblemException(Problem.of(429, "Te veel verzoeken", detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(503, "Tijdelijk niet beschikbaar", detail));
    }
}
