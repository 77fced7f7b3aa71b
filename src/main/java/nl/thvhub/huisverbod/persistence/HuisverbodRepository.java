package nl.thvhub.huisverbod.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.privacy.Actor;
import nl.thvhub.privacy.Organisatie;

/**
 * SQL for the case aggregate. Every method takes the connection of the caller's transaction; a case is always read in
 * one statement (case, betrokkenen and active assignments aggregated as JSON) to keep round trips at one.
 */
@ApplicationScoped
public class HuisverbodRepository {

    private static final String SELECT = """
            select h.*,
              (select coalesce(json_agg(json_build_object('id', b.id, 'rol', b.rol, 'naam', b.naam,
                        'geboortedatum', b.geboortedatum) order by b.volgorde), '[]'::json)
                 from betrokkene b where b.huisverbod_id = h.id) as betrokkenen,
              (select coalesce(json_agg(json_build_object('id', t.id, 'rol', t.rol, 'gebruikersnaam', t.gebruikersnaam,
                        'organisatie', t.organisatie, 'toegewezenOp', t.toegewezen_op) order by t.toegewezen_op), '[]'::json)
                 from toewijzing t where t.huisverbod_id = h.id and t.beeindigd_op is null) as toewijzingen
            from huisverbod h
            """;

    public Uni<Optional<Huisverbod>> find(SqlClient sql, UUID id, boolean forUpdate) {
        return sql.preparedQuery(SELECT + " where h.id = $1" + (forUpdate ? " for update of h" : ""))
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next())));
    }

    public Uni<List<Huisverbod>> list(SqlClient sql, Zoekfilter f, Cursor after, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (f.gemeente() != null) {
            params.add(f.gemeente().name());
            where.append(" and h.gemeente = $").append(params.size());
        }
        if (f.wijk() != null) {
            params.add(f.wijk());
            where.append(" and h.wijk = $").append(params.size());
        }
        if (f.actiefOp() != null) {
            params.add(odt(f.actiefOp()));
            int p = params.size();
            where.append(" and h.opgelegd_op <= $").append(p).append(" and h.eindmoment > $").append(p)
                    .append(" and (h.ingetrokken_op is null or h.ingetrokken_op > $").append(p).append(')');
        }
        if (f.eindigtVoor() != null) {
            params.add(odt(f.eindigtVoor()));
            where.append(" and h.eindmoment < $").append(params.size());
        }
        if (f.status() != null) {
            params.add(odt(f.now()));
            where.append(" and ").append(statusPredicate(f.status().name(), "$" + params.size()));
        }
        if (after != null) {
            params.add(odt(after.opgelegdOp()));
            params.add(after.id());
            where.append(" and (h.opgelegd_op, h.id) < ($").append(params.size() - 1).append(", $").append(params.size())
                    .append(')');
        }
        params.add(limit);
        String query = SELECT + where + " order by h.opgelegd_op desc, h.id desc limit $" + params.size();
        return sql.preparedQuery(query).execute(Tuple.from(params)).map(HuisverbodRepository::mapAll);
    }

    /** The status rules of {@link Huisverbod#status} as SQL, so status filters run in the database. */
    static String statusPredicate(String status, String now) {
        String open = "h.afgesloten_op is null and h.ingetrokken_op is null";
        return switch (status) {
            case "AFGESLOTEN" -> "h.afgesloten_op is not null";
            case "INGETROKKEN" -> "h.afgesloten_op is null and h.ingetrokken_op is not null";
            case "OPGELEGD" -> open + " and h.eindmoment > " + now + " and h.verlengd_op is null";
            case "VERLENGD" -> open + " and h.eindmoment > " + now + " and h.verlengd_op is not null";
            case "MONITORING" ->
                open + " and h.eindmoment <= " + now + " and h.beeindigd_op is null and h.monitoring_einde > " + now;
            case "BEEINDIGD" ->
                open + " and h.eindmoment <= " + now + " and (h.beeindigd_op is not null or h.monitoring_einde <= " + now + ")";
            default -> throw new IllegalArgumentException(status);
        };
    }

    public Uni<Long> nextVolgnummer(SqlClient sql) {
        return sql.query("select nextval('huisverbod_volgnummer')").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** The most recent earlier case with the same UHG (name + birth date) or the same address, if any. */
    public Uni<Optional<Herhaling>> findHerhaling(SqlClient sql, String uhgNaam, LocalDate uhgGeboortedatum, String postcode,
            String huisnummer) {
        String query = """
                select h.id,
                  exists (select 1 from betrokkene b where b.huisverbod_id = h.id and b.rol = 'UITHUISGEPLAATSTE'
                          and lower(b.naam) = lower($1) and b.geboortedatum = $2) as persoon,
                  (h.postcode = $3 and upper(h.huisnummer) = upper($4)) as adres
                from huisverbod h
                where h.id in (select b.huisverbod_id from betrokkene b where b.rol = 'UITHUISGEPLAATSTE'
                                 and lower(b.naam) = lower($1) and b.geboortedatum = $2)
                   or (h.postcode = $3 and upper(h.huisnummer) = upper($4))
                order by h.opgelegd_op desc limit 1
                """;
        return sql.preparedQuery(query).execute(Tuple.of(uhgNaam, uhgGeboortedatum, postcode, huisnummer)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            boolean persoon = r.getBoolean("persoon");
            boolean adres = r.getBoolean("adres");
            return Optional
                    .of(new Herhaling(r.getUUID("id"), persoon && adres ? "PERSOON_EN_ADRES" : persoon ? "PERSOON" : "ADRES"));
        });
    }

    /** A reference to the earlier case that makes a new one a repeat. */
    public record Herhaling(UUID huisverbodId, String grond) {
    }

    public Uni<Void> insert(SqlClient sql, Huisverbod h, Actor actor, Instant now) {
        Tuple t = Tuple.tuple()
                .addUUID(h.id()).addString(h.registratienummer()).addString(h.gemeente().name()).addString(h.wijk())
                .addString(h.adres().straat()).addString(h.adres().huisnummer()).addString(h.adres().postcode())
                .addString(h.adres().plaats()).addOffsetDateTime(odt(h.opgelegdOp())).addOffsetDateTime(odt(h.eindmoment()))
                .addOffsetDateTime(odt(h.monitoringEinde())).addString(h.coordinerendeOrganisatie().name())
                .addString(h.geweldType().name()).addString(h.geweldErnst().name()).addString(h.intiemeTerreur().name())
                .addBoolean(h.strafrechtelijkTraject()).addUUID(h.herhalingVan()).addString(h.herhalingGrond())
                .addString(actor.gebruikersnaam()).addOffsetDateTime(odt(now));
        String insertCase = """
                insert into huisverbod (id, registratienummer, gemeente, wijk, straat, huisnummer, postcode, plaats, opgelegd_op,
                  eindmoment, monitoring_einde, coordinerende_organisatie, geweld_type, geweld_ernst, intieme_terreur,
                  strafrechtelijk_traject, herhaling_van, herhaling_grond, aangemaakt_door, aangemaakt_op)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
                """;
        int n = h.betrokkenen().size();
        UUID[] ids = new UUID[n];
        String[] rollen = new String[n];
        String[] namen = new String[n];
        LocalDate[] geboren = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            Huisverbod.Betrokkene b = h.betrokkenen().get(i);
            ids[i] = b.id();
            rollen[i] = b.rol().name();
            namen[i] = b.naam();
            geboren[i] = b.geboortedatum();
        }
        String insertPersons = """
                insert into betrokkene (id, huisverbod_id, rol, naam, geboortedatum, volgorde)
                select p.id, $1, p.rol, p.naam, p.geboortedatum, p.volgorde - 1
                from unnest($2::uuid[], $3::varchar[], $4::varchar[], $5::date[]) with ordinality as p(id, rol, naam, geboortedatum, volgorde)
                """;
        return sql.preparedQuery(insertCase).execute(t)
                .chain(() -> sql.preparedQuery(insertPersons).execute(Tuple.of(h.id(), ids, rollen, namen, geboren)))
                .replaceWithVoid();
    }

    /** Updates the mutable lifecycle columns, guarded by the version the caller read (optimistic locking). */
    public Uni<Boolean> update(SqlClient sql, Huisverbod h) {
        String query = """
                update huisverbod set eindmoment = $2, monitoring_einde = $3, verlengingsadvies = $4,
                  verlengingsadvies_motivering = $5, verlengingsadvies_op = $6, verlengd_op = $7, ingetrokken_op = $8,
                  intrekking_reden = $9, beeindigd_op = $10, beeindiging_reden = $11, afgesloten_op = $12,
                  overdracht_aan = $13, overdracht_datum = $14, gezamenlijk_gesprek = $15, versie = versie + 1
                where id = $1 and versie = $16
                """;
        Huisverbod.Advies a = h.verlengingsadvies();
        Huisverbod.Overdracht o = h.overdracht();
        Tuple t = Tuple.tuple().addUUID(h.id()).addOffsetDateTime(odt(h.eindmoment()))
                .addOffsetDateTime(odt(h.monitoringEinde()))
                .addString(a == null ? null : a.advies()).addString(a == null ? null : a.motivering())
                .addOffsetDateTime(a == null ? null : odt(a.op())).addOffsetDateTime(odt(h.verlengdOp()))
                .addOffsetDateTime(odt(h.ingetrokkenOp())).addString(h.intrekkingReden())
                .addOffsetDateTime(odt(h.beeindigdOp()))
                .addString(h.beeindigingReden()).addOffsetDateTime(odt(h.afgeslotenOp()))
                .addString(o == null ? null : o.aan()).addLocalDate(o == null ? null : o.datum())
                .addBoolean(o == null ? null : o.gezamenlijkGesprek()).addInteger(h.versie());
        return sql.preparedQuery(query).execute(t).map(rows -> rows.rowCount() == 1);
    }

    public Uni<Void> endAssignments(SqlClient sql, UUID huisverbodId, ToewijzingRol rol, Instant now) {
        return sql.preparedQuery(
                "update toewijzing set beeindigd_op = $3 where huisverbod_id = $1 and rol = $2 and beeindigd_op is null")
                .execute(Tuple.of(huisverbodId, rol.name(), odt(now))).replaceWithVoid();
    }

    public Uni<Void> insertAssignment(SqlClient sql, UUID huisverbodId, Huisverbod.Toewijzing t, Actor actor) {
        return sql.preparedQuery("""
                insert into toewijzing (id, huisverbod_id, rol, gebruikersnaam, organisatie, toegewezen_door, toegewezen_op)
                values ($1, $2, $3, $4, $5, $6, $7)
                """).execute(Tuple.tuple().addUUID(t.id()).addUUID(huisverbodId).addString(t.rol().name())
                .addString(t.gebruikersnaam())
                .addString(t.organisatie().name()).addString(actor.gebruikersnaam()).addOffsetDateTime(odt(t.toegewezenOp())))
                .replaceWithVoid();
    }

    /** Appends one event to the case's lifecycle history. */
    public Uni<Void> appendEvent(SqlClient sql, UUID huisverbodId, String soort, Actor actor, Instant now, JsonObject details) {
        return sql.preparedQuery("""
                insert into gebeurtenis (huisverbod_id, tijdstip, soort, actor, rol, organisatie, details)
                values ($1, $2, $3, $4, $5, $6, $7)
                """).execute(Tuple.tuple().addUUID(huisverbodId).addOffsetDateTime(odt(now)).addString(soort)
                .addString(actor.gebruikersnaam()).addString(actor.rol().code()).addString(actor.organisatie().name())
                .addJsonObject(details)).replaceWithVoid();
    }

    public Uni<List<Gebeurtenis>> history(SqlClient sql, UUID huisverbodId) {
        return sql.preparedQuery("select * from gebeurtenis where huisverbod_id = $1 order by id")
                .execute(Tuple.of(huisverbodId))
                .map(rows -> {
                    List<Gebeurtenis> events = new ArrayList<>();
                    for (Row r : rows) {
                        events.add(
                                new Gebeurtenis(r.getLong("id"), instant(r.getOffsetDateTime("tijdstip")), r.getString("soort"),
                                        r.getString("actor"), r.getString("rol"), r.getString("organisatie"),
                                        r.getJsonObject("details").getMap()));
                    }
                    return events;
                });
    }

    public Uni<Long> count(SqlClient sql) {
        return sql.query("select count(*) from huisverbod").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    private static List<Huisverbod> mapAll(RowSet<Row> rows) {
        List<Huisverbod> list = new ArrayList<>(rows.size());
        for (Row r : rows) {
            list.add(map(r));
        }
        return list;
    }

    static Huisverbod map(Row r) {
        List<Huisverbod.Betrokkene> betrokkenen = new ArrayList<>();
        for (Object o : asArray(r.getValue("betrokkenen"))) {
            JsonObject b = (JsonObject) o;
            betrokkenen.add(
                    new Huisverbod.Betrokkene(UUID.fromString(b.getString("id")), BetrokkeneRol.valueOf(b.getString("rol")),
                            b.getString("naam"), LocalDate.parse(b.getString("geboortedatum"))));
        }
        List<Huisverbod.Toewijzing> toewijzingen = new ArrayList<>();
        for (Object o : asArray(r.getValue("toewijzingen"))) {
            JsonObject t = (JsonObject) o;
            toewijzingen.add(
                    new Huisverbod.Toewijzing(UUID.fromString(t.getString("id")), ToewijzingRol.valueOf(t.getString("rol")),
                            t.getString("gebruikersnaam"), Organisatie.valueOf(t.getString("organisatie")),
                            OffsetDateTime.parse(t.getString("toegewezenOp")).toInstant()));
        }
        String advies = r.getString("verlengingsadvies");
        Boolean gesprek = r.getBoolean("gezamenlijk_gesprek");
        return new Huisverbod(r.getUUID("id"), r.getString("registratienummer"), Gemeente.valueOf(r.getString("gemeente")),
                r.getString("wijk"),
                new Huisverbod.Adres(r.getString("straat"), r.getString("huisnummer"), r.getString("postcode"),
                        r.getString("plaats")),
                instant(r.getOffsetDateTime("opgelegd_op")), instant(r.getOffsetDateTime("eindmoment")),
                instant(r.getOffsetDateTime("monitoring_einde")), Organisatie.valueOf(r.getString("coordinerende_organisatie")),
                GeweldType.valueOf(r.getString("geweld_type")), GeweldErnst.valueOf(r.getString("geweld_ernst")),
                JaNeeOnduidelijk.valueOf(r.getString("intieme_terreur")), r.getBoolean("strafrechtelijk_traject"),
                r.getUUID("herhaling_van"), r.getString("herhaling_grond"),
                advies == null
                        ? null
                        : new Huisverbod.Advies(advies, r.getString("verlengingsadvies_motivering"),
                                instant(r.getOffsetDateTime("verlengingsadvies_op"))),
                instant(r.getOffsetDateTime("verlengd_op")), instant(r.getOffsetDateTime("ingetrokken_op")),
                r.getString("intrekking_reden"), instant(r.getOffsetDateTime("beeindigd_op")), r.getString("beeindiging_reden"),
                instant(r.getOffsetDateTime("afgesloten_op")),
                gesprek == null
                        ? null
                        : new Huisverbod.Overdracht(r.getString("overdracht_aan"), r.getLocalDate("overdracht_datum"), gesprek),
                r.getInteger("versie"), betrokkenen, toewijzingen);
    }

    private static JsonArray asArray(Object value) {
        if (value instanceof JsonArray a) {
            return a;
        }
        return value == null ? new JsonArray() : new JsonArray(value.toString());
    }

    static OffsetDateTime odt(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime o) {
        return o == null ? null : o.toInstant();
    }
}
