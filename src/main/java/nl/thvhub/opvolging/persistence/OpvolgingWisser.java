package nl.thvhub.opvolging.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/**
 * Retention of the follow-through: the check-ins' text and relapse signals go, their dates and outcomes stay; the
 * Reclassering advice's text goes, that it was asked and delivered stays. (The monitoring report and the care advice are
 * care documents: zorg's retention removes them.)
 */
@ApplicationScoped
public class OpvolgingWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        Tuple t = Tuple.of((Object) zaken);
        return sql
                .preparedQuery(
                        "update peilmoment set toelichting = null, terugval_signalen = '{}' where huisverbod_id = any($1)")
                .execute(t)
                .chain(() -> sql.preparedQuery(
                        "update reclasseringsadvies set advies = 'VERWIJDERD' where huisverbod_id = any($1) and advies is not null")
                        .execute(t))
                .replaceWithVoid();
    }
}
