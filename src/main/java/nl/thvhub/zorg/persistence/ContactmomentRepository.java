package nl.thvhub.zorg.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
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
import nl.thvhub.zorg.Contactmoment;

/**
 * SQL for contact attempts, and the claim of cases whose UHG nobody reached in time for their one announcement
 * (table zorgmelding, whose key makes the claim exactly-once across instances).
 */
@ApplicationScoped
public class ContactmomentRepository {

    public Uni<Void> insert(SqlClient sql, Contactmoment.View c) {
        return Parameters.met("id", c.id()).en("zaak", c.huisverbodId()).en("betrokkene", c.betrokkeneId())
                .en("datum", c.datum()).en("vorm", c.vorm()).en("bereikt", c.bereikt()).en("medewerking", c.medewerking())
                .en("door", c.vastgelegdDoor()).en("organisatie", c.organisatie()).en("op", c.vastgelegdOp())
                .voerUit(sql, """
                        insert into contactmoment (id, huisverbod_id, betrokkene_id, datum, vorm, bereikt, medewerking, door,
                          organisatie, vastgelegd_op)
                        values (#{id}, #{zaak}, #{betrokkene}, #{datum}, #{vorm}, #{bereikt}, #{medewerking}, #{door},
                          #{organisatie}, #{op})
                        """).replaceWithVoid();
    }

    public Uni<List<Contactmoment.View>> list(SqlClient sql, UUID zaak) {
        return sql.preparedQuery("select * from contactmoment where huisverbod_id = $1 order by datum desc, vastgelegd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, ContactmomentRepository::map));
    }

    /**
     * Claims, at most {@code limiet} at a time, the running cases imposed between {@code sinds} and {@code grens} with a
     * UHG no contact attempt reached, not announced before; the lower bound keeps a first deployment from announcing
     * every old case at once.
     */
    public Uni<List<UUID>> claimUhgNietBereikt(SqlClient sql, Instant sinds, Instant grens, Instant now, int limiet) {
        return sql.preparedQuery("""
                insert into zorgmelding (huisverbod_id, soort, gemeld_op)
                select h.id, 'UHG_NIET_BEREIKT', $3 from huisverbod h
                where h.opgelegd_op > $1 and h.opgelegd_op <= $2 and h.afgesloten_op is null and h.ingetrokken_op is null
                  and exists (select 1 from betrokkene b where b.huisverbod_id = h.id and b.rol = 'UITHUISGEPLAATSTE'
                                and not exists (select 1 from contactmoment c where c.betrokkene_id = b.id and c.bereikt))
                  and not exists (select 1 from zorgmelding m where m.huisverbod_id = h.id and m.soort = 'UHG_NIET_BEREIKT')
                limit $4
                on conflict do nothing
                returning huisverbod_id
                """).execute(Tuple.of(odt(sinds), odt(grens), odt(now), limiet))
                .map(rows -> Rijen.alle(rows, r -> r.getUUID("huisverbod_id")));
    }

    private static Contactmoment.View map(Row r) {
        String m = r.getString("medewerking");
        return new Contactmoment.View(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getUUID("betrokkene_id"),
                r.getLocalDate("datum"), Contactmoment.Vorm.valueOf(r.getString("vorm")), r.getBoolean("bereikt"),
                m == null ? null : Contactmoment.Medewerking.valueOf(m), r.getString("door"),
                Organisatie.valueOf(r.getString("organisatie")), r.getOffsetDateTime("vastgelegd_op").toInstant(),
                java.util.List.of());
    }
}
