package nl.thvhub.notificaties.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.notificaties.Notificatie;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.Onbevestigd;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;

/** SQL for the inbox: notifications addressed to a user or to a role's queue, read, acknowledged and chased. */
@ApplicationScoped
public class NotificatieRepository {

    /** The sort key of an inbox row: unread first, then newest first, then id. */
    public record Sleutel(boolean gelezen, Instant aangemaakt, UUID id) {
    }

    /** An inbox row with its sort key (the cursor of a page is the key of its last row). */
    public record Rij(Notificatie notificatie, Sleutel sleutel) {
    }

    public Uni<Void> insert(SqlClient sql, UUID id, UUID eventId, String type, UUID zaakId, Instant tijdstip,
            String afzender, String gebruiker, String rol, String organisatie, String wijk, String gemeente, Instant now) {
        return Parameters.met("id", id).en("event", eventId).en("type", type).en("zaak", zaakId).en("tijdstip", tijdstip)
                .en("afzender", afzender).en("gebruiker", gebruiker).en("rol", rol).en("organisatie", organisatie)
                .en("wijk", wijk).en("gemeente", gemeente).en("nu", now)
                .voerUit(sql,
                        """
                                insert into notificatie (id, event_id, type, huisverbod_id, tijdstip, afzender_organisatie,
                                  ontvanger_gebruiker, ontvanger_rol, ontvanger_organisatie, ontvanger_wijk, ontvanger_gemeente,
                                  aangemaakt_op)
                                values (#{id}, #{event}, #{type}, #{zaak}, #{tijdstip}, #{afzender}, #{gebruiker}, #{rol}, #{organisatie},
                                  #{wijk}, #{gemeente}, #{nu})
                                """)
                .replaceWithVoid();
    }

    /**
     * One page of the reader's inbox ({@code limit} rows). One branch per way a notification can be addressed to this
     * reader (personally, or to its role's queue for any or its own organisation and wijk), each read in the order of
     * its index and cut at the page size, then merged: a queue with many thousands of notifications is never sorted whole.
     */
    public Uni<List<Rij>> inbox(SqlClient sql, Actor lezer, String type, Boolean bevestigd, Sleutel na, int limit) {
        Where where = new Where();
        String gebruiker = where.param(lezer.gebruikersnaam());
        String rol = where.param(lezer.rol().code());
        String organisatie = where.param(lezer.organisatie().name());
        String wijk = where.param(lezer.wijk() == null ? "" : lezer.wijk());
        StringBuilder filter = new StringBuilder();
        if (type != null) {
            filter.append(where.vul(" and n.type = ?", type));
        }
        if (bevestigd != null) {
            filter.append(bevestigd ? " and n.bevestigd_op is not null" : " and n.bevestigd_op is null");
        }
        if (na != null) {
            String g = where.param(na.gelezen());
            String a = where.param(odt(na.aangemaakt()));
            filter.append(" and ((n.bevestigd_op is not null) > " + g + " or ((n.bevestigd_op is not null) = " + g
                    + " and (n.aangemaakt_op < " + a + " or (n.aangemaakt_op = " + a + " and n.id > "
                    + where.param(na.id()) + "))))");
        }
        String orde = " order by (n.bevestigd_op is not null), n.aangemaakt_op desc, n.id limit " + where.param(limit);
        // a gemeente account acting for some gemeenten reads the shared queue of their cases only
        String gemeenten = lezer.gemeenten().isEmpty()
                ? ""
                : " and n.ontvanger_gemeente = any(" + where.param(gemeenten(lezer)) + "::varchar[])";
        List<String> takken = new ArrayList<>(List.of("n.ontvanger_gebruiker = " + gebruiker));
        for (String org : List.of("''", organisatie)) {
            // without a wijk the parameter is '' and one branch covers the queues for any wijk
            for (String w : lezer.wijk() == null ? List.of(wijk) : List.of("''", wijk)) {
                takken.add("n.ontvanger_gebruiker is null and n.ontvanger_rol = " + rol
                        + " and coalesce(n.ontvanger_organisatie, '') = " + org + " and coalesce(n.ontvanger_wijk, '') = " + w
                        + gemeenten);
            }
        }
        String query = "select * from (" + String.join(" union all ",
                takken.stream().map(t -> "(select n.* from notificatie n where " + t + filter + orde + ")").toList())
                + ") n" + orde;
        return sql.preparedQuery(query).execute(where.tuple()).map(rows -> Rijen.alle(rows,
                r -> new Rij(map(r), new Sleutel(r.getOffsetDateTime("bevestigd_op") != null,
                        r.getOffsetDateTime("aangemaakt_op").toInstant(), r.getUUID("id")))));
    }

    private static String[] gemeenten(Actor lezer) {
        return lezer.gemeenten().stream().sorted().toArray(String[]::new);
    }

    /** Acknowledges a notification addressed to the reader (the first acknowledgement stays); empty if none such. */
    public Uni<Optional<Notificatie>> acknowledge(SqlClient sql, Actor lezer, UUID id, Instant now) {
        return sql
                .preparedQuery(
                        """
                                update notificatie n set bevestigd_op = coalesce(bevestigd_op, $6), bevestigd_door = coalesce(bevestigd_door, $7)
                                where (n.ontvanger_gebruiker = $1 or (n.ontvanger_gebruiker is null and n.ontvanger_rol = $2
                                  and (n.ontvanger_organisatie is null or n.ontvanger_organisatie = $3)
                                  and (n.ontvanger_wijk is null or n.ontvanger_wijk = $4)
                                  and ($8::varchar[] is null or n.ontvanger_gemeente = any($8::varchar[]))))
                                  and n.id = $5 returning n.*
                                """)
                .execute(Tuple.from(java.util.Arrays.asList(lezer.gebruikersnaam(), lezer.rol().code(),
                        lezer.organisatie().name(), lezer.wijk() == null ? "" : lezer.wijk(), id, odt(now),
                        lezer.gebruikersnaam(), lezer.gemeenten().isEmpty() ? null : gemeenten(lezer))))
                .map(rows -> Rijen.eerste(rows, NotificatieRepository::map));
    }

    /** The oldest 500 notifications the organisation caused that nobody acknowledged before {@code grens}. */
    public Uni<List<Onbevestigd>> listOnbevestigd(SqlClient sql, String afzender, Instant grens) {
        return sql.preparedQuery("""
                select * from notificatie where afzender_organisatie = $1 and bevestigd_op is null and aangemaakt_op < $2
                order by aangemaakt_op limit 500
                """).execute(Tuple.of(afzender, odt(grens))).map(rows -> Rijen.alle(rows,
                r -> new Onbevestigd(r.getUUID("id"), NotificatieType.uitCode(r.getString("type")), r.getUUID("huisverbod_id"),
                        r.getOffsetDateTime("tijdstip").toInstant(), r.getString("ontvanger_rol"),
                        r.getString("ontvanger_organisatie"), r.getString("ontvanger_wijk"))));
    }

    private static Notificatie map(Row r) {
        UUID zaak = r.getUUID("huisverbod_id");
        NotificatieType type = NotificatieType.uitCode(r.getString("type"));
        return new Notificatie(r.getUUID("id"), type, zaak, r.getOffsetDateTime("tijdstip").toInstant(),
                r.getOffsetDateTime("bevestigd_op") != null, type.link(zaak), type.cloudEventType());
    }
}
