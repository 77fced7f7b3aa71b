package nl.thvhub.notificaties.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.notificaties.persistence.NotificatieBewaring;

/** Retention's door to the notifications: what they keep about erased cases goes, in the caller's transaction. */
@ApplicationScoped
public class Bewaring {

    private final NotificatieBewaring repository;

    public Bewaring(NotificatieBewaring repository) {
        this.repository = repository;
    }

    public Uni<Void> wisVoorZaken(SqlClient sql, UUID[] zaken) {
        return repository.deleteVoorZaken(sql, zaken);
    }
}
