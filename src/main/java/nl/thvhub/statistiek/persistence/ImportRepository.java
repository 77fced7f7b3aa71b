package nl.thvhub.statistiek.persistence;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.statistiek.Historisch;
import nl.thvhub.statistiek.Importstatus;

/** SQL of bulk imports: the import and its rejected lines, and the historical THVs and persons it stored. */
@ApplicationScoped
public class ImportRepository {

    /** The most rejected lines an import keeps by number; the rest is counted. */
    public static final int MAX_FOUTEN = 1000;

    /** A stored historical THV and the id it got (only the ones new in this batch). */
    public record Opgeslagen(UUID id, String externId) {
    }

    public Uni<Void> insertImport(SqlClient sql, UUID id, String organisatie, String door, Importstatus.Formaat formaat,
            Instant now) {
        return sql.preparedQuery("""
                insert into huisverbod_import (id, organisatie, door, formaat, status, gestart_op)
                values ($1, $2, $3, $4, 'BEZIG', $5)
                """).execute(Tuple.of(id, organisatie, door, formaat.name(), odt(now))).replaceWithVoid();
    }

    public Uni<Void> setTellers(SqlClient sql, UUID id, int verwerkt, int geaccepteerd, int afgewezen) {
        return sql.preparedQuery("update huisverbod_import set verwerkt = $2, geaccepteerd = $3, afgewezen = $4 where id = $1")
                .execute(Tuple.of(id, verwerkt, geaccepteerd, afgewezen)).replaceWithVoid();
    }

    public Uni<Void> finish(SqlClient sql, UUID id, Importstatus.Status status, String reden, Instant now) {
        return sql.preparedQuery("update huisverbod_import set status = $2, reden = $3, gereed_op = $4 where id = $1")
                .execute(Tuple.of(id, status.name(), reden, odt(now))).replaceWithVoid();
    }

    /** Ends an import that is still BEZIG as MISLUKT (it was interrupted); one that ended stays as it is. */
    public Uni<Void> finishIfRunning(SqlClient sql, UUID id, String reden, Instant now) {
        return sql.preparedQuery(
                "update huisverbod_import set status = 'MISLUKT', reden = $2, gereed_op = $3 where id = $1 and status = 'BEZIG'")
                .execute(Tuple.of(id, reden, odt(now))).replaceWithVoid();
    }

