package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taakpositie;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.Taaktermijnen;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.Zichtbaarheid;

/**
 * The task rules of {@link nl.thvhub.huisverbod.Taakregels} as SQL, so the work queue is filtered, sorted and paged in
 * the database: one branch per task kind over the cases in the reader's scope. Durations are exact seconds, as in Java;
 * "end of the day" and dates are Amsterdam's. {@code TaakregelsSqlTest} pins each branch to the Java rule.
 */
@ApplicationScoped
public class TaakRepository {

    /** Filters of the work queue (null: no filter). */
    public record Filter(List<Taaksoort> soorten, Instant vervaltVoor, Boolean verlopen, UUID huisverbodId, String gemeente,
            Organisatie organisatie, Rol rol, String gebruikersnaam) {
    }

    private static final UUID GEEN = new UUID(0, 0);

    /** Open tasks of the cases in scope held by the filter's organisation and role, sorted by due moment, keyset-paged. */
    public Uni<List<Taak>> list(SqlClient sql, Zichtbaarheid zicht, Filter f, Taaktermijnen t, Instant now, Taakpositie na,
            int limit) {
        Where where = new Where();
        String extra = "";
        if (f.huisverbodId() != null) {
            extra += " and h.id = " + where.param(f.huisverbodId());
        }
        if (f.gemeente() != null) {
            extra += " and h.gemeente = " + where.param(f.gemeente());
        }
        String cte = bereik(where, zicht, f.organisatie(), now, extra);
        String query = taken(where, cte, t, now);
        StringBuilder cond = new StringBuilder(" where t.houder_organisatie = ")
                .append(where.param(f.organisatie().name())).append(" and (t.houder_rol is null or t.houder_rol = ")
                .append(where.param(f.rol().code())).append(")");
        if (f.gebruikersnaam() != null) {
            cond.append(" and t.houder_gebruiker = ").append(where.param(f.gebruikersnaam()));
        }
        if (f.soorten() != null && !f.soorten().isEmpty()) {
            cond.append(" and t.soort = any(").append(where.param(f.soorten().stream().map(Enum::name).toArray(String[]::new)))
                    .append(")");
        }
        if (f.vervaltVoor() != null) {
            cond.append(" and t.vervalt_op < ").append(where.param(odt(f.vervaltVoor())));
        }
        if (f.verlopen() != null) {
            cond.append(f.verlopen() ? " and t.vervalt_op <= " : " and t.vervalt_op > ").append(where.param(odt(now)));
        }
        if (na != null) {
            cond.append(" and (t.vervalt_op, t.huisverbod_id, t.soort, coalesce(t.betrokkene_id, ")
                    .append(where.param(GEEN)).append(")) > (").append(where.param(odt(na.vervaltOp()))).append(", ")
                    .append(where.param(na.huisverbodId())).append(", ").append(where.param(na.soort().name()))
                    .append(", ").append(where.param(na.betrokkeneId() == null ? GEEN : na.betrokkeneId())).append(")");
        }
        String volledig = "select t.* from (" + query + ") t" + cond
                + " order by t.vervalt_op, t.huisverbod_id, t.soort, coalesce(t.betrokkene_id, " + where.param(GEEN)
                + ") limit " + where.param(limit);
        return sql.preparedQuery(volledig).execute(where.tuple()).map(rows -> Rijen.alle(rows, TaakRepository::map));
    }

    /** Every open task of these cases, unfiltered (the rule test compares it with the Java rule). */
    public Uni<List<Taak>> listVoorZaken(SqlClient sql, List<UUID> ids, Taaktermijnen t, Instant now) {
        Where where = new Where().en("h.id = any(?)", (Object) ids.toArray(UUID[]::new));
        return sql.preparedQuery("select t.* from (" + taken(where, "select h.* from huisverbod h" + where.sql(), t, now)
                + ") t order by t.huisverbod_id, t.soort")
                .execute(where.tuple()).map(rows -> Rijen.alle(rows, TaakRepository::map));
    }

