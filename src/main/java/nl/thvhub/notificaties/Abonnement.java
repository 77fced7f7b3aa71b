package nl.thvhub.notificaties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A subscription as its owner sees it. {@code geheim} (the {@code whsec_} signing secret) is filled only in the answer
 * to creating the subscription or rotating its secret, and never again; {@code vorigGeheimGeldigTot} says until when a
 * rotated-out secret still signs deliveries.
 */
public record Abonnement(@NotNull UUID id, @NotNull String callbackUrl, @NotNull List<@NotNull NotificatieType> events,
        @NotNull boolean actief, @NotNull Instant aangemaaktOp, String geheim, Instant vorigGeheimGeldigTot)
        implements
            nl.thvhub.platform.Herleesbaar {

    public static final String SOORT = "abonnement";

    /**
     * An {@code Idempotency-Key} keeps only this reference, never the secret: a replay of the creation or rotation reads
     * the subscription again without it (a lost secret is replaced by rotating).
     */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.graphql.Ignore
    public nl.thvhub.platform.Herlezing herlezing() {
        return new nl.thvhub.platform.Herlezing(SOORT, null, id);
    }

    /** The same subscription with its new secret, for the one answer that shows it. */
    public Abonnement metGeheim(String nieuw) {
        return new Abonnement(id, callbackUrl, events, actief, aangemaaktOp, nieuw, vorigGeheimGeldigTot);
    }
}
