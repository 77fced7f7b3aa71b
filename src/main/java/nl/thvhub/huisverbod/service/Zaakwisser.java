package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * The port through which retention erases what a feature keeps about cases (issue 30, step 3): each feature that stores
 * personal data about a case implements it in its own persistence package, so the case module's retention job names no
 * table of a feature above it. Both methods run in the job's transaction: all of it is erased, or none.
 */
public interface Zaakwisser {

    /** Erases this feature's personal data about these cases; what statistics count stays. */
    Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now);

    /** Ages out what this feature keeps outside any case and is older than {@code grens}. */
    default Uni<Void> deleteZonderZaak(SqlClient sql, Instant grens) {
        return Uni.createFrom().voidItem();
    }
}
