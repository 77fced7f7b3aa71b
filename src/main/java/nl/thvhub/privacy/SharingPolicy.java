package nl.thvhub.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.thvhub.platform.security.Rol;

/**
 * The sharing rules, loaded once from {@code privacy/sharing-policy.yaml} (the same file the tests and the generated docs
 * read). A malformed policy stops the hub at start-up rather than sharing by accident.
 */
@ApplicationScoped
public class SharingPolicy {

    public static final String RESOURCE = "privacy/sharing-policy.yaml";

    /** The legal basis of a rule. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Grondslag(String tekst, String verwijzing) {
    }

    /** One rule: recipient role, purpose, legal basis, scope and the categories it opens, with or without consent. */
    public record Regel(String rol, String doel, Grondslag grondslag, Scope scope, Set<Categorie> categorieen,
            Set<Categorie> metToestemming,
            Map<Categorie, Set<String>> alleenVoor) {

        public Regel {
            categorieen = categorieen == null ? Set.of() : Set.copyOf(categorieen);
            metToestemming = metToestemming == null ? Set.of() : Set.copyOf(metToestemming);
            alleenVoor = alleenVoor == null ? Map.of() : Map.copyOf(alleenVoor);
        }
    }

    /** The file as a whole. */
    public record Document(String versie, Map<Categorie, String> categorieen, Onthulling onthulling, Map<String, String> doelen,
            List<Regel> regels) {

        public Document {
            onthulling = onthulling == null ? Onthulling.LEEG : onthulling;
        }
    }

    private final Document document;
    private final Map<Rol, Regel> byRole = new LinkedHashMap<>();

    public SharingPolicy() {
        this(load());
    }

    SharingPolicy(Document document) {
        this.document = document;
        for (Regel regel : document.regels()) {
            Rol rol = Rol.fromCode(regel.rol())
                    .orElseThrow(() -> new IllegalStateException("sharing policy: unknown role " + regel.rol()));
            if (!document.doelen().containsKey(regel.doel())) {
                throw new IllegalStateException("sharing policy: unknown purpose " + regel.doel() + " for " + regel.rol());
            }
            if (regel.scope() == null || regel.grondslag() == null) {
                throw new IllegalStateException("sharing policy: rule for " + regel.rol() + " lacks scope or grondslag");
            }
            Set<Categorie> overlap = EnumSet.noneOf(Categorie.class);
            overlap.addAll(regel.categorieen());
            overlap.retainAll(regel.metToestemming());
            if (!overlap.isEmpty()) {
                throw new IllegalStateException(
                        "sharing policy: " + regel.rol() + " lists " + overlap + " both with and without consent");
            }
            if (byRole.put(rol, regel) != null) {
                throw new IllegalStateException("sharing policy: more than one rule for " + regel.rol());
            }
        }
    }

    public static Document load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return yaml.readValue(in, Document.class);
        } catch (IOException e) {
            throw new IllegalStateException("sharing policy " + RESOURCE + " cannot be read", e);
        }
    }

    public String versie() {
        return document.versie();
    }

    /** What assignments, history entries, fields and events reveal. */
    public Onthulling onthulling() {
        return document.onthulling();
    }

    public Document document() {
        return document;
    }

    /** The rule for a role, if the role may read cases at all ({@code beleid} and {@code fg} have none). */
    public Optional<Regel> regel(Rol rol) {
        return Optional.ofNullable(byRole.get(rol));
    }
}
