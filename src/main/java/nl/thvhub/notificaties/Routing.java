package nl.thvhub.notificaties;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The routing rules, loaded from {@code notificaties/routing.yaml}: which recipients hear of which event type. */
@ApplicationScoped
public class Routing {

    public static final String RESOURCE = "notificaties/routing.yaml";

    /** All event types the hub emits. */
    public static final Set<String> TYPES = java.util.Arrays.stream(NotificatieType.values()).map(NotificatieType::code)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Kinds of recipient. */
    public enum Ontvanger {
        WIJKAGENT_VAN_WIJK, TOEGEWEZEN_ZORGCOORDINATOR, TOEGEWEZEN_GEZINSMANAGER, TOEGEWEZEN_RECLASSERING, OVERDRACHT_ONTVANGER, ROL,
        /** Whoever holds the task the event is about: its person where assigned, else its organisation and role. */
        TAAKHOUDER
    }

    /** One rule. */
    public record Regel(Ontvanger ontvanger, String rol, Set<String> events) {
    }

    /** The file. */
    public record Document(String versie, List<Regel> regels) {
    }

    private final Document document;

    public Routing() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            document = yaml.readValue(in, Document.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("routing rules " + RESOURCE + " cannot be read", e);
        }
        for (Regel r : document.regels()) {
            for (String e : r.events()) {
                if (!TYPES.contains(e)) {
                    throw new IllegalStateException("routing rules: unknown event type " + e);
                }
            }
            if (r.ontvanger() == Ontvanger.ROL && r.rol() == null) {
                throw new IllegalStateException("routing rules: a ROL rule needs a rol");
            }
        }
    }

    public List<Regel> regels(String type) {
        return document.regels().stream().filter(r -> r.events().contains(type)).toList();
    }
}
