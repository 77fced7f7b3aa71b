package nl.thvhub.signalen.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/** Retention of the signals: violation texts and GGZ flags of erased cases; THV requests and address markers by age. */
@ApplicationScoped
public class SignalenWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        Tuple t = Tuple.of((Object) zaken);
        return sql.preparedQuery("""
                update overtreding set omschrijving = 'VERWIJDERD', beoordeling_reden = null,
                  vervolg_reden = case when vervolg_reden is null then null else 'VERWIJDERD' end
                where huisverbod_id = any($1)
                """).execute(t)
                .chain(() -> sql.preparedQuery("delete from ggz_signaal where huisverbod_id = any($1)").execute(t))
                .replaceWithVoid();
    }

    /** THV requests and address markers are not part of a case: they age out on their own dates. */
    @Override
    public Uni<Void> deleteZonderZaak(SqlClient sql, Instant grens) {
        return sql.preparedQuery("""
                update thv_aanvraag set onderbouwing = 'VERWIJDERD', postcode = null, huisnummer = null,
                  motivering = case when motivering is null then null else 'VERWIJDERD' end
                where aangevraagd_op < $1 and onderbouwing <> 'VERWIJDERD'
                """).execute(Tuple.of(odt(grens)))
                .chain(() -> sql.preparedQuery("delete from adresmarkering where geldig_tot < $1")
                        .execute(Tuple.of(LocalDate.ofInstant(grens, ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
