package nl.thvhub.zorg;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The social network of one person (recommendation 3f): who can help keep the person safe (category NETWERK). */
public final class Netwerk {

    public static final String SOORT = "netwerk";

    private Netwerk() {
    }

    /** How the contact relates to the person. */
    @org.eclipse.microprofile.graphql.Name("Netwerkrelatie")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Netwerkrelatie")
    public enum Relatie {
        FAMILIE, VRIEND, BUUR, WERK, ANDERS
    }

    /** One contact as the writer records it. */
    @Schema(name = "NetwerkcontactInput")
    @Input("NetwerkcontactInput")
    public record ContactInvoer(@NotNull Relatie relatie, @NotBlank @Size(max = 200) String naam,
            @Size(max = 20) @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$", message = "een telefoonnummer (cijfers, spatie, +, -, haakjes)") String telefoon,
            @Size(max = 500) String rolInVeiligheidsplan) {
    }

    /** The whole network of the person (a PUT replaces it). */
    @Schema(name = "NetwerkInput")
    @Input("NetwerkInput")
    public record Vastlegging(@NotNull @Size(max = 30) List<@NotNull @Valid ContactInvoer> contacten) {
    }

    /** One contact as stored. */
    @Schema(name = "Netwerkcontact")
    @Type("Netwerkcontact")
    public record Contact(@NotNull Relatie relatie, @NotNull String naam, String telefoon, String rolInVeiligheidsplan) {
    }

    /** The network of one person. Version 0 with no contacts: not written yet. */
    @Schema(name = "Netwerk")
    @Type("Netwerk")
    public record View(@NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull int versie,
            @NotNull List<@NotNull Contact> contacten, @NotNull List<@NotNull Versie> versies)
            implements
                nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, betrokkeneId);
        }
    }
}
