package nl.thvhub.zorg.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.zorg.Versie;
import nl.thvhub.zorg.Zorgdocument.Document;
import nl.thvhub.zorg.Zorgdocument.MetVersies;

/**
 * SQL for the versioned care documents (problem analysis and network per person, the plans per case): the current
 * version with its items, every version kept, and a write that names the version it replaces (optimistic locking).
 */
@ApplicationScoped
public class ZorgdocumentRepository {

    public Uni<Optional<Document>> findCurrent(SqlClient sql, UUID zaak, String soort, UUID sleutel) {
        return sql.preparedQuery("select * from zorgdocument where huisverbod_id = $1 and soort = $2 and sleutel = $3")
                .execute(Tuple.of(zaak, soort, sleutel)).map(rows -> Rijen.eerste(rows, r -> {
                    Object inhoud = r.getValue("inhoud");
                    JsonObject json = inhoud instanceof JsonObject j ? j : new JsonObject(String.valueOf(inhoud));
                    return new Document(r.getInteger("versie"), json.getJsonArray("items", new JsonArray()), versie(r));
                }));
    }

    /** The current version and the list of versions, as every read of a care document answers them. */
    public Uni<MetVersies> findWithVersions(SqlClient sql, UUID zaak, String soort, UUID sleutel) {
        return findCurrent(sql, zaak, soort, sleutel).chain(doc -> sql.preparedQuery("""
                select versie, gewijzigd_door, organisatie, gewijzigd_op, inhoud from zorgdocument_versie
                where huisverbod_id = $1 and soort = $2 and sleutel = $3 order by versie
                """).execute(Tuple.of(zaak, soort, sleutel)).map(rows -> new MetVersies(doc,
                Rijen.alle(rows, ZorgdocumentRepository::versie), Rijen.alle(rows, r -> {
                    Object inhoud = r.getValue("inhoud");
                    JsonObject json = inhoud instanceof JsonObject j ? j : new JsonObject(String.valueOf(inhoud));
                    return json.getJsonArray("items", new JsonArray());
                }))));
    }

    /**
     * Writes version {@code vorige + 1} (the first when {@code vorige} is 0) and keeps it in the versions; false when
     * another writer got there first, so the caller answers 412.
     */
    public Uni<Boolean> write(SqlClient sql, UUID zaak, String soort, UUID sleutel, int vorige, JsonArray items,
            Actor actor, Instant now) {
        JsonObject inhoud = new JsonObject().put("items", items);
        Tuple t = Tuple.tuple().addUUID(zaak).addString(soort).addUUID(sleutel).addInteger(vorige + 1).addValue(inhoud)
                .addString(actor.gebruikersnaam()).addString(actor.organisatie().name()).addOffsetDateTime(odt(now))
                .addInteger(vorige);
        String schrijf = vorige == 0
                ? """
                        insert into zorgdocument (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie, gewijzigd_op)
                        select $1, $2, $3, $4, $5, $6, $7, $8 where $9 = 0
                        on conflict do nothing
                        """
                : """
                        update zorgdocument set versie = $4, inhoud = $5, gewijzigd_door = $6, organisatie = $7, gewijzigd_op = $8
                        where huisverbod_id = $1 and soort = $2 and sleutel = $3 and versie = $9
                        """;
        return sql.preparedQuery(schrijf).execute(t).chain(rows -> rows.rowCount() != 1
                ? Uni.createFrom().item(false)
                : sql.preparedQuery(
                        """
                                insert into zorgdocument_versie (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie, gewijzigd_op)
                                values ($1, $2, $3, $4, $5, $6, $7, $8)
                                """)
                        .execute(Tuple.tuple().addUUID(zaak).addString(soort).addUUID(sleutel).addInteger(vorige + 1)
                                .addValue(inhoud).addString(actor.gebruikersnaam()).addString(actor.organisatie().name())
                                .addOffsetDateTime(odt(now)))
                        .replaceWith(true));
    }

    private static Versie versie(Row r) {
        return new Versie(r.getInteger("versie"), r.getString("gewijzigd_door"),
                Organisatie.valueOf(r.getString("organisatie")),
                r.getOffsetDateTime("gewijzigd_op").toInstant());
    }
}
