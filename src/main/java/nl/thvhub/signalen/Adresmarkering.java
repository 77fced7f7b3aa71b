package nl.thvhub.signalen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An address marked for repeated domestic violence (recommendation 1b), and what a lookup may learn of it. */
public final class Adresmarkering {

    private Adresmarkering() {
    }

    /** The OM's agreement with the marker: its reference and date. */
    @Schema(name = "OmInstemming")
    @Input("OmInstemmingInput")
    public record OmInstemming(@NotBlank @Size(max = 100) String kenmerk, @NotNull LocalDate datum) {
    }

    /** A new marker by the police. */
    @Schema(name = "AdresmarkeringInput")
    @Input("AdresmarkeringInput")
    public record Plaatsing(
            @NotNull @Pattern(regexp = Postcode.PATROON, message = Postcode.UITLEG) String postcode,
            @NotNull @Pattern(regexp = "^[1-9][0-9]{0,4}$", message = "een huisnummer (cijfers)") String huisnummer,
            @Size(max = 10) @Pattern(regexp = "^[0-9A-Za-z -]*$", message = "letters, cijfers, spatie of streepje") String toevoeging,
            @NotBlank @Size(max = 1000) String reden, @NotNull LocalDate geldigTot,
            @NotBlank @Size(max = 100) String beoordeeldDoor,
            @NotNull @Valid OmInstemming omInstemming) {
    }

    /** The stored marker, for the police role that placed it. */
    @Schema(name = "Adresmarkering")
    @Type("Adresmarkering")
    public record View(@NotNull UUID id, @NotNull String postcode, @NotNull String huisnummer, String toevoeging,
            @NotNull String reden, @NotNull Instant geldigVan, @NotNull LocalDate geldigTot, @NotNull String beoordeeldDoor,
            @NotNull OmInstemming omInstemming) implements nl.thvhub.platform.Herleesbaar {

        public static final String SOORT = "adresmarkering";

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, null, id);
        }
    }

    /** A lookup in the body, so the address never lands in a URL (proxy and access logs, browser history). */
    @Schema(name = "AdresmarkeringZoekvraag")
    public record Zoekvraag(@NotNull String postcode, @NotNull String huisnummer,
            String toevoeging) {
    }

    /** What a lookup answers: only whether a valid marker exists and since when. */
    @Schema(name = "AdresmarkeringOpvraging")
    @Name("AdresmarkeringOpvraging")
    public record Opvraging(@NotNull boolean gemarkeerd, LocalDate sinds) {
    }
}
