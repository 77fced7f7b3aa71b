package nl.thvhub.zorg.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.zorg.Gesprek;

/** SQL for the conversation records of a case: written once, read newest first. */
@ApplicationScoped
public class GesprekRepository {

    public Uni<Void> insert(SqlClient sql, Gesprek.View g) {
        return Parameters.met("id", g.id()).en("zaak", g.huisverbodId()).en("soort", g.soort()).en("datum", g.datum())
                .en("betrokkenen", g.deelnemers().betrokkenen().toArray(UUID[]::new))
                .en("organisaties", g.deelnemers().organisaties().stream().map(Enum::name).toArray(String[]::new))
                .en("verslag", g.verslag()).en("door", g.vastgelegdDoor()).en("organisatie", g.organisatie())
                .en("op", g.vastgelegdOp())
                .voerUit(sql, """
                        insert into gesprek (id, huisverbod_id, soort, datum, betrokkenen, organisaties, verslag, door,
                          organisatie, vastgelegd_op)
                        values (#{id}, #{zaak}, #{soort}, #{datum}, #{betrokkenen}::uuid[], #{organisaties}::varchar[],
                          #{verslag}, #{door}, #{organisatie}, #{op})
                        """).replaceWithVoid();
    }

    public Uni<List<Gesprek.View>> list(SqlClient sql, UUID zaak) {
        return sql.preparedQuery("select * from gesprek where huisverbod_id = $1 order by datum desc, vastgelegd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, GesprekRepository::map));
    }

    private static Gesprek.View map(Row r) {
        return new Gesprek.View(r.getUUID("id"), r.getUUID("huisverbod_id"), Gesprek.Soort.valueOf(r.getString("soort")),
                r.getLocalDate("datum"),
                new Gesprek.Deelnemers(Arrays.asList(r.getArrayOfUUIDs("betrokkenen")),
                        Arrays.stream(r.getArrayOfStrings("organisaties")).map(Organisatie::valueOf).toList()),
                r.getString("verslag"), r.getString("door"), Organisatie.valueOf(r.getString("organisatie")),
                r.getOffsetDateTime("vastgelegd_op").toInstant());
    }
}
