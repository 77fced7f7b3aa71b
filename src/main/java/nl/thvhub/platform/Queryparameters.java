package nl.thvhub.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import nl.thvhub.platform.problem.ProblemException;

/**
 * Reads typed query parameters (whole numbers, booleans, UUIDs) so that a value that does not parse is a 400 naming
 * the parameter: JAX-RS otherwise answers 404 for an unconvertible query parameter, as if the list did not exist.
 */
@Provider
public class Queryparameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String naam = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (naam == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Lezer<>(naam, "een geheel getal", Integer::valueOf,
                    rawType.isPrimitive() ? 0 : null);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Lezer<>(naam, "true of false", Queryparameters::waarheid,
                    rawType.isPrimitive() ? Boolean.FALSE : null);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Lezer<>(naam, "een UUID", UUID::fromString, null);
        }
        return null;
    }

    private static Boolean waarheid(String waarde) {
        return switch (waarde.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(waarde);
        };
    }

    /** Parses one parameter; what does not parse is reported by its name. */
    private record Lezer<T>(String naam, String verwacht, Function<String, T> parse, T leeg) implements ParamConverter<T> {

        @Override
        public T fromString(String waarde) {
            if (waarde == null || waarde.isEmpty()) {
                // an empty value is absent: null, or a primitive's default as JAX-RS reads it
                return leeg;
            }
            try {
                return parse.apply(waarde);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(ProblemException.invalid(naam, "verwacht " + verwacht));
            }
        }

        @Override
        public String toString(T waarde) {
            return waarde == null ? null : waarde.toString();
        }
    }
}
