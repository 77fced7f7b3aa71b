package nl.thvhub.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Dutch descriptions of the API's types, fields and arguments, from {@code api/beschrijvingen.properties}: one file
 * for the GraphQL schema and the OpenAPI document, whose type names are the same. A key is {@code Type} for a type,
 * {@code Type.veld} for a field, {@code Type.veld.argument} for an argument; {@code *.veld} and {@code *.*.argument}
 * describe a field or argument of that name wherever it occurs, unless a more specific key exists.
 */
public final class ApiBeschrijvingen {

    public static final String RESOURCE = "api/beschrijvingen.properties";

    private static final Properties TEKSTEN = laad();

    private ApiBeschrijvingen() {
    }

    /** The description of a type, or null. */
    public static String type(String type) {
        return TEKSTEN.getProperty(type);
    }

    /** The description of a field of a type, or null. */
    public static String veld(String type, String veld) {
        String specifiek = TEKSTEN.getProperty(type + "." + veld);
        return specifiek != null ? specifiek : TEKSTEN.getProperty("*." + veld);
    }

    /** The description of an argument of a field, or null. */
    public static String argument(String type, String veld, String argument) {
        String specifiek = TEKSTEN.getProperty(type + "." + veld + "." + argument);
        return specifiek != null ? specifiek : TEKSTEN.getProperty("*.*." + argument);
    }

    private static Properties laad() {
        Properties p = new Properties();
        try (InputStream in = ApiBeschrijvingen.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
