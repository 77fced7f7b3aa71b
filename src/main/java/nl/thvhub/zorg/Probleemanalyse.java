package nl.thvhub.zorg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;

/** The broad problem analysis of one person over all life domains: a score and a short text per domain, versioned. */
public final class Probleemanalyse {

    public static final String SOORT = "probleemanalyse";

    private Probleemanalyse() {
    }

    /** How serious the problems in a domain are; ONBEKEND when not yet known. */
    @org.eclipse.microprofile.graphql.Name("Probleemscore")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Probleemscore")
    public enum Score {
        GEEN_PROBLEEM, LICHT, ERNSTIG, ONBEKEND
    }

    /** One domain as the writer records it. */
    @Schema(name = "LeefgebiedInput")
    @Input("LeefgebiedInput")
    public record Invoer(@NotNull Leefgebied leefgebied, @NotNull Score score, @Size(max = 500) String toelichting) {
    }

    /** The whole analysis of the person as the writer sees it (a PUT): domains the writer may not see stay as they are. */
    @Schema(name = "ProbleemanalyseInput")
    @Input("ProbleemanalyseInput")
    public record Vastlegging(@NotNull @Size(max = 20) List<@NotNull @Valid Invoer> leefgebieden) {
    }

    /** One domain as stored: its score and text, who recorded them and when. */
    @Schema(name = "Leefgebiedscore")
    @Type("Leefgebiedscore")
    public record Regel(@NotNull Leefgebied leefgebied, @NotNull Score score, String toelichting,
            @NotNull String vastgelegdDoor, @NotNull Organisatie organisatie, @NotNull Instant vastgelegdOp) {
    }

    /** The analysis as its reader may see it; domains of a withheld category are left out and named in onthouden. */
    @Schema(name = "Probleemanalyse")
    @Type("Probleemanalyse")
    public record View(@NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull int versie,
            @NotNull List<@NotNull Regel> leefgebieden, @NotNull List<@NotNull Versie> versies,
            @NotNull List<@NotNull Categorie> onthouden) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, betrokkeneId);
        }
    }

    /**
     * The next version: the domains the writer may see are replaced by the input (a domain left out is removed), the
     * others carried over untouched; an unchanged domain keeps who recorded it and when. A domain the writer may not
     * see, or one named twice, is refused naming the field.
     */
    public static List<Regel> volgende(List<Regel> huidig, List<Invoer> invoer, Predicate<Leefgebied> zichtbaar,
            String door, Organisatie organisatie, Instant now) {
        Set<Leefgebied> gezien = EnumSet.noneOf(Leefgebied.class);
        Map<Leefgebied, Regel> oud = new HashMap<>();
        huidig.forEach(r -> oud.put(r.leefgebied(), r));
        List<Regel> volgende = new ArrayList<>();
        for (int i = 0; i < invoer.size(); i++) {
            Invoer in = invoer.get(i);
            String veld = "leefgebieden[" + i + "].leefgebied";
            if (!gezien.add(in.leefgebied())) {
                throw ProblemException.invalid(veld, "komt twee keer voor");
            }
            if (!zichtbaar.test(in.leefgebied())) {
                throw ProblemException.invalid(veld, "vastleggen vraagt dat u categorie " + in.leefgebied().categorie()
                        + " van deze persoon mag zien (toestemming van de betrokkene)");
            }
            String tekst = nl.thvhub.platform.Invoer.tekst(in.toelichting());
            Regel vorige = oud.get(in.leefgebied());
            boolean ongewijzigd = vorige != null && vorige.score() == in.score()
                    && java.util.Objects.equals(vorige.toelichting(), tekst);
            volgende.add(ongewijzigd ? vorige : new Regel(in.leefgebied(), in.score(), tekst, door, organisatie, now));
        }
        for (Regel r : huidig) {
            if (!zichtbaar.test(r.leefgebied())) {
                volgende.add(r);
            }
        }
        volgende.sort(java.util.Comparator.comparing(Regel::leefgebied));
        return volgende;
    }
}
