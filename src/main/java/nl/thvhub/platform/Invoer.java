package nl.thvhub.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;

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
        List<Problem.InvalidParam> params = schendingen(validator, command);
        if (!params.isEmpty()) {
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", params);
        }
    }

    /** Every Bean Validation violation and every text with control characters, sorted by field; for services that add their own checks. */
    public static List<Problem.InvalidParam> schendingen(Validator validator, Object command) {
        vereist(command);
        List<Problem.InvalidParam> params = new ArrayList<>();
        validator.validate(command)
                .forEach(v -> params.add(new Problem.InvalidParam(v.getPropertyPath().toString(), v.getMessage())));
        stuurtekens(command, "", params, 0);
        params.sort(Comparator.comparing(Problem.InvalidParam::name));
        return params;
    }

    /**
     * Texts may hold no control characters but tab and line breaks: PostgreSQL refuses NUL (which would surface as a 500
     * after the transaction began), and none belongs in a case file. Walks records, lists and maps as Bean Validation
     * names their paths ({@code betrokkenen[0].naam}).
     */
    public static List<Problem.InvalidParam> stuurtekens(Object command) {
        List<Problem.InvalidParam> params = new ArrayList<>();
        stuurtekens(command, "", params, 0);
        return params;
    }

    /** An optional text as stored: trimmed, and null when it is missing or blank. */
    public static String tekst(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static void stuurtekens(Object value, String pad, List<Problem.InvalidParam> out, int depth) {
        if (value == null || depth > 10) {
            return;
        }
        switch (value) {
            case String s -> {
                if (s.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
                    out.add(new Problem.InvalidParam(pad.isEmpty() ? "body" : pad, "bevat stuurtekens"));
                }
            }
            case java.util.Collection<?> c -> {
                int i = 0;
                for (Object e : c) {
                    stuurtekens(e, pad + "[" + i++ + "]", out, depth + 1);
                }
            }
            case java.util.Map<?, ?> m -> m.forEach((k, v) -> stuurtekens(v, veld(pad, String.valueOf(k)), out, depth + 1));
            case Record r -> {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    try {
                        rc.getAccessor().setAccessible(true);
                        stuurtekens(rc.getAccessor().invoke(r), veld(pad, rc.getName()), out, depth + 1);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {
            }
        }
    }

    private static String veld(String pad, String naam) {
        return pad.isEmpty() ? naam : pad + "." + naam;
    }
}
