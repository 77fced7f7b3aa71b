package nl.thvhub.signalen.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.security.Actor;

/** SQL for the GGZ flag of a person in a case: one row per person, replaced on each change. */
@ApplicationScoped
public class GgzSignaalRepository {

    public Uni<Void> upsert(SqlClient sql, UUID zaakId, Huisverbod.GgzSignaal s, Actor actor) {
        return sql.preparedQuery("""
                insert into ggz_signaal (huisverbod_id, betrokkene_id, betrokkenheid, instelling, contact_rol, contact_telefoon,
                  gewijzigd_door, gewijzigd_op)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                on conflict (huisverbod_id, betrokkene_id) do update set betrokkenheid = excluded.betrokkenheid,
                  instelling = excluded.instelling, contact_rol = excluded.contact_rol,
                  contact_telefoon = excluded.contact_telefoon, gewijzigd_door = excluded.gewijzigd_door,
                  gewijzigd_op = excluded.gewijzigd_op
                """).execute(Tuple.tuple().addUUID(zaakId).addUUID(s.betrokkeneId()).addString(s.betrokkenheid().name())
                .addString(s.instelling()).addString(s.contactRol()).addString(s.contactTelefoon())
                .addString(actor.gebruikersnaam()).addOffsetDateTime(odt(s.gewijzigdOp())))
                .replaceWithVoid();
    }
}
