package nl.thvhub.uhg.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/**
 * At the end of retention: where the UHG stayed, why shelter was decided so and what was asked of and answered by the
 * police are erased with the case.
 */
@ApplicationScoped
public class UhgWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        Tuple t = Tuple.of((Object) zaken);
        return sql.preparedQuery("update verblijf_uhg set adres = null, bron = 'VERWIJDERD' where huisverbod_id = any($1)")
                .execute(t)
                .chain(() -> sql.preparedQuery("update opvangbesluit set reden = 'VERWIJDERD' where huisverbod_id = any($1)")
                        .execute(t))
                .chain(() -> sql.preparedQuery("update politieverzoek set toelichting = 'VERWIJDERD', antwoord = case when"
                        + " antwoord is null then null else 'VERWIJDERD' end where huisverbod_id = any($1)").execute(t))
                .chain(() -> sql.preparedQuery("update ggzvraag set vraag = null where huisverbod_id = any($1)").execute(t))
                .replaceWithVoid();
    }
}
