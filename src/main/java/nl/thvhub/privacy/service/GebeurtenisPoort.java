package nl.thvhub.privacy.service;

import java.time.Instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;

/**
 * Port through which privacy announces its one event into the notifications outbox, in the caller's transaction; one
 * method per event, so no event type travels as a string.
 */
public interface GebeurtenisPoort {

    /** A consent about a person of this case was withdrawn. */
    Uni<Void> toestemmingIngetrokken(SqlClient sql, Zaakfeiten zaak, Actor afzender, Instant tijdstip);
}
