package nl.thvhub.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/** A grant as the FG reviews it. */
public record Noodtoegang(@NotNull UUID id, @NotNull UUID huisverbodId, String gebruiker, @NotNull Rol rol,
        @NotNull Organisatie organisatie, String reden, @NotNull Instant verleendOp, @NotNull Instant verlooptOp,
        Instant beoordeeldOp, String beoordeeldDoor, NoodtoegangUitkomst uitkomst,
        String oordeel) implements nl.thvhub.platform.Herleesbaar {

    public static final String SOORT = "noodtoegang";

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public nl.thvhub.platform.Herlezing herlezing() {
        return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
    }
}
