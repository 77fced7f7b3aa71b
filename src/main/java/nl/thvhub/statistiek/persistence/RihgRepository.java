package nl.thvhub.statistiek.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.statistiek.Rihg;

/** SQL for the registered RiHGs: written once, read back by the organisation that registered them. */
@ApplicationScoped
public class RihgRepository {

    public Uni<Void> insert(SqlClient sql, Rihg.View r) {
        return Parameters.met("id", r.id()).en("datum", r.datum()).en("gemeente", r.gemeente()).en("wijk", r.wijk())
                .en("door", r.door()).en("uitkomst", r.uitkomst()).en("zaak", r.huisverbodId())
                .en("geregistreerdDoor", r.geregistreerdDoor()).en("organisatie", r.organisatie()).en("op", r.vastgelegdOp())
                .voerUit(sql, """
                        insert into rihg (id, datum, gemeente, wijk, door, uitkomst, huisverbod_id, geregistreerd_door,
                          organisatie, vastgelegd_op)
                        values (#{id}, #{datum}, #{gemeente}, #{wijk}, #{door}, #{uitkomst}, #{zaak}, #{geregistreerdDoor},
                          #{organisatie}, #{op})
                        """)
                .replaceWithVoid();
    }

    /** A RiHG registered by this organisation; another organisation's is as absent as an unknown one. */
    public Uni<Optional<Rihg.View>> find(SqlClient sql, UUID id, Organisatie organisatie) {
        return sql.preparedQuery("select * from rihg where id = $1 and organisatie = $2")
                .execute(Tuple.of(id, organisatie.name())).map(rows -> Rijen.eerste(rows, RihgRepository::map));
    }

    private static Rihg.View map(Row r) {
        return new Rihg.View(r.getUUID("id"), r.getLocalDate("datum"), Gemeente.valueOf(r.getString("gemeente")),
                r.getString("wijk"), Rihg.Door.valueOf(r.getString("door")), Rihg.Uitkomst.valueOf(r.getString("uitkomst")),
                r.getUUID("huisverbod_id"), r.getString("geregistreerd_door"), Organisatie.valueOf(r.getString("organisatie")),
                r.getOffsetDateTime("vastgelegd_op").toInstant());
    }
}
