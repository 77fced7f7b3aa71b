package nl.thvhub.privacy.service;

import java.time.Instant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;

/** Port through which privacy emits events (consent withdrawn) into the notifications outbox, in the caller's transaction. */
public interface GebeurtenisPoort {

    Uni<Void> emit(SqlClient sql, String type, Zaakfeiten zaak, Actor afzender, Instant tijdstip);
}
