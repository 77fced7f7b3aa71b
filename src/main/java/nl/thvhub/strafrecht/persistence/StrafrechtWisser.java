package nl.thvhub.strafrecht.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/** Retention of the criminal track: the Reclassering advice's text goes; that it was asked and delivered stays. */
@ApplicationScoped
public class StrafrechtWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        return sql.preparedQuery(
                "update reclasseringsadvies set advies = 'VERWIJDERD' where huisverbod_id = any($1) and advies is not null")
                .execute(Tuple.of((Object) zaken)).replaceWithVoid();
    }
}