    /**
     * Overdue tasks of running or monitored cases not yet announced, oldest due first, locked for this transaction so
     * two instances never announce the same task (the unique key of {@code taak_verlopen_melding} backs this up).
     */
    public Uni<List<Taak>> listVerlopenOngemeld(SqlClient sql, Taaktermijnen t, Instant now, int limit) {
        Where where = new Where();
        String nu0 = where.param(odt(now));
        String query = taken(where, "select h.* from huisverbod h where " + OPEN + " union all select h.* from huisverbod h"
                + " where " + geslotenMetTaak(nu0), t, now);
        String nu = where.param(odt(now));
        return sql.preparedQuery("select t.* from (" + query + ") t where t.vervalt_op <= " + nu
                + " and not exists (select 1 from taak_verlopen_melding m where m.soort = t.soort"
                + " and m.huisverbod_id = t.huisverbod_id and m.betrokkene_id = coalesce(t.betrokkene_id, "
                + where.param(GEEN) + ") and m.vervalt_op = t.vervalt_op) order by t.vervalt_op limit "
                + where.param(limit)).execute(where.tuple()).map(rows -> Rijen.alle(rows, TaakRepository::map));
    }

    /**
     * Records that these tasks are announced and returns those this call recorded; a task another instance recorded
     * meanwhile is left out, so it is announced exactly once.
     */
    public Uni<List<Taak>> markGemeld(SqlClient sql, List<Taak> taken, Instant now) {
        if (taken.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<io.vertx.mutiny.sqlclient.Tuple> rijen = taken.stream().map(t -> io.vertx.mutiny.sqlclient.Tuple.of(
                t.soort().name(), t.huisverbodId(), t.betrokkeneId() == null ? GEEN : t.betrokkeneId(), odt(t.vervaltOp()),
                odt(now))).toList();
        return sql.preparedQuery("insert into taak_verlopen_melding (soort, huisverbod_id, betrokkene_id, vervalt_op,"
                + " gemeld_op) values ($1, $2, $3, $4, $5) on conflict do nothing returning 1").executeBatch(rijen)
                .map(r -> {
                    List<Taak> nieuw = new java.util.ArrayList<>();
                    int i = 0;
                    for (io.vertx.mutiny.sqlclient.RowSet<Row> rs = r; rs != null; rs = rs.next(), i++) {
                        if (rs.rowCount() > 0) {
                            nieuw.add(taken.get(i));
                        }
                    }
                    return nieuw;
                });
    }

    /** Open and overdue tasks per kind of the cases in scope held by this organisation and role. */
    public Uni<List<Row>> overzicht(SqlClient sql, Zichtbaarheid zicht, Organisatie organisatie, Rol rol,
            String gebruikersnaam, Taaktermijnen t, Instant now) {
        Where where = new Where();
        String query = taken(where, bereik(where, zicht, organisatie, now, ""), t, now);
        String nu = where.param(odt(now));
        String cond = " where t.houder_organisatie = " + where.param(organisatie.name())
                + " and (t.houder_rol is null or t.houder_rol = " + where.param(rol.code()) + ")"
                + (gebruikersnaam == null ? "" : " and t.houder_gebruiker = " + where.param(gebruikersnaam));
        return sql.preparedQuery("select t.soort, t.huisverbod_id, t.betrokkene_id, t.vervalt_op <= " + nu
                + " as verlopen from (" + query + ") t" + cond).execute(where.tuple()).map(rows -> {
                    List<Row> uit = new java.util.ArrayList<>();
                    rows.forEach(uit::add);
                    return uit;
                });
    }

    private static Taak map(Row r) {
        String rol = r.getString("houder_rol");
        String persoonRol = r.getString("betrokkene_rol");
        return new Taak(Taaksoort.valueOf(r.getString("soort")), r.getUUID("huisverbod_id"),
                r.getString("registratienummer"), r.getUUID("betrokkene_id"),
                persoonRol == null ? null : BetrokkeneRol.valueOf(persoonRol), r.getOffsetDateTime("sinds").toInstant(),
                r.getOffsetDateTime("vervalt_op").toInstant(),
                new Taak.Houder(Organisatie.valueOf(r.getString("houder_organisatie")),
                        rol == null ? null : Rol.uitCode(rol), r.getString("houder_gebruiker")));
    }

    /**
     * The cases whose tasks a reader may hold: its scope, and the one case an open request puts its organisation in
     * reach of (a Reclassering advice asked, a question to GGZ, a hand-over to it unconfirmed) — the policy file's {@code opdrachten}, which
     * never put a case in the reader's case lists but are that organisation's work. The seam decides each case after.
     */
    private static String bereik(Where where, Zichtbaarheid zicht, Organisatie organisatie, Instant now, String extra) {
        zicht.beperk(where);
        String scope = where.sql().isEmpty() ? "true" : where.sql().substring(" where ".length());
        String org = where.param(organisatie.name());
        String nu = where.param(odt(now));
        // every task but a hand-over's confirmation is on an open case; the open cases are few at any size (a
        // partial index), so the set is materialised once and the kinds' branches run over it
        return "select h.* from huisverbod h where " + OPEN + extra + " and ((" + scope + ") or (" + org
                + " = 'RECLASSERING' and exists (select 1 from reclasseringsadvies r where r.huisverbod_id = h.id"
                + " and r.geleverd_op is null and r.einde_op is null and r.vervalt_op > " + nu + "))"
                + " or (" + org + " = 'GGZ' and exists (select 1 from (select * from ggzvraag l where l.huisverbod_id = h.id"
                + " order by l.gevraagd_op desc limit 1) g where g.vervalt_op > " + nu + " and " + GGZ_NIET_BEANTWOORD + ")))"
                + " union all select h.* from huisverbod h where " + geslotenMetTaak(nu) + extra + " and ((" + scope
                + ") or (" + overdrachtOpen(nu)
                + " and h.overdracht_organisatie = " + org + "))";
    }

    private static final String OPEN = "h.afgesloten_op is null and h.ingetrokken_op is null";

    /**
     * A closed case that may still hold a task: its warm hand-over waits for confirmation, or intensive case management
     * runs on it (issue 35.2). The running ICM tracks are read once as an array, not per closed case: a correlated
     * {@code exists} under the {@code or} ran for every closed case (100k cases: ~300 ms a work queue), where the array
     * lets PostgreSQL combine the hand-over index and the primary key.
     */
    private static String geslotenMetTaak(String nu) {
        return "h.afgesloten_op is not null and ((" + overdrachtOpen(nu) + ") or h.id = any(array(select n.huisverbod_id"
                + " from nazorg n where n.soort = 'ICM' and n.einde_op is null)))";
    }

    /** A closed case whose warm hand-over to a hub partner waits for its confirmation, while that partner's reach lasts. */
    private static String overdrachtOpen(String nu) {
        return "h.afgesloten_op is not null and h.overdracht_bevestigd_op is null and h.overdracht_organisatie is not null"
                + " and h.overdracht_bereik_tot > " + nu;
    }

    /** The union of the kinds' rules over the cases {@code cte} selects (a query of {@code huisverbod h} rows). */
    private static String taken(Where where, String cte, Taaktermijnen t, Instant now) {
        String nu = where.param(odt(now));
        String open = "h.afgesloten_op is null and h.ingetrokken_op is null";
        String opgelegd = open + " and h.eindmoment > " + nu + " and h.verlengd_op is null";
        String loopt = open + " and h.eindmoment > " + nu;
        String monitoring = open + " and h.eindmoment <= " + nu + " and h.beeindigd_op is null and h.monitoring_einde > " + nu;
        String beeindigd = open + " and h.eindmoment <= " + nu + " and (h.beeindigd_op is not null or h.monitoring_einde <= "
                + nu + ")";
        // Huisverbod.coordinatorVoor: one covering everyone before one covering some, then the earliest; for a person's
        // task the earliest covering that person
        String coordinator = "h.coordinerende_organisatie, null::varchar, (select c.gebruikersnaam from toewijzing c"
                + " where c.huisverbod_id = h.id and c.rol = 'ZORGCOORDINATOR' and c.beeindigd_op is null"
                + " order by c.betrokkenen is not null, c.toegewezen_op limit 1)";
        String coordinatorVanPersoon = "h.coordinerende_organisatie, null::varchar, (select c.gebruikersnaam from toewijzing c"
                + " where c.huisverbod_id = h.id and c.rol = 'ZORGCOORDINATOR' and c.beeindigd_op is null"
                + " and (c.betrokkenen is null or b.id = any(c.betrokkenen)) order by c.toegewezen_op limit 1)";
        String vt = "'VEILIG_THUIS', 'veilig-thuis', null::varchar";
        String peil = "h.eindmoment + " + sec(where, Duration.ofDays(42));
        String marge = sec(where, t.peilmomentMarge());
        String rapportVanaf = "least(h.beeindigd_op, h.monitoring_einde - " + sec(where, t.eindrapportOpent()) + ")";
        String monitoringTot = "least(h.beeindigd_op, h.monitoring_einde)";
        return "with h as materialized (" + cte + ")\n"
                + kind("ZORGCOORDINATOR_TOEWIJZEN", "h.opgelegd_op", eindeVanDag("h.opgelegd_op"), vt,
                        open + " and not exists (select 1 from toewijzing c where c.huisverbod_id = h.id"
                                + " and c.rol = 'ZORGCOORDINATOR' and c.beeindigd_op is null)")
                + "\nunion all\n"
                + kind("GEZINSMANAGER_TOEWIJZEN", "h.opgelegd_op", "h.opgelegd_op + " + sec(where, t.gezinsmanager()), vt,
                        open + " and h.gemeente not in ('AMSTELVEEN', 'AALSMEER') and exists (select 1 from betrokkene m"
                                + " where m.huisverbod_id = h.id and (m.rol = 'KIND' or (m.geboortedatum + interval '18 years')"
                                + "::date > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date))"
                                + " and not exists (select 1 from toewijzing c where c.huisverbod_id = h.id"
                                + " and c.rol = 'GEZINSMANAGER' and c.beeindigd_op is null)")
                + "\nunion all\n"
                + "select 'EERSTE_CONTACT' as soort, h.id as huisverbod_id, h.registratienummer, b.id as betrokkene_id,"
                + " b.rol as betrokkene_rol, h.opgelegd_op as sinds, h.opgelegd_op + " + sec(where, t.eersteContact())
                + " as vervalt_op, " + houder(coordinatorVanPersoon)
                + ", h.gemeente from h join betrokkene b on b.huisverbod_id = h.id"
                + " where " + open + " and b.rol <> 'KIND' and not ((b.geboortedatum + interval '18 years')::date"
                + " > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date) and not exists (select 1 from contactmoment k"
                + " where k.huisverbod_id = h.id and k.betrokkene_id = b.id and k.bereikt)"
                + "\nunion all\n"
                + kind("VERLENGINGSADVIES_GEVEN", "h.opgelegd_op",
                        "h.eindmoment - " + sec(where, t.verlengingsadviesVoorEinde()), coordinator,
                        opgelegd + " and h.verlengingsadvies is null")
                + "\nunion all\n"
                + kind("VERLENGING_BESLUITEN", "h.verlengingsadvies_op", "h.eindmoment",
                        "'GEMEENTE', 'gemeente', null::varchar",
                        opgelegd + " and h.verlengingsadvies is not null and h.verlengingsbesluit is null")
                + "\nunion all\n"
                + kind("ZSM_BEOORDELEN", "h.opgelegd_op", "h.eindmoment", "'OM', 'om-zsm', null::varchar",
                        loopt + " and h.strafrechtelijk_traject and not exists (select 1 from afdoening a"
                                + " where a.huisverbod_id = h.id)")
                + "\nunion all\n"
                + kind("OVERTREDING_OPVOLGEN", "o.oudste",
                        "o.oudste + " + sec(where, t.overtredingOpvolgen()), "'POLITIE', 'wijkagent', null::varchar",
                        open + " and o.oudste is not null")
                        .replace(" from h where ",
                                " from h cross join lateral (select min(o.moment) as oudste from overtreding o"
                                        + " where o.huisverbod_id = h.id and o.status = 'BEVESTIGD' and o.vervolgactie is null) o where ")
                + "\nunion all\n"
                + kind("VERWIJZING_STARTEN", "v.sinds", "v.sinds + " + sec(where, t.verwijzingGestart()), coordinator,
                        open + " and v.sinds is not null")
                        .replace(" from h where ", " from h cross join lateral (select (min(w.aangemeld_op)::timestamp"
                                + " at time zone 'Europe/Amsterdam') as sinds from verwijzing w where w.huisverbod_id = h.id"
                                + " and w.status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST')) v where ")
                + "\nunion all\n"
                + kind("PEILMOMENT_HOUDEN", peil + " - " + marge, peil + " + " + marge, coordinator,
                        monitoring + " and " + nu + " >= " + peil + " - " + marge
                                + " and not exists (select 1 from peilmoment p"
                                + " where p.huisverbod_id = h.id and p.datum >= ((" + peil + " - " + marge
                                + ") at time zone 'Europe/Amsterdam')::date)")
                + "\nunion all\n"
                + kind("EINDRAPPORT_OPSTELLEN", rapportVanaf, monitoringTot, coordinator,
                        open + " and h.eindmoment <= " + nu + " and " + nu + " >= " + rapportVanaf
                                + " and not exists (select 1 from opvolging_eindrapport d where d.huisverbod_id = h.id)")
                + "\nunion all\n"
                + kind("AFSLUITEN", monitoringTot, monitoringTot + " + " + sec(where, t.afsluiten()), coordinator, beeindigd)
                + "\nunion all\n"
                + kind("OVERDRACHT_BEVESTIGEN", "h.afgesloten_op", "h.afgesloten_op + " + sec(where, t.overdrachtBevestiging()),
                        "h.overdracht_organisatie, null::varchar, null::varchar",
                        "h.afgesloten_op is not null and h.overdracht_organisatie is not null"
                                + " and h.overdracht_bevestigd_op is null and (h.overdracht_bereik_tot is null or "
                                + nu + " < h.overdracht_bereik_tot)")
                + "\nunion all\n"
                + kind("RECLASSERINGSADVIES_LEVEREN", "r.aangevraagd_op",
                        "((r.termijn + 1)::timestamp at time zone 'Europe/Amsterdam')",
                        "'RECLASSERING', 'reclassering', null::varchar",
                        open)
                        .replace(" from h where ", " from h join reclasseringsadvies r on r.huisverbod_id = h.id"
                                + " and r.geleverd_op is null and r.einde_op is null and " + nu + " < r.vervalt_op where ")
                + "\nunion all\n"
                + kind("ZORGINBRENG_GEVEN", "za.gevraagd_op", "((za.termijn + 1)::timestamp at time zone 'Europe/Amsterdam')",
                        coordinator, open)
                        .replace(" from h where ", " from h join zorgadviesaanvraag za on za.huisverbod_id = h.id"
                                + " and za.beantwoord_op is null where ")
                + "\nunion all\n" + politieverzoek("POLITIEVERZOEK_UITVOEREN", "'POLITIE', null::varchar, null::varchar", open)
                + "\nunion all\n"
                + politieverzoek("POLITIEVERZOEK_AFWACHTEN", "h.coordinerende_organisatie, null::varchar, v.gevraagd_door",
                        open)
                + "\nunion all\n"
                + "select 'GGZ_BEKEND_BEANTWOORDEN' as soort, h.id as huisverbod_id, h.registratienummer, g.betrokkene_id,"
                + " b.rol as betrokkene_rol, g.gevraagd_op as sinds, g.gevraagd_op + " + sec(where, t.ggzVraag())
                + " as vervalt_op, " + houder("'GGZ', 'ggz', null::varchar") + ", h.gemeente from h join lateral (select *"
                + " from ggzvraag l where l.huisverbod_id = h.id order by l.gevraagd_op desc limit 1) g on true"
                + " join betrokkene b on b.id = g.betrokkene_id where " + open + " and " + nu + " < g.vervalt_op"
                + " and " + GGZ_NIET_BEANTWOORD
                + "\nunion all\n"
                + kind("ICM_EVALUEREN", ICM_VANAF, "((n.evaluatie_op + 1)::timestamp at time zone 'Europe/Amsterdam')",
                        "n.organisatie, null::varchar, n.eigenaar",
                        "h.afgesloten_op is not null and " + nu + " >= " + ICM_VANAF)
                        .replace(" from h where ", " from h join nazorg n on n.huisverbod_id = h.id and n.soort = 'ICM'"
                                + " and n.einde_op is null where ");
    }

    /** An ICM review is in its owner's queue from {@link Taakregels#ICM_VOORAF_DAGEN} days before its date. */
    private static final String ICM_VANAF = "((n.evaluatie_op - " + nl.thvhub.huisverbod.Taakregels.ICM_VOORAF_DAGEN
            + ")::timestamp at time zone 'Europe/Amsterdam')";

    /** The question to GGZ stands until GGZ set the person's flag after it was asked ({@code Huisverbod.ggzVraagOpen}). */
    private static final String GGZ_NIET_BEANTWOORD = "not exists (select 1 from ggz_signaal s where s.huisverbod_id ="
            + " g.huisverbod_id and s.betrokkene_id = g.betrokkene_id and s.gewijzigd_op >= g.gevraagd_op)";

    /** A task about the open request of the UHG's coordinator to the police, about the UHG, due at the end of its day. */
    private static String politieverzoek(String soort, String houder, String open) {
        return "select '" + soort + "' as soort, h.id as huisverbod_id, h.registratienummer, v.betrokkene_id,"
                + " b.rol as betrokkene_rol, v.gevraagd_op as sinds,"
                + " ((v.termijn + 1)::timestamp at time zone 'Europe/Amsterdam') as vervalt_op, " + houder(houder)
                + ", h.gemeente from h join politieverzoek v on v.huisverbod_id = h.id and v.beantwoord_op is null"
                + " join betrokkene b on b.id = v.betrokkene_id where " + open;
    }

    private static String kind(String soort, String sinds, String vervaltOp, String houder, String conditie) {
        return "select '" + soort + "' as soort, h.id as huisverbod_id, h.registratienummer, null::uuid as betrokkene_id,"
                + " null::varchar as betrokkene_rol, " + sinds + " as sinds, " + vervaltOp + " as vervalt_op, "
                + houder(houder) + ", h.gemeente from h where " + conditie;
    }

    private static String houder(String houder) {
        String[] delen = houder.split(", (?![^(]*\\))", 3);
        return delen[0] + " as houder_organisatie, " + delen[1] + " as houder_rol, " + delen[2] + " as houder_gebruiker";
    }

    /** An exact duration as an interval of seconds (days in Java are 24 h; PostgreSQL's would follow the clock). */
    private static String sec(Where where, Duration d) {
        return "(" + where.param(d.toSeconds()) + "::bigint * interval '1 second')";
    }

    private static String eindeVanDag(String moment) {
        return "((((" + moment + ") at time zone 'Europe/Amsterdam')::date + 1)::timestamp at time zone 'Europe/Amsterdam')";
    }
}
