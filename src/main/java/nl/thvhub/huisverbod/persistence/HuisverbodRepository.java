package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.All;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Herhalingsgrond;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.Zichtbaarheid;

/**
 * SQL for the case aggregate. Every method takes the connection of the caller's transaction; a case is always read in
 * one statement (case, betrokkenen and active assignments aggregated as JSON) to keep round trips at one.
 */
@ApplicationScoped
public class HuisverbodRepository {

    /** Persons and active assignments of the case: both the view and a decision need them. */
    private static final String PERSONEN_EN_TOEWIJZINGEN = """
              (select coalesce(json_agg(json_build_object('id', b.id, 'rol', b.rol, 'naam', b.naam,
                        'geboortedatum', b.geboortedatum) order by b.volgorde), '[]'::json)
                 from betrokkene b where b.huisverbod_id = h.id) as betrokkenen,
              (select coalesce(json_agg(json_build_object('id', t.id, 'rol', t.rol, 'gebruikersnaam', t.gebruikersnaam,
                        'organisatie', t.organisatie, 'toegewezenOp', t.toegewezen_op, 'betrokkenen', t.betrokkenen)
                        order by t.toegewezen_op), '[]'::json)
                 from toewijzing t where t.huisverbod_id = h.id and t.beeindigd_op is null) as toewijzingen,
            """;

    /** This reader's valid consents and emergency grant, read with the case ($1..$4, see {@link Lezer#where}). */
    private static final String LEZER_KOLOMMEN = """
              , (select coalesce(json_agg(json_build_object('b', c.betrokkene_id, 'c', c.categorie)), '[]'::json)
                 from toestemming c where c.huisverbod_id = h.id and c.ontvanger = $1 and c.doel = $2 and c.ingetrokken_op is null
                   and c.geldig_van <= $4 and (c.geldig_tot is null or c.geldig_tot > $4)) as toestemmingen
              , exists (select 1 from noodtoegang n where n.huisverbod_id = h.id and n.actor_subject = $3 and n.verloopt_op > $4)
                 as noodtoegang
            """;

    private static final String VAN = "from huisverbod h\n";

    /** Which features' columns a read computes: the features publish them ({@link Zaakstandbron}). */
    private final Leesvorm leesvorm;

    /** The case read with every feature's columns: for changes, parts and work outside a reader's view. */
    private final String select;

    /**
     * A case read for a decision only (a work list): the facts the privacy engine needs — place, persons, assignments,
     * the open requests that give reach (the Reclassering advice, the question to GGZ), this reader's consents and
     * emergency grant — without the signals, care state and follow-through a view shows. The aggregate it gives has
     * empty signals: never render it.
     */
    private final String feitenVoorLezer;

    /**
     * The case read for one reader, per reader's reach (see {@link Lezer#bereik}): the features' columns of the categories
     * in reach, also this reader's valid consents ($1 organisation, $2 purpose, $4 now) and whether it holds an active
     * emergency grant ($3 subject). Consent is read in the same statement as the case, never cached, so a withdrawal takes
     * effect on the very next request. A handful of texts in all (one per role's reach), so built once each.
     */
    private final java.util.Map<Set<nl.thvhub.privacy.Categorie>, String> voorLezer = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One case read's full text per reach and condition, kept as one instance (issue 37): the SQL client finds its
     * prepared statement by the text, and a text of ~5 KB concatenated anew for every read was hashed and compared in full
     * each time. Conditions carry parameters, never values, so there are a few dozen texts; past the bound a text is
     * simply built each time.
     */
    private final java.util.Map<Leestekst, String> leesteksten = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LEESTEKSTEN = 256;

    private record Leestekst(Set<nl.thvhub.privacy.Categorie> bereik, String where) {
    }

    @Inject
    public HuisverbodRepository(@All List<Zaakstandbron> features) {
        this.leesvorm = new Leesvorm(features);
        this.select = lees(Leesvorm.ALLES, "");
        this.feitenVoorLezer = lees(Set.of(), LEZER_KOLOMMEN);
    }

