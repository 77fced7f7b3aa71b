package nl.thvhub.zorg.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.zorg.Nazorg;

/** SQL for the care tracks after closing: one running track of each kind per case (a unique index), versioned. */
@ApplicationScoped
public class NazorgRepository {

    /** Inserts a track; false when one of its kind already runs on the case. */
    public Uni<Boolean> insert(SqlClient sql, Nazorg.View n, String door) {
        return Parameters.met("id", n.id()).en("zaak", n.huisverbodId()).en("soort", n.soort()).en("eigenaar", n.eigenaar())
                .en("organisatie", n.organisatie()).en("start", n.start()).en("evaluatie", n.evaluatieOp()).en("door", door)
                .en("op", n.gestartOp())
                .voerUit(sql, """
                        insert into nazorg (id, huisverbod_id, soort, eigenaar, organisatie, start, evaluatie_op, gestart_door,
                          gestart_op)
                        values (#{id}, #{zaak}, #{soort}, #{eigenaar}, #{organisatie}, #{start}, #{evaluatie}, #{door}, #{op})
                        on conflict do nothing
                        """)
                .map(n2 -> n2 == 1);
    }

    /** The case's tracks, newest first, each with its reviews, oldest first. */
    public Uni<List<Nazorg.View>> list(SqlClient sql, UUID zaak) {
        return sql.preparedQuery("select * from nazorg where huisverbod_id = $1 order by gestart_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, NazorgRepository::map))
                .chain(tracks -> sql.preparedQuery(
                        "select * from nazorg_evaluatie where huisverbod_id = $1 order by vastgelegd_op, id")
                        .execute(Tuple.of(zaak)).map(rows -> {
                            Map<UUID, List<Nazorg.Gehouden>> per = new HashMap<>();
                            rows.forEach(r -> per.computeIfAbsent(r.getUUID("nazorg_id"), k -> new ArrayList<>())
                                    .add(gehouden(r)));
                            return tracks.stream().map(t -> t.met(per.getOrDefault(t.id(), List.of()))).toList();
                        }));
    }

    /** Keeps a review held: when, what it found, the date it set. */
    public Uni<Void> evaluatie(SqlClient sql, Nazorg.View n, Nazorg.Gehouden g) {
        return Parameters.met("id", UUID.randomUUID()).en("nazorg", n.id()).en("zaak", n.huisverbodId())
                .en("gehouden", g.gehoudenOp()).en("volgende", g.volgendeEvaluatieOp()).en("toelichting", g.toelichting())
                .en("door", g.vastgelegdDoor()).en("op", g.vastgelegdOp())
                .voerUit(sql, """
                        insert into nazorg_evaluatie (id, nazorg_id, huisverbod_id, gehouden_op, volgende_evaluatie_op,
                          toelichting, vastgelegd_door, vastgelegd_op)
                        values (#{id}, #{nazorg}, #{zaak}, #{gehouden}, #{volgende}, #{toelichting}, #{door}, #{op})
                        """)
                .replaceWithVoid();
    }

    private static Nazorg.Gehouden gehouden(Row r) {
        return new Nazorg.Gehouden(r.getLocalDate("gehouden_op"), r.getLocalDate("volgende_evaluatie_op"),
                r.getString("toelichting"), r.getString("vastgelegd_door"), r.getOffsetDateTime("vastgelegd_op").toInstant());
    }

    public Uni<Optional<Nazorg.View>> find(SqlClient sql, UUID zaak, UUID id) {
        return sql.preparedQuery("select * from nazorg where huisverbod_id = $1 and id = $2 for update")
                .execute(Tuple.of(zaak, id)).map(rows -> Rijen.eerste(rows, NazorgRepository::map));
    }

    /** Sets the next review; false when the track changed since it was read. */
    public Uni<Boolean> evaluate(SqlClient sql, Nazorg.View n, java.time.LocalDate volgende) {
        return Parameters.met("id", n.id()).en("versie", n.versie()).en("volgende", volgende)
                .voerUit(sql, "update nazorg set evaluatie_op = #{volgende}, versie = versie + 1"
                        + " where id = #{id} and versie = #{versie} and einde_op is null")
                .map(r -> r == 1);
    }

    /** Ends the track; false when it changed or ended since it was read. */
    public Uni<Boolean> end(SqlClient sql, Nazorg.View n, Nazorg.Einde e, String toelichting, String door) {
        return Parameters.met("id", n.id()).en("versie", n.versie()).en("einde", e.einde()).en("uitkomst", e.uitkomst())
                .en("toelichting", toelichting).en("door", door)
                .voerUit(sql, """
                        update nazorg set einde_op = #{einde}, uitkomst = #{uitkomst}, toelichting = #{toelichting},
                          beeindigd_door = #{door}, versie = versie + 1
                        where id = #{id} and versie = #{versie} and einde_op is null
                        """)
                .map(r -> r == 1);
    }

    private static Nazorg.View map(Row r) {
        String uitkomst = r.getString("uitkomst");
        return new Nazorg.View(r.getUUID("id"), r.getUUID("huisverbod_id"), Nazorg.Soort.valueOf(r.getString("soort")),
                r.getString("eigenaar"), Organisatie.valueOf(r.getString("organisatie")), r.getLocalDate("start"),
                r.getLocalDate("evaluatie_op"), r.getLocalDate("einde_op"),
                uitkomst == null ? null : Nazorg.Uitkomst.valueOf(uitkomst), r.getString("toelichting"),
                r.getInteger("versie"), r.getOffsetDateTime("gestart_op").toInstant(), List.of());
    }
}
