package nl.thvhub.huisverbod.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.service.ZaakstatusBron;

/**
 * Tells the access report whether a subject's case is still open: the THV not closed or withdrawn, or a criminal track
 * whose latest afdoening has no final decision yet (the conservative choice: defer rather than disclose).
 */
@ApplicationScoped
public class ZaakstatusVoorAudit implements ZaakstatusBron {

    @Override
    public Uni<Optional<Zaakstatus>> vanBetrokkene(SqlClient sql, UUID betrokkeneId) {
        return sql
                .preparedQuery(
                        """
                                select h.id, h.afgesloten_op is null and h.ingetrokken_op is null as open,
                                  h.strafrechtelijk_traject and coalesce((select a.beslissing is null from afdoening a where a.huisverbod_id = h.id
                                                                          order by a.versie desc limit 1), true) as strafrechtelijk_traject
                                from betrokkene b join huisverbod h on h.id = b.huisverbod_id where b.id = $1
                                """)
                .execute(Tuple.of(betrokkeneId)).map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional
                            .of(new Zaakstatus(r.getUUID("id"), r.getBoolean("open"), r.getBoolean("strafrechtelijk_traject")));
                });
    }
}