    /** The case read with the features' columns of this reach, and the reader's own columns if any. */
    private String lees(Set<nl.thvhub.privacy.Categorie> bereik, String lezerKolommen) {
        return "select h.*,\n" + PERSONEN_EN_TOEWIJZINGEN + leesvorm.kolommen(bereik) + "\n" + lezerKolommen + VAN;
    }

    private String voorLezer(Set<nl.thvhub.privacy.Categorie> bereik) {
        // looked up by the reach as given (equal sets hash alike), copied only the first time: this runs on every read
        String tekst = voorLezer.get(bereik);
        return tekst != null ? tekst : voorLezer.computeIfAbsent(Set.copyOf(bereik), b -> lees(b, LEZER_KOLOMMEN));
    }

    /**
     * The reader a case is read for: its organisation, purpose and subject id, at a moment, and its reach — the categories
     * whose feature columns are loaded (issue 37, item 2: a police read does not compute the care record it may never see).
     */
    public record Lezer(Organisatie organisatie, String doel, String subject, Instant now,
            Set<nl.thvhub.privacy.Categorie> bereik) {

        /** A reader for whom every feature's columns are read (changes and parts). */
        public Lezer(Organisatie organisatie, String doel, String subject, Instant now) {
            this(organisatie, doel, subject, now, Leesvorm.ALLES);
        }

        /** The same reader with every feature's columns read: its decision showed more than its reach (consent). */
        public Lezer volledig() {
            return new Lezer(organisatie, doel, subject, now, Leesvorm.ALLES);
        }

        /** The reader's values as $1..$4, in the order {@code LEZER_KOLOMMEN} refers to them. */
        Where where() {
            Where where = new Where();
            where.param(organisatie.name());
            where.param(doel);
            where.param(subject);
            where.param(odt(now));
            return where;
        }
    }

    /** A case as read for one reader, with the consents and emergency grant that apply to that reader. */
    public record Gelezen(Huisverbod zaak, Set<Zaakfeiten.Toestemmingsfeit> toestemmingen, boolean noodtoegang) {
    }

    public Uni<Optional<Gelezen>> findForLezer(SqlClient sql, UUID id, Lezer lezer) {
        Where where = lezer.where().en("h.id = ?", id);
        return sql.preparedQuery(findOne(where, lezer)).execute(where.tuple())
                .map(rows -> Rijen.eerste(rows, HuisverbodRij::gelezen));
    }

    /** The cases with these ids, read for a reader as {@link #findForLezer} reads one. */
    public Uni<List<Gelezen>> findForLezer(SqlClient sql, java.util.Collection<UUID> ids, Lezer lezer) {
        Where where = lezer.where().en("h.id = any(?)", (Object) ids.toArray(UUID[]::new));
        return sql.preparedQuery(findOne(where, lezer)).execute(where.tuple())
                .map(rows -> Rijen.alle(rows, HuisverbodRij::gelezen));
    }

    /** The statement of one case's read for a reader (also the benchmark's baseline, see LeesBaselineTest). */
    String findOne(Where where, Lezer lezer) {
        Leestekst sleutel = new Leestekst(lezer.bereik(), where.sql());
        String tekst = leesteksten.get(sleutel);
        if (tekst == null) {
            tekst = voorLezer(sleutel.bereik()) + sleutel.where();
            if (leesteksten.size() < LEESTEKSTEN) {
                leesteksten.putIfAbsent(new Leestekst(Set.copyOf(sleutel.bereik()), sleutel.where()), tekst);
            }
        }
        return tekst;
    }

    /**
     * The cases with these ids as facts for this reader's decision (a work list decides its rows by them); their
     * signals are not loaded (see {@code feitenVoorLezer}).
     */
    public Uni<List<Gelezen>> findFeitenForLezer(SqlClient sql, java.util.Collection<UUID> ids, Lezer lezer) {
        Where where = lezer.where().en("h.id = any(?)", (Object) ids.toArray(UUID[]::new));
        return sql.preparedQuery(feitenVoorLezer + where.sql()).execute(where.tuple())
                .map(rows -> Rijen.alle(rows, HuisverbodRij::gelezen));
    }

