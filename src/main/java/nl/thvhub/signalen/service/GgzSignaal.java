package nl.thvhub.signalen.service;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The GGZ flag a GGZ worker sets for a person of the case. The shape is closed on purpose: unknown fields are refused,
 * so a diagnosis or treatment detail cannot be sent along.
 */
public final class GgzSignaal {

    private GgzSignaal() {
    }

    /** Whether GGZ is involved with the person. */
    public enum Betrokkenheid {
        JA, VERMOEDEN, NEE
    }

    /** The contact at the institution: a role and a phone number, no name. */
    public record Contactpersoon(@NotBlank @Size(max = 100) String rol,
            @NotBlank @Pattern(regexp = "^\\+?[0-9 -]{8,20}$", message = "een telefoonnummer, bijvoorbeeld 020-1234567") String telefoon) {
    }

    /** The flag for one person (UHG or achterblijver). */
    public record Instelling(@NotNull UUID betrokkeneId, @NotNull Betrokkenheid betrokkenheid,
            @Size(max = 200) String instelling,
            @Valid Contactpersoon contactpersoon) {
    }
}
