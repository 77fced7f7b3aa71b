package nl.thvhub.zorg.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/**
 * Retention of the care record: documents and their versions go; referrals and contacts stay as counts without where
 * to (a referral's name, code or domain can say which care a person needs); the check-ins' text and relapse signals go,
 * their dates and outcomes stay; a conversation's report goes, that it took place stays.
 */
@ApplicationScoped
public class ZorgWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        Tuple t = Tuple.of((Object) zaken);
        return sql.preparedQuery("delete from zorgdocument where huisverbod_id = any($1)").execute(t)
                .chain(() -> sql.preparedQuery("delete from zorgdocument_versie where huisverbod_id = any($1)").execute(t))
                .chain(() -> sql.preparedQuery(
                        "update verwijzing set naar = 'VERWIJDERD', code = null, leefgebied = null where huisverbod_id = any($1)")
                        .execute(t))
                .chain(() -> sql.preparedQuery("update gesprek set verslag = null where huisverbod_id = any($1)").execute(t))
                .chain(() -> sql.preparedQuery("update nazorg set toelichting = null where huisverbod_id = any($1)").execute(t))
                .chain(() -> sql.preparedQuery("update nazorg_evaluatie set toelichting = null where huisverbod_id = any($1)")
                        .execute(t))
                .replaceWithVoid();
    }
}
