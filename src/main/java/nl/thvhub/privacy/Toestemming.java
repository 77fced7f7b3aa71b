package nl.thvhub.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * A consent with its history and its provenance: how it was obtained ({@code formulierReferentie} for a written consent;
 * {@code gehoordOp} and {@code gehoordDoor} for an oral one; null on consents recorded before that was asked) and which
 * organisation recorded it.
 */
public record Toestemming(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull UUID betrokkeneId,
        @NotNull Categorie categorie, @NotNull Organisatie ontvanger, @NotNull String doel, @NotNull Toestemmingsvorm vorm,
        String formulierReferentie, java.time.LocalDate gehoordOp, String gehoordDoor,
        @NotNull Instant geldigVan, @NotNull Instant geldigTot, @NotNull String vastgelegdDoor, @NotNull Rol vastgelegdRol,
        @NotNull Organisatie vastgelegdOrganisatie, Instant ingetrokkenOp, String ingetrokkenDoor,
        @NotNull boolean geldig) implements nl.thvhub.platform.Herleesbaar {

    public static final String SOORT = "toestemming";

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.graphql.Ignore
    public nl.thvhub.platform.Herlezing herlezing() {
        return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
    }
}