    /** As {@link #findForLezer}, locking the case row for a change in the caller's transaction. */
    public Uni<Optional<Gelezen>> lockForLezer(SqlClient sql, UUID id, Lezer lezer) {
        Where where = lezer.where().en("h.id = ?", id);
        return sql.preparedQuery(voorLezer(lezer.bereik()) + where.sql() + " for update of h").execute(where.tuple())
                .map(rows -> Rijen.eerste(rows, HuisverbodRij::gelezen));
    }

    /** A page of the cases the reader may see: the scope is part of the SQL, so foreign cases are never loaded. */
    public Uni<List<Gelezen>> listForLezer(SqlClient sql, Zoekfilter f, Zichtbaarheid zicht, Lezer lezer, Cursor after,
            int limit) {
        Where where = zicht.beperk(lezer.where());
        Zaakfilter.filter(where, f, after);
        // the page size is written as a number, not bound: with LIMIT as a parameter PostgreSQL costs a generic plan for
        // 10 % of the table and plans the page anew at every call (issue 30); an int cannot carry SQL
        String query = voorLezer(lezer.bereik()) + where.sql() + " order by h.opgelegd_op desc, h.id desc limit "
                + Integer.toString(limit);
        return sql.preparedQuery(query).execute(where.tuple()).map(rows -> Rijen.alle(rows, HuisverbodRij::gelezen));
    }

    /** A case as stored, for work outside a reader's view (a scheduled notice); a change locks through the seam. */
    public Uni<Optional<Huisverbod>> find(SqlClient sql, UUID id) {
        return sql.preparedQuery(select + " where h.id = $1")
                .execute(Tuple.of(id)).map(rows -> Rijen.eerste(rows, HuisverbodRij::map));
    }

    public Uni<Long> nextVolgnummer(SqlClient sql) {
        return sql.query("select nextval('huisverbod_volgnummer')").execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * The most recent earlier case with the same UHG (name + birth date) or the same address, if any; else an imported
     * historical THV of the same UHG (a repeat by person, without a case to refer to).
     */
    public Uni<Optional<Herhaling>> findHerhaling(SqlClient sql, String uhgNaam, LocalDate uhgGeboortedatum, String postcode,
            String huisnummer) {
        String query = """
                (select h.id,
                  exists (select 1 from betrokkene b where b.huisverbod_id = h.id and b.rol = 'UITHUISGEPLAATSTE'
                          and lower(b.naam) = lower($1) and b.geboortedatum = $2) as persoon,
                  (h.postcode = $3 and upper(h.huisnummer) = upper($4)) as adres, 0 as bron, null::timestamptz as op
                from huisverbod h
                where h.id in (select b.huisverbod_id from betrokkene b where b.rol = 'UITHUISGEPLAATSTE'
                                 and lower(b.naam) = lower($1) and b.geboortedatum = $2)
                   or (h.postcode = $3 and upper(h.huisnummer) = upper($4))
                order by h.opgelegd_op desc limit 1)
                union all
                (select hh.import_id, true, false, 1, i.gestart_op from historisch_betrokkene hb
                 join historisch_huisverbod hh on hh.id = hb.huisverbod_id
                 join huisverbod_import i on i.id = hh.import_id
                 where hb.rol = 'UITHUISGEPLAATSTE' and lower(hb.naam) = lower($1) and hb.geboortedatum = $2
                 order by hh.opgelegd_op desc limit 1)
                order by bron limit 1
                """;
        return sql.preparedQuery(query).execute(Tuple.of(uhgNaam, uhgGeboortedatum, postcode, huisnummer)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row r = rows.iterator().next();
            if (r.getInteger("bron") == 1) {
                // only an imported historical THV names this person: its provenance, so the repeat can be checked
                return Optional.of(new Herhaling(null, Herhalingsgrond.IMPORT,
                        new Huisverbod.Importherkomst(r.getUUID("id"), r.getOffsetDateTime("op").toInstant())));
            }
            return Optional.of(new Herhaling(r.getUUID("id"),
                    Herhalingsgrond.van(r.getBoolean("persoon"), r.getBoolean("adres")), null));
        });
    }

