package nl.thvhub.zorg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;

/**
 * A contact attempt with one person (recommendation 3e: a third of the UHGs were never reached). Recorded once, never
 * changed: a wrong one is corrected by a new attempt, so the count of attempts stays true.
 */
public final class Contactmoment {

    public static final String SOORT = "contactmoment";

    private Contactmoment() {
    }

    /**
     * How the contact was attempted: at home, by phone or video, at a location, a visit in the cell complex or an
     * institution (clinic, shelter), a message (letter, app), or the police's own conversation with the UHG, which only
     * the police record.
     */
    @org.eclipse.microprofile.graphql.Name("Contactvorm")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Contactvorm")
    public enum Vorm {
        HUISBEZOEK, TELEFOON, VIDEO, GESPREK_OP_LOCATIE, BEZOEK_CELCOMPLEX, BEZOEK_INSTELLING, BERICHT, POLITIEGESPREK, ANDERS
    }

    /** How far a reached person cooperates. */
    @org.eclipse.microprofile.graphql.Name("Medewerking")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Medewerking")
    public enum Medewerking {
        JA, DEELS, NEE
    }

    /** A new contact attempt; {@code medewerking} when the person was reached, and only then. */
    @Schema(name = "ContactmomentInput")
    @Input("ContactmomentInput")
    public record Vastlegging(@NotNull UUID betrokkeneId, @NotNull LocalDate datum, @NotNull Vorm vorm,
            @NotNull Boolean bereikt, Medewerking medewerking) {
    }

    /**
     * A contact attempt as stored and read (category HULPVERLENING of the person). Who recorded it is withheld (null,
     * its category in {@code onthouden}) where naming the author reveals an involvement the reader may not see.
     */
    @Schema(name = "Contactmoment")
    @Type("Contactmoment")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull LocalDate datum,
            @NotNull Vorm vorm, @NotNull boolean bereikt, Medewerking medewerking, String vastgelegdDoor,
            Organisatie organisatie, @NotNull Instant vastgelegdOp,
            @NotNull List<@NotNull Categorie> onthouden) implements nl.thvhub.platform.Herleesbaar {

        /** The contact as this reader may see it (the author by the policy file's {@code onthulling.auteur}). */
        public View voor(Besluit besluit) {
            return besluit.auteurOnthouden(organisatie == null ? null : organisatie.name(), betrokkeneId)
                    .map(c -> new View(id, huisverbodId, betrokkeneId, datum, vorm, bereikt, medewerking, null, null,
                            vastgelegdOp, List.of(c)))
                    .orElse(this);
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
