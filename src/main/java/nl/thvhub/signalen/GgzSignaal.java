package nl.thvhub.signalen;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.thvhub.huisverbod.GgzBetrokkenheid;

/**
 * The GGZ flag a GGZ worker sets for a person of the case. The shape is closed on purpose: unknown fields are refused,
 * so a diagnosis or treatment detail cannot be sent along.
 */
public final class GgzSignaal {

    private GgzSignaal() {
    }

    /** The contact at the institution: a role and a phone number, no name. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ContactpersoonInput")
    public record Contactpersoon(@NotBlank @Size(max = 100) String rol,
            @NotBlank @Pattern(regexp = "^\\+?[0-9 -]{8,20}$", message = "een telefoonnummer, bijvoorbeeld 020-1234567") String telefoon) {
    }

    /** The flag for one person (UHG or achterblijver). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InstellingInput")
    public record Instelling(@NotNull UUID betrokkeneId, @NotNull GgzBetrokkenheid betrokkenheid,
            @Size(max = 200) String instelling,
            @Valid Contactpersoon contactpersoon) {
    }
}