    /**
     * What makes a new case a repeat: an earlier case (with the ground: person, address or both), or an import of
     * historical THVs naming the UHG (ground IMPORT, with the import).
     */
    public record Herhaling(UUID huisverbodId, Herhalingsgrond grond, Huisverbod.Importherkomst herkomst) {
    }

    public Uni<Void> insert(SqlClient sql, Huisverbod h, Actor actor, Instant now) {
        Parameters zaak = Parameters.met("id", h.id()).en("registratienummer", h.registratienummer())
                .en("gemeente", h.gemeente()).en("wijk", h.wijk()).en("straat", h.adres().straat())
                .en("huisnummer", h.adres().huisnummer()).en("postcode", h.adres().postcode())
                .en("plaats", h.adres().plaats()).en("opgelegdOp", h.opgelegdOp()).en("eindmoment", h.eindmoment())
                .en("monitoringEinde", h.monitoringEinde()).en("coordinator", h.coordinerendeOrganisatie())
                .en("geweldType", h.geweldType()).en("geweldErnst", h.geweldErnst()).en("intiemeTerreur", h.intiemeTerreur())
                .en("strafrecht", h.strafrechtelijkTraject()).en("herhalingVan", h.herhalingVan())
                .en("herhalingGrond", h.herhalingGrond())
                .en("herhalingImport", h.herhalingImport() == null ? null : h.herhalingImport().importId())
                .en("door", actor.gebruikersnaam()).en("op", now).en("verblijfUhg", h.verblijfUhg())
                .en("verblijfAchterblijvers", h.verblijfAchterblijvers());
        String insertCase = """
                insert into huisverbod (id, registratienummer, gemeente, wijk, straat, huisnummer, postcode, plaats, opgelegd_op,
                  eindmoment, monitoring_einde, coordinerende_organisatie, geweld_type, geweld_ernst, intieme_terreur,
                  strafrechtelijk_traject, herhaling_van, herhaling_grond, herhaling_import_id, aangemaakt_door, aangemaakt_op,
                  verblijf_uhg, verblijf_achterblijvers)
                values (#{id}, #{registratienummer}, #{gemeente}, #{wijk}, #{straat}, #{huisnummer}, #{postcode}, #{plaats},
                  #{opgelegdOp}, #{eindmoment}, #{monitoringEinde}, #{coordinator}, #{geweldType}, #{geweldErnst},
                  #{intiemeTerreur}, #{strafrecht}, #{herhalingVan}, #{herhalingGrond}, #{herhalingImport}, #{door}, #{op},
                  #{verblijfUhg}, #{verblijfAchterblijvers})
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
        return zaak.voerUit(sql, insertCase)
                .chain(() -> sql.preparedQuery(insertPersons).execute(Tuple.of(h.id(), ids, rollen, namen, geboren)))
                .replaceWithVoid();
    }

    /** Updates the mutable lifecycle columns, guarded by the version the caller read (optimistic locking). */
    public Uni<Boolean> update(SqlClient sql, Huisverbod h) {
        String query = """
                update huisverbod set eindmoment = #{eindmoment}, monitoring_einde = #{monitoringEinde},
                  verlengingsadvies = #{advies}, verlengingsadvies_motivering = #{motivering}, verlengingsadvies_op = #{adviesOp},
                  verlengingsadvies_gronden = #{gronden}, verlengd_op = #{verlengdOp}, verlengingsbesluit = #{besluit},
                  verlengingsbesluit_op = #{besluitOp}, verlengingsbesluit_motivering = #{besluitMotivering},
                  ingetrokken_op = #{ingetrokkenOp}, intrekking_reden = #{intrekkingReden}, intrekking_grond = #{intrekkingGrond},
                  beeindigd_op = #{beeindigdOp}, beeindiging_reden = #{beeindigingReden},
                  beeindiging_grond = #{beeindigingGrond}, monitoring_verlenging_reden = #{verlengingReden},
                  monitoring_verlenging_toelichting = #{verlengingToelichting}, monitoring_verlengd_op = #{verlengdMonitoringOp},
                  afgesloten_op = #{afgeslotenOp},
                  overdracht_aan = #{overdrachtAan}, overdracht_datum = #{overdrachtDatum},
                  gezamenlijk_gesprek = #{gezamenlijkGesprek}, overdracht_geen_gesprek_reden = #{geenGesprekReden},
                  overdracht_organisatie = #{overdrachtOrganisatie}, overdracht_bereik_tot = #{bereikTot},
                  versie = versie + 1
                where id = #{id} and versie = #{versie}
                """;
        Huisverbod.Advies a = h.verlengingsadvies();
        Huisverbod.Verlengingsbesluit b = h.verlengingsbesluit();
        Huisverbod.Overdracht o = h.overdracht();
        return Parameters.met("id", h.id()).en("versie", h.versie()).en("eindmoment", h.eindmoment())
                .en("monitoringEinde", h.monitoringEinde()).en("advies", a == null ? null : a.advies())
                .en("motivering", a == null ? null : a.motivering()).en("adviesOp", a == null ? null : a.op())
                .en("gronden", a == null ? null : a.gronden().stream().map(Enum::name).toArray(String[]::new))
                .en("verlengdOp", h.verlengdOp()).en("besluit", b == null ? null : b.besluit())
                .en("besluitOp", b == null ? null : b.op()).en("besluitMotivering", b == null ? null : b.motivering())
                .en("ingetrokkenOp", h.ingetrokkenOp()).en("intrekkingReden", h.intrekkingReden())
                .en("intrekkingGrond", h.intrekkingGrond()).en("beeindigdOp", h.beeindigdOp())
                .en("beeindigingReden", h.beeindigingReden())
                .en("beeindigingGrond", h.beeindigingGrond())
                .en("verlengingReden", h.monitoringVerlenging() == null ? null : h.monitoringVerlenging().reden())
                .en("verlengingToelichting", h.monitoringVerlenging() == null ? null : h.monitoringVerlenging().toelichting())
                .en("verlengdMonitoringOp", h.monitoringVerlenging() == null ? null : h.monitoringVerlenging().op())
                .en("afgeslotenOp", h.afgeslotenOp())
                .en("overdrachtAan", o == null ? null : o.aan()).en("overdrachtDatum", o == null ? null : o.datum())
                .en("gezamenlijkGesprek", o == null ? null : o.gezamenlijkGesprek())
                .en("geenGesprekReden", o == null ? null : o.geenGesprekReden())
                .en("overdrachtOrganisatie", o == null ? null : o.organisatie())
                .en("bereikTot", o == null ? null : o.bereikTot()).voerUit(sql, query).map(n -> n == 1);
    }

    /**
     * Records receipt of the warm hand-over, once: false when it was confirmed already (or the case was not handed
     * over), so the caller answers 409.
     */
    public Uni<Boolean> confirmOverdracht(SqlClient sql, UUID id, Huisverbod.Bevestiging b, Instant bereikTot) {
        return Parameters.met("id", id).en("op", b.op()).en("door", b.door()).en("organisatie", b.organisatie())
                .en("vastgelegd", b.vastgelegdOp()).en("bereikTot", bereikTot)
                .voerUit(sql,
                        """
                                update huisverbod set overdracht_bevestigd_op = #{op}, overdracht_bevestigd_door = #{door},
                                  overdracht_bevestigd_organisatie = #{organisatie}, overdracht_bevestiging_vastgelegd_op = #{vastgelegd},
                                  overdracht_bereik_tot = case when overdracht_organisatie is null then null else #{bereikTot}::timestamptz end,
                                  versie = versie + 1
                                where id = #{id} and afgesloten_op is not null and overdracht_bevestigd_op is null
                                """)
                .map(n -> n == 1);
    }

    /** Marks that a case has a criminal track; a no-op when it already has one. */
    public Uni<Void> openStrafrechtelijkTraject(SqlClient sql, UUID id) {
        return sql.preparedQuery(
                "update huisverbod set strafrechtelijk_traject = true, versie = versie + 1 where id = $1 and not strafrechtelijk_traject")
                .execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Ends one active assignment. */
    public Uni<Void> endToewijzing(SqlClient sql, UUID toewijzingId, Instant now) {
        return sql.preparedQuery("update toewijzing set beeindigd_op = $2 where id = $1 and beeindigd_op is null")
                .execute(Tuple.of(toewijzingId, odt(now))).replaceWithVoid();
    }

    /** Narrows one active assignment to these persons (a colleague took over the others). */
    public Uni<Void> restrictToewijzing(SqlClient sql, UUID toewijzingId, List<UUID> betrokkenen) {
        return sql.preparedQuery("update toewijzing set betrokkenen = $2 where id = $1 and beeindigd_op is null")
                .execute(Tuple.of(toewijzingId, betrokkenen.toArray(UUID[]::new))).replaceWithVoid();
    }

    public Uni<Void> insertToewijzing(SqlClient sql, UUID huisverbodId, Huisverbod.Toewijzing t, Actor actor) {
        return sql.preparedQuery("""
                insert into toewijzing (id, huisverbod_id, rol, gebruikersnaam, organisatie, toegewezen_door, toegewezen_op,
                    betrokkenen)
                values ($1, $2, $3, $4, $5, $6, $7, $8)
                """).execute(Tuple.tuple().addUUID(t.id()).addUUID(huisverbodId).addString(t.rol().name())
                .addString(t.gebruikersnaam())
                .addString(t.organisatie().name()).addString(actor.gebruikersnaam()).addOffsetDateTime(odt(t.toegewezenOp()))
                .addArrayOfUUID(t.iedereen() ? null : t.betrokkenen().toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /** Appends one event to the case's lifecycle history. */
    public Uni<Void> appendGebeurtenis(SqlClient sql, UUID huisverbodId, Gebeurtenissoort soort, Actor actor, Instant now,
            JsonObject details) {
        return sql.preparedQuery("""
                insert into gebeurtenis (huisverbod_id, tijdstip, soort, actor, rol, organisatie, details)
                values ($1, $2, $3, $4, $5, $6, $7)
                """).execute(Tuple.tuple().addUUID(huisverbodId).addOffsetDateTime(odt(now)).addString(soort.name())
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
                                new Gebeurtenis(r.getLong("id"), instant(r.getOffsetDateTime("tijdstip")),
                                        Gebeurtenissoort.valueOf(r.getString("soort")),
                                        r.getString("actor"),
                                        r.getString("rol") == null ? null : Rol.uitCode(r.getString("rol")),
                                        r.getString("organisatie") == null
                                                ? null
                                                : Organisatie.valueOf(r.getString("organisatie")),
                                        r.getJsonObject("details").getMap(), List.of()));
                    }
                    return events;
                });
    }

    /** The case a data subject belongs to. */
    public Uni<Optional<UUID>> findZaakVanBetrokkene(SqlClient sql, UUID betrokkeneId) {
        return sql.preparedQuery("select huisverbod_id from betrokkene where id = $1").execute(Tuple.of(betrokkeneId))
                .map(rows -> Rijen.eerste(rows, r -> r.getUUID("huisverbod_id")));
    }

    public Uni<Long> count(SqlClient sql) {
        return sql.query("select count(*) from huisverbod").execute().map(rows -> rows.iterator().next().getLong(0));
    }
}
