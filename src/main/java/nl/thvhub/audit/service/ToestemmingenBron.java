package nl.thvhub.audit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Port through which the access report (AVG art. 15) lists every consent about a data subject and who recorded it. */
public interface ToestemmingenBron {

    /** One consent about the subject as the access report shows it: what, to whom, how obtained, recorded by whom. */
    @Schema(name = "InzageToestemming")
    record Toestemming(@NotNull String categorie, @NotNull String ontvanger, @NotNull String doel, @NotNull String vorm,
            String formulierReferentie, LocalDate gehoordOp, String gehoordDoor, @NotNull Instant geldigVan,
            @NotNull Instant geldigTot, @NotNull String vastgelegdDoor, @NotNull String vastgelegdOrganisatie,
            Instant ingetrokkenOp) {
    }

    Uni<List<Toestemming>> vanBetrokkene(SqlClient sql, UUID betrokkeneId);
}
