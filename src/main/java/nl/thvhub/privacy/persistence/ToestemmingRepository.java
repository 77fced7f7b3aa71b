package nl.thvhub.privacy.persistence;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Toestemming;
import nl.thvhub.privacy.Toestemmingsvorm;

/** SQL for the consent registry; whether a consent is valid is computed for the moment it is read. */
@ApplicationScoped
public class ToestemmingRepository {

    /** How a consent was obtained: a form reference, or the day and the person who heard it. */
    public record Herkomst(String formulierReferentie, LocalDate gehoordOp, String gehoordDoor) {
    }

    public Uni<Void> insert(SqlClient sql, UUID id, UUID zaakId, UUID betrokkeneId, Categorie categorie,
            Organisatie ontvanger, String doel, Toestemmingsvorm vorm, Herkomst herkomst, Instant now, Instant geldigTot,
            Actor actor) {
        return Parameters.met("id", id).en("zaak", zaakId).en("betrokkene", betrokkeneId).en("categorie", categorie)
                .en("ontvanger", ontvanger).en("doel", doel).en("vorm", vorm).en("nu", now).en("geldigTot", geldigTot)
                .en("door", actor.gebruikersnaam()).en("rol", actor.rol().code())
                .en("formulier", herkomst.formulierReferentie()).en("gehoordOp", herkomst.gehoordOp())
                .en("gehoordDoor", herkomst.gehoordDoor()).en("organisatie", actor.organisatie())
                .voerUit(sql,
                        """
                                insert into toestemming (id, huisverbod_id, betrokkene_id, categorie, ontvanger, doel, vorm, geldig_van,
                                  geldig_tot, vastgelegd_door, vastgelegd_rol, vastgelegd_op, formulier_referentie, gehoord_op, gehoord_door,
                                  vastgelegd_organisatie)
                                values (#{id}, #{zaak}, #{betrokkene}, #{categorie}, #{ontvanger}, #{doel}, #{vorm}, #{nu}, #{geldigTot},
                                  #{door}, #{rol}, #{nu}, #{formulier}, #{gehoordOp}, #{gehoordDoor}, #{organisatie})
                                """)
                .replaceWithVoid();
    }

    /**
     * Consents recorded for the recorder's own organisation, newest first: the FG's review list (recording consent is
     * part of the job, recording it for oneself must be accountable).
     */
    public Uni<List<Toestemming>> listEigenOrganisatie(SqlClient sql, int limiet, Instant now) {
        return sql.preparedQuery("""
                select * from toestemming where ontvanger = vastgelegd_organisatie order by vastgelegd_op desc limit $1
                """).execute(Tuple.of(limiet)).map(rows -> Rijen.alle(rows, r -> map(r, now)));
    }

    public Uni<Void> withdraw(SqlClient sql, UUID id, Instant now, String door, String reden) {
        return sql.preparedQuery(
                "update toestemming set ingetrokken_op = $2, ingetrokken_door = $3, intrekking_reden = $4 where id = $1")
                .execute(Tuple.of(id, odt(now), door, reden)).replaceWithVoid();
    }

    public Uni<Optional<Toestemming>> find(SqlClient sql, UUID id, Instant now) {
        return sql.preparedQuery("select * from toestemming where id = $1").execute(Tuple.of(id))
                .map(rows -> Rijen.eerste(rows, r -> map(r, now)));
    }

    public Uni<List<Toestemming>> listVoorBetrokkene(SqlClient sql, UUID betrokkeneId, Instant now) {
        return sql.preparedQuery("select * from toestemming where betrokkene_id = $1 order by vastgelegd_op desc")
                .execute(Tuple.of(betrokkeneId)).map(rows -> Rijen.alle(rows, r -> map(r, now)));
    }

    /** The subject a consent is about (to read it again through the subject's case). */
    public Uni<Optional<UUID>> findBetrokkene(SqlClient sql, UUID id) {
        return sql.preparedQuery("select betrokkene_id from toestemming where id = $1").execute(Tuple.of(id))
                .map(rows -> Rijen.eerste(rows, r -> r.getUUID("betrokkene_id")));
    }

    private static Toestemming map(Row r, Instant now) {
        Instant van = instant(r.getOffsetDateTime("geldig_van"));
        Instant tot = instant(r.getOffsetDateTime("geldig_tot"));
        Instant in = instant(r.getOffsetDateTime("ingetrokken_op"));
        boolean geldig = in == null && !van.isAfter(now) && (tot == null || tot.isAfter(now));
        return new Toestemming(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getUUID("betrokkene_id"),
                Categorie.valueOf(r.getString("categorie")), Organisatie.valueOf(r.getString("ontvanger")),
                r.getString("doel"), Toestemmingsvorm.valueOf(r.getString("vorm")), r.getString("formulier_referentie"),
                r.getLocalDate("gehoord_op"), r.getString("gehoord_door"), van, tot, r.getString("vastgelegd_door"),
                Rol.uitCode(r.getString("vastgelegd_rol")), Organisatie.valueOf(r.getString("vastgelegd_organisatie")), in,
                r.getString("ingetrokken_door"), geldig);
    }
}
