package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.privacy.Categorie;

/**
 * Work on one part of a case's record (feature zorg) through {@link Zaaktoegang#deel}: it gets the reader's decision to
 * ask per subject, and answers what it disclosed of whom, so the audit lines name exactly those subjects and categories.
 */
public interface Deelwerk<T> {

    Uni<Deel<T>> doe(SqlConnection conn, Inzage inzage, Instant now);

    /** The outcome of a part's work and the categories it showed per subject (audited one line per subject). */
    record Deel<T>(T waarde, Map<UUID, Set<Categorie>> getoond) {
    }
}