    public Uni<Void> insertFouten(SqlClient sql, UUID id, List<Importstatus.Fout> fouten) {
        if (fouten.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Integer[] regels = fouten.stream().map(Importstatus.Fout::regel).toArray(Integer[]::new);
        String[] velden = fouten.stream().map(Importstatus.Fout::veld).toArray(String[]::new);
        String[] redenen = fouten.stream().map(f -> f.reden().length() > 300 ? f.reden().substring(0, 300) : f.reden())
                .toArray(String[]::new);
        return sql.preparedQuery("""
                insert into huisverbod_import_fout (import_id, regel, veld, reden)
                select $1, * from unnest($2::int[], $3::varchar[], $4::varchar[]) on conflict do nothing
                """).execute(Tuple.of(id, regels, velden, redenen)).replaceWithVoid();
    }

    /** Stores a batch in one statement; an externId this organisation imported before is left as it is. */
    public Uni<List<Opgeslagen>> insertHistorisch(SqlClient sql, UUID importId, String organisatie, List<Historisch> batch) {
        int n = batch.size();
        UUID[] ids = new UUID[n];
        String[] extern = new String[n];
        OffsetDateTime[] opgelegd = new OffsetDateTime[n];
        String[] gemeente = new String[n];
        String[] wijk = new String[n];
        Boolean[][] vlaggen = new Boolean[7][n];
        Integer[] overtredingen = new Integer[n];
        String[] type = new String[n];
        String[] ernst = new String[n];
        String[] terreur = new String[n];
        for (int i = 0; i < n; i++) {
            Historisch h = batch.get(i);
            ids[i] = UUID.randomUUID();
            extern[i] = h.externId();
            opgelegd[i] = odt(h.opgelegdOp());
            gemeente[i] = h.gemeente().name();
            wijk[i] = h.wijk();
            vlaggen[0][i] = h.verlengd();
            vlaggen[1][i] = h.ingetrokken();
            vlaggen[2][i] = h.vanuitZorg();
            vlaggen[3][i] = h.herhaling();
            vlaggen[4][i] = h.minderjarigen();
            overtredingen[i] = h.aantalOvertredingen();
            type[i] = h.geweldType() == null ? null : h.geweldType().name();
            ernst[i] = h.geweldErnst() == null ? null : h.geweldErnst().name();
            vlaggen[5][i] = h.rihg();
            vlaggen[6][i] = h.strafrechtelijkTraject();
            terreur[i] = h.intiemeTerreur() == null ? null : h.intiemeTerreur().name();
        }
        Parameters t = Parameters.met("import", importId).en("organisatie", organisatie).en("ids", ids).en("extern", extern)
                .en("opgelegd", opgelegd).en("gemeente", gemeente).en("wijk", wijk).en("verlengd", vlaggen[0])
                .en("ingetrokken", vlaggen[1]).en("vanuitZorg", vlaggen[2]).en("herhaling", vlaggen[3])
                .en("overtredingen", overtredingen).en("minderjarigen", vlaggen[4]).en("type", type).en("ernst", ernst)
                .en("rihg", vlaggen[5]).en("traject", vlaggen[6]).en("terreur", terreur);
        return t.query(sql,
                """
                        insert into historisch_huisverbod (import_id, organisatie, id, extern_id, opgelegd_op, gemeente, wijk, verlengd,
                          ingetrokken, vanuit_zorg, herhaling, aantal_overtredingen, minderjarigen, geweld_type, geweld_ernst,
                          rihg, strafrechtelijk_traject, intieme_terreur)
                        select #{import}, #{organisatie}, * from unnest(#{ids}::uuid[], #{extern}::varchar[], #{opgelegd}::timestamptz[],
                          #{gemeente}::varchar[], #{wijk}::varchar[], #{verlengd}::bool[], #{ingetrokken}::bool[],
                          #{vanuitZorg}::bool[], #{herhaling}::bool[], #{overtredingen}::int[], #{minderjarigen}::bool[],
                          #{type}::varchar[], #{ernst}::varchar[], #{rihg}::bool[], #{traject}::bool[], #{terreur}::varchar[])
                        on conflict (organisatie, extern_id) do nothing
                        returning id, extern_id
                        """)
                .map(rows -> Rijen.alle(rows, r -> new Opgeslagen(r.getUUID("id"), r.getString("extern_id"))));
    }

    /** The persons of newly stored THVs; returns their ids in order (for the audit lines, one per subject). */
    public Uni<List<UUID>> insertPersonen(SqlClient sql, Map<UUID, List<Historisch.Persoon>> perZaak) {
        List<UUID> ids = new ArrayList<>();
        List<UUID> zaken = new ArrayList<>();
        List<String> rollen = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        List<LocalDate> geboren = new ArrayList<>();
        perZaak.forEach((zaak, personen) -> personen.forEach(p -> {
            ids.add(UUID.randomUUID());
            zaken.add(zaak);
            rollen.add(p.rol().name());
            namen.add(p.naam());
            geboren.add(p.geboortedatum());
        }));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.preparedQuery("""
                insert into historisch_betrokkene (id, huisverbod_id, rol, naam, geboortedatum)
                select * from unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::date[])
                """).execute(Tuple.of(ids.toArray(UUID[]::new), zaken.toArray(UUID[]::new), rollen.toArray(String[]::new),
                namen.toArray(String[]::new), geboren.toArray(LocalDate[]::new))).replaceWith(ids);
    }

    /** The gemeenten the THVs of an import are in. */
    public Uni<List<String>> gemeenten(SqlClient sql, UUID id) {
        return sql.preparedQuery("select distinct gemeente from historisch_huisverbod where import_id = $1")
                .execute(Tuple.of(id)).map(rows -> Rijen.alle(rows, r -> r.getString("gemeente")));
    }

    /**
     * Withdraws a finished import: its THVs and their persons are deleted (they leave repeat detection and statistics)
     * and the cases it made repeats lose that ground; those cases, or empty when the import was not finished or was
     * withdrawn already (the caller answers 409).
     */
    public Uni<Optional<List<UUID>>> withdraw(SqlClient sql, UUID id, String door, Instant now) {
        return sql.preparedQuery("""
                update huisverbod_import set status = 'INGETROKKEN', ingetrokken_op = $2, ingetrokken_door = $3
                where id = $1 and status in ('GEREED', 'MISLUKT')
                """).execute(Tuple.of(id, odt(now), door)).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().item(Optional.<List<UUID>>empty());
            }
            return sql.preparedQuery("""
                    delete from historisch_betrokkene where huisverbod_id in
                      (select id from historisch_huisverbod where import_id = $1)
                    """).execute(Tuple.of(id))
                    .chain(() -> sql.preparedQuery("delete from historisch_huisverbod where import_id = $1")
                            .execute(Tuple.of(id)))
                    .chain(() -> sql.preparedQuery("""
                            update huisverbod set herhaling_grond = null, herhaling_import_id = null
                            where herhaling_import_id = $1 returning id
                            """).execute(Tuple.of(id)))
                    .map(zaken -> Optional.of(Rijen.alle(zaken, r -> r.getUUID("id"))));
        });
    }

    /** The import of this organisation with the first rejected lines; empty for another organisation's import. */
    public Uni<Optional<Importstatus>> find(SqlClient sql, UUID id, String organisatie) {
        return sql.preparedQuery("select * from huisverbod_import where id = $1 and organisatie = $2")
                .execute(Tuple.of(id, organisatie)).chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<Importstatus>empty());
                    }
                    var r = rows.iterator().next();
                    return sql.preparedQuery("select regel, veld, reden from huisverbod_import_fout where import_id = $1"
                            + " order by regel, reden limit $2").execute(Tuple.of(id, MAX_FOUTEN))
                            .map(fouten -> Optional.of(new Importstatus(id, Importstatus.Status.valueOf(r.getString("status")),
                                    Importstatus.Formaat.valueOf(r.getString("formaat")), r.getInteger("verwerkt"),
                                    r.getInteger("geaccepteerd"), r.getInteger("afgewezen"),
                                    Rijen.alle(fouten, f -> new Importstatus.Fout(f.getInteger("regel"), f.getString("veld"),
                                            f.getString("reden"))),
                                    instant(r.getOffsetDateTime("gestart_op")), instant(r.getOffsetDateTime("gereed_op")),
                                    r.getString("reden"))));
                });
    }
}
