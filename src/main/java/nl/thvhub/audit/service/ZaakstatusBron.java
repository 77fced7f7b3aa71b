package nl.thvhub.audit.service;

import java.util.Optional;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** Port through which the access report learns whether a subject's case (or its criminal track) is still open. */
public interface ZaakstatusBron {

    /** Whether the THV case is still open, and whether its criminal track is still open. */
    record Zaakstatus(UUID huisverbodId, boolean zaakOpen, boolean strafzaakOpen) {
    }

    Uni<Optional<Zaakstatus>> vanBetrokkene(SqlClient sql, UUID betrokkeneId);
}
