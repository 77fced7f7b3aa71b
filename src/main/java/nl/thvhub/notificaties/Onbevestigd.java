package nl.thvhub.notificaties;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An unacknowledged notification as its sender's organisation sees it: to which role/organisation/wijk it went. */
@Schema(name = "OnbevestigdeNotificatie")
public record Onbevestigd(@NotNull UUID id, @NotNull NotificatieType type, UUID huisverbodId, @NotNull Instant tijdstip,
        String ontvangerRol, String ontvangerOrganisatie, String ontvangerWijk) {
}
