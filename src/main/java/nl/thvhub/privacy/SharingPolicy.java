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

    /**
     * One rule: recipient role, purpose, legal basis, scope and the categories it opens, with or without consent;
     * {@code alleenEigenBetrokkenen}: categories it opens only about the persons the reader's own assignment covers.
     */
    public record Regel(String rol, String doel, Grondslag grondslag, Scope scope, Set<Categorie> categorieen,
            Set<Categorie> metToestemming,
            Map<Categorie, Set<String>> alleenVoor, Map<Categorie, Grondslag> grondslagen,
            Set<Categorie> alleenEigenBetrokkenen) {

        public Regel {
            alleenEigenBetrokkenen = alleenEigenBetrokkenen == null ? Set.of() : Set.copyOf(alleenEigenBetrokkenen);
            categorieen = categorieen == null ? Set.of() : Set.copyOf(categorieen);
            metToestemming = metToestemming == null ? Set.of() : Set.copyOf(metToestemming);
            alleenVoor = alleenVoor == null ? Map.of() : Map.copyOf(alleenVoor);
            grondslagen = grondslagen == null ? Map.of() : Map.copyOf(grondslagen);
        }

        /** The same rule with the categories an open request opens on its own basis added (open, with that basis). */
        Regel aangevuldMet(Map<Categorie, Grondslag> eigen) {
            if (eigen.isEmpty()) {
                return this;
            }
            Set<Categorie> open = EnumSet.noneOf(Categorie.class);
            open.addAll(categorieen);
            open.addAll(eigen.keySet());
            Map<Categorie, Grondslag> bases = new java.util.EnumMap<>(Categorie.class);
            bases.putAll(grondslagen);
            bases.putAll(eigen);
            return new Regel(rol, doel, grondslag, scope, open, metToestemming, alleenVoor, bases, alleenEigenBetrokkenen);
        }

        /**
         * The same rule narrowed to what an open request opens: those categories only, and of them the ones the rule
         * opens by consent still only with consent (GGZ asked about a person identifies him only with his consent).
         */
        Regel beperktTot(Set<Categorie> open) {
            Set<Categorie> beide = EnumSet.noneOf(Categorie.class);
            beide.addAll(categorieen);
            beide.retainAll(open);
            Set<Categorie> toestemming = EnumSet.noneOf(Categorie.class);
            toestemming.addAll(metToestemming);
            toestemming.retainAll(open);
            return new Regel(rol, doel, grondslag, scope, beide, toestemming, alleenVoor, grondslagen,
                    alleenEigenBetrokkenen);
        }
    }

    /**
     * A request of a case to an organisation that puts the organisation's readers (of {@code rol} only, when given) in
     * reach of that one case for the task, with these categories, until the task is done; never in their lists.
     * {@code grondslagen} are categories the request itself opens, on a basis of its own and beyond the reader's rule,
     * to every reader it reaches (assigned or not) while it is open: Reclassering weighs the care advice (issue 34.3).
     * {@code perPersoonMetToestemming} are categories of {@code categorieen} decided for the case and per person that
     * the request opens for the case as a whole, but about each person only with that person's consent for the reader,
     * even where the reader's own rule would open them outright: the hand-over package gives the receiver the family's
     * plans, and a person's analysis and referrals with that person's consent (issue 35.4).
     */
    public record Opdracht(String rol, Grondslag grondslag, Set<Categorie> categorieen, Map<Categorie, Grondslag> grondslagen,
            Set<Categorie> perPersoonMetToestemming) {

        public Opdracht {
            categorieen = categorieen == null ? Set.of() : Set.copyOf(categorieen);
            grondslagen = grondslagen == null ? Map.of() : Map.copyOf(grondslagen);
            perPersoonMetToestemming = perPersoonMetToestemming == null ? Set.of() : Set.copyOf(perPersoonMetToestemming);
        }
    }

    /** The file as a whole. */
    public record Document(String versie, Map<Categorie, String> categorieen, Onthulling onthulling, Map<String, String> doelen,
            List<Regel> regels, Map<String, Opdracht> opdrachten) {

        public Document {
            onthulling = onthulling == null ? Onthulling.LEEG : onthulling;
            opdrachten = opdrachten == null ? Map.of() : Map.copyOf(opdrachten);
        }
    }

    private final Document document;
    private final Map<Rol, Regel> byRole = new LinkedHashMap<>();

    public SharingPolicy() {
        this(load());
    }

    SharingPolicy(Document document) {
        this.document = document;
        document.opdrachten().forEach((soort, o) -> {
            // an opdracht naming an unknown role or without basis would open a case to the wrong readers
            if (o.grondslag() == null || (o.rol() != null && Rol.fromCode(o.rol()).isEmpty())) {
                throw new IllegalStateException(
                        "sharing policy: opdracht " + soort + " lacks a basis or names an unknown role");
            }
            if (!o.categorieen().containsAll(o.perPersoonMetToestemming())) {
                throw new IllegalStateException(
                        "sharing policy: opdracht " + soort + " asks consent per person for a category it does not open");
            }
        });
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
            if (!regel.categorieen().containsAll(regel.grondslagen().keySet())
                    && !regel.metToestemming().containsAll(regel.grondslagen().keySet())) {
                throw new IllegalStateException("sharing policy: " + regel.rol() + " names a basis for a category it lacks");
            }
            if (!regel.alleenEigenBetrokkenen().isEmpty() && regel.scope() != Scope.TOEGEWEZEN) {
                throw new IllegalStateException("sharing policy: " + regel.rol()
                        + " limits categories to its own persons but is not bound to an assignment");
            }
            if (byRole.put(rol, regel) != null) {
                throw new IllegalStateException("sharing policy: more than one rule for " + regel.rol());
            }
        }
    }

    /** The open request of this kind, if the policy file knows it (an unknown kind opens nothing: fail closed). */
    public Optional<Opdracht> opdracht(String soort) {
        return Optional.ofNullable(document.opdrachten().get(soort));
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

    /**
     * The categories some case may show a reader of this rule without anyone's consent: the rule's own, and what an open
     * request reaching the rule's role opens on its own basis. A case read loads the feature data of these categories
     * only; a decision that shows more (by consent) has the case read again whole (issue 37, item 2).
     */
    public Set<Categorie> leesbereik(Regel regel) {
        Set<Categorie> bereik = EnumSet.noneOf(Categorie.class);
        bereik.addAll(regel.categorieen());
        document.opdrachten().values().stream().filter(o -> o.rol() == null || o.rol().equals(regel.rol()))
                .forEach(o -> bereik.addAll(o.grondslagen().keySet()));
        return java.util.Collections.unmodifiableSet(bereik);
    }

    /** The rule for a role, if the role may read cases at all ({@code beleid} and {@code fg} have none). */
    public Optional<Regel> regel(Rol rol) {
        return Optional.ofNullable(byRole.get(rol));
    }
}
