package nl.thvhub.privacy.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;

/**
 * Port through which privacy asks the case feature about a case without knowing it: implemented by the feature that
 * owns cases, so the dependency points downwards (feature → privacy).
 */
public interface ZaakOpzoeker {

    /** The facts of the case a data subject belongs to, for this reader, if the subject exists. */
    Uni<Optional<Zaakfeiten>> vanBetrokkene(SqlClient sql, UUID betrokkeneId, Actor lezer, String doel, Instant now);

    /** The facts of one case (subjects, assignments, this reader's consents), if it exists. */
    Uni<Optional<Zaakfeiten>> vanZaak(SqlClient sql, UUID zaakId, Actor lezer, String doel, Instant now);
}
