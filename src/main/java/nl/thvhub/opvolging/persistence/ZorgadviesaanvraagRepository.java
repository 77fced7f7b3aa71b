package nl.thvhub.opvolging.persistence;

import static nl.thvhub.platform.Tijd.instant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.PgFouten;
import nl.thvhub.platform.sql.Rijen;

/** SQL for ZSM's requests for the care advice: one open per case, answered by the advice. */
@ApplicationScoped
public class ZorgadviesaanvraagRepository {

    /** A second open request raced the first. */
    static final String OPEN_UNIEK = "zorgadviesaanvraag_open";

    public Uni<Void> insert(SqlClient sql, UUID id, UUID zaakId, Zorgadvies.Aanvraag a, String vraag, Actor actor,
            Instant now) {
        return Parameters.met("id", id).en("zaak", zaakId).en("termijn", a.termijn()).en("vraag", vraag)
                .en("door", actor.gebruikersnaam()).en("org", actor.organisatie()).en("op", now)
                .voerUit(sql, """
                        insert into zorgadviesaanvraag (id, huisverbod_id, termijn, vraag, gevraagd_door, gevraagd_organisatie,
                          gevraagd_op)
                        values (#{id}, #{zaak}, #{termijn}, #{vraag}, #{door}, #{org}, #{op})
                        """)
                .onFailure(e -> PgFouten.uniekGeschonden(e, OPEN_UNIEK))
                .transform(e -> ProblemException.conflict("Er staat al een vraag om de zorginbreng open.", null, List.of()))
                .replaceWithVoid();
    }

    /** The open request of a case, if any. */
    public Uni<Optional<Zorgadvies.AanvraagView>> open(SqlClient sql, UUID zaakId) {
        return Parameters.met("zaak", zaakId).query(sql,
                "select * from zorgadviesaanvraag where huisverbod_id = #{zaak} and beantwoord_op is null")
                .map(rows -> Rijen.alle(rows, ZorgadviesaanvraagRepository::map).stream().findFirst());
    }

    /** Marks the open request of a case answered by the advice just given; returns it, if there was one. */
    public Uni<Optional<Zorgadvies.AanvraagView>> answer(SqlClient sql, UUID zaakId, Actor actor, Instant now) {
        return Parameters.met("zaak", zaakId).en("door", actor.gebruikersnaam()).en("op", now).query(sql, """
                update zorgadviesaanvraag set beantwoord_door = #{door}, beantwoord_op = #{op}
                where huisverbod_id = #{zaak} and beantwoord_op is null returning *
                """).map(rows -> Rijen.alle(rows, ZorgadviesaanvraagRepository::map).stream().findFirst());
    }

    private static Zorgadvies.AanvraagView map(Row r) {
        return new Zorgadvies.AanvraagView(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getLocalDate("termijn"),
                r.getString("vraag"), r.getString("gevraagd_door"), instant(r.getOffsetDateTime("gevraagd_op")),
                r.getString("beantwoord_door"), instant(r.getOffsetDateTime("beantwoord_op")));
    }
}
