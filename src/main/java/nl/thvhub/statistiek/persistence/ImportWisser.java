package nl.thvhub.statistiek.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.service.Zaakwisser;

/** Retention of imported history: the persons of an old imported THV go; the THV itself stays (it is only counted). */
@ApplicationScoped
public class ImportWisser implements Zaakwisser {

    @Override
    public Uni<Void> deleteZaken(SqlClient sql, UUID[] zaken, Instant now) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> deleteZonderZaak(SqlClient sql, Instant grens) {
        return sql.preparedQuery("""
                delete from historisch_betrokkene hb using historisch_huisverbod hh
                where hb.huisverbod_id = hh.id and hh.opgelegd_op < $1
                """).execute(Tuple.of(odt(grens))).replaceWithVoid();
    }
}
