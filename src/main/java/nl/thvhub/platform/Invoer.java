package nl.thvhub.platform;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

/** Bean Validation of a command, turned into one 400 problem naming every invalid field (shared by all services). */
public final class Invoer {

    private Invoer() {
    }

    /** A missing body (JSON {@code null} or nothing) is a 400 naming {@code body}, not a 500 further on. */
    public static void vereist(Object body) {
        if (body == null) {
            throw ProblemException.invalid("body", "een JSON-object is vereist");
        }
    }

    public static void valideer(Validator validator, Object command) {
        vereist(command);
        List<Problem.InvalidParam> params = validator.validate(command).stream()
                .map(v -> new Problem.InvalidParam(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name)).toList();
        if (!params.isEmpty()) {
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", params);
        }
    }
}
