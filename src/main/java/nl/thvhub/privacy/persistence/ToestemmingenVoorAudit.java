package nl.thvhub.privacy.persistence;

import static nl.thvhub.platform.Tijd.instant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.service.ToestemmingenBron;
import nl.thvhub.platform.sql.Rijen;

/** The consent registry's answer to the access report: every consent about a subject, withdrawn ones included. */
@ApplicationScoped
public class ToestemmingenVoorAudit implements ToestemmingenBron {

    @Override
    public Uni<List<Toestemming>> vanBetrokkene(SqlClient sql, UUID betrokkeneId) {
        return sql.preparedQuery("select * from toestemming where betrokkene_id = $1 order by vastgelegd_op desc")
                .execute(Tuple.of(betrokkeneId))
                .map(rows -> Rijen.alle(rows, r -> new Toestemming(r.getString("categorie"), r.getString("ontvanger"),
                        r.getString("doel"), r.getString("vorm"), r.getString("formulier_referentie"),
                        r.getLocalDate("gehoord_op"), r.getString("gehoord_door"), instant(r.getOffsetDateTime("geldig_van")),
                        instant(r.getOffsetDateTime("geldig_tot")), r.getString("vastgelegd_door"),
                        r.getString("vastgelegd_organisatie"), instant(r.getOffsetDateTime("ingetrokken_op")))));
    }
}
