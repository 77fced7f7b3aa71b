package nl.thvhub.zorg;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/** One version of a care document: who wrote it and when (its content is the document of that version). */
@Schema(name = "Documentversie")
@Type("Documentversie")
public record Versie(@NotNull int versie, @NotNull String gewijzigdDoor, @NotNull Organisatie organisatie,
        @NotNull Instant gewijzigdOp) {
}
