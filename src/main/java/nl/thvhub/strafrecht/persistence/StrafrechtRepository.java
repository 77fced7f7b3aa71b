package nl.thvhub.strafrecht.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.PgFouten;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.strafrecht.Afdoening;

/** SQL for the criminal track: the versioned afdoeningen of a case and the candidates of the ZSM priority list. */
@ApplicationScoped
public class StrafrechtRepository {

    /** Two registrations raced for the same version number. */
    static final String VERSIE_UNIEK = "afdoening_huisverbod_id_versie_key";

    /** A running case that may belong on the priority list (with or without a criminal track), with what ranks it. */
    public record Kandidaat(UUID id, String registratienummer, Gemeente gemeente, Instant eindmoment,
            boolean strafrechtelijkTraject, boolean herhaling,
            GeweldErnst ernst, boolean minderjarigen, String beslissing, LocalDate contactverbodVan, boolean beoordeeld,
            long overtredingen, String zorgadviesRisico) {
    }

    public Uni<Integer> volgendeVersie(SqlClient sql, UUID zaakId) {
        return sql.preparedQuery("select coalesce(max(versie), 0) + 1 from afdoening where huisverbod_id = $1")
                .execute(Tuple.of(zaakId)).map(rows -> rows.iterator().next().getInteger(0));
    }

    /** Inserts one version; a concurrent registration of the same version is a 409. */
    public Uni<Void> insert(SqlClient sql, UUID id, UUID zaakId, int versie, Afdoening.Registratie r, Actor actor,
            Instant now) {
        JsonArray zittingen = new JsonArray();
        if (r.geplandeZittingen() != null) {
            r.geplandeZittingen().forEach(
                    z -> zittingen.add(new JsonObject().put("datum", z.datum().toString()).put("rechtbank", z.rechtbank())));
        }
        Parameters p = Parameters.met("id", id).en("zaak", zaakId).en("versie", versie).en("aangifte", r.aangifte())
                .en("aangifteDatum", r.aangifteDatum()).en("parketnummer", r.parketnummer())
                .en("zsmDatum", r.zsmBeoordelingDatum()).en("voorgenomen", r.voorgenomenAfdoening())
                .en("beslissing", r.beslissing()).en("sepotGrond", r.sepotGrond())
                .en("cvVan", r.contactverbod() == null ? null : r.contactverbod().van())
                .en("cvTot", r.contactverbod() == null ? null : r.contactverbod().tot())
                .en("gvVan", r.gebiedsverbod() == null ? null : r.gebiedsverbod().van())
                .en("gvTot", r.gebiedsverbod() == null ? null : r.gebiedsverbod().tot())
                .en("voorwaarden", r.bijzondereVoorwaarden()).en("rcGevraagd", r.reclasseringsadviesGevraagd())
                .en("rcOntvangen", r.reclasseringsadviesOntvangen()).en("zittingen", zittingen)
                .en("verblijfplaats", r.verblijfplaatsUhg()).en("door", actor.gebruikersnaam())
                .en("rol", actor.rol().code()).en("op", now);
        return p.voerUit(sql,
                """
                        insert into afdoening (id, huisverbod_id, versie, aangifte, aangifte_datum, parketnummer, zsm_beoordeling_datum,
                          voorgenomen_afdoening, beslissing, sepot_grond, contactverbod_van, contactverbod_tot, gebiedsverbod_van,
                          gebiedsverbod_tot, bijzondere_voorwaarden, reclasseringsadvies_gevraagd, reclasseringsadvies_ontvangen, zittingen,
                          verblijfplaats_uhg, geregistreerd_door, geregistreerd_rol, geregistreerd_op)
                        values (#{id}, #{zaak}, #{versie}, #{aangifte}, #{aangifteDatum}, #{parketnummer}, #{zsmDatum}, #{voorgenomen},
                          #{beslissing}, #{sepotGrond}, #{cvVan}, #{cvTot}, #{gvVan}, #{gvTot}, #{voorwaarden}, #{rcGevraagd},
                          #{rcOntvangen}, #{zittingen}, #{verblijfplaats}, #{door}, #{rol}, #{op})
                        """)
                .onFailure(e -> PgFouten.uniekGeschonden(e, VERSIE_UNIEK))
                .transform(e -> ProblemException.conflict(
                        "Er is tegelijk een andere versie geregistreerd; lees de afdoeningen opnieuw.", null, List.of()))
                .replaceWithVoid();
    }

    /** Every version, newest first; {@code h} tells whether a contactverbod starts on time. */
    public Uni<List<Afdoening.Versie>> listVersies(SqlClient sql, Huisverbod h) {
        // the flags of before the request (issue 21) now follow from the requests themselves: asked once one was made,
        // received once one was delivered; a flag set by hand on a version stays true
        return sql.preparedQuery("""
                select a.*,
                  a.reclasseringsadvies_gevraagd is true or exists (select 1 from reclasseringsadvies r
                    where r.huisverbod_id = a.huisverbod_id) as rc_gevraagd,
                  a.reclasseringsadvies_ontvangen is true or exists (select 1 from reclasseringsadvies r
                    where r.huisverbod_id = a.huisverbod_id and r.geleverd_op is not null) as rc_ontvangen
                from afdoening a where a.huisverbod_id = $1 order by a.versie desc
                """)
                .execute(Tuple.of(h.id())).map(rows -> Rijen.alle(rows, r -> map(r, h)));
    }

    /**
     * The candidates of both sections: running THVs with a criminal track and no final decision, or ending by
     * {@code venster} without a timely contactverbod; and running THVs without a criminal track that are a repeat, have
     * at least {@code overtredingen} confirmed violations, or (only when {@code advies}: the reader's rule shows the care
     * advice) a care advice of risk HOOG.
     */
    public Uni<List<Kandidaat>> listKandidaten(SqlClient sql, Instant now, Instant venster, String gemeente, boolean advies,
            int overtredingen) {
        return sql
                .preparedQuery(
                        """
                                select * from (
                                select h.id, h.registratienummer, h.gemeente, h.eindmoment, h.herhaling_grond is not null as herhaling, h.geweld_ernst,
                                  h.strafrechtelijk_traject,
                                  exists (select 1 from betrokkene b where b.huisverbod_id = h.id and (b.rol = 'KIND'
                                          or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date - interval '18 years')) as minderjarigen,
                                  a.beslissing, a.contactverbod_van, a.id is not null as beoordeeld,
                                  (select count(*) from overtreding o where o.huisverbod_id = h.id and o.status = 'BEVESTIGD') as overtredingen,
                                  (select z.risico from opvolging_zorgadvies z where z.huisverbod_id = h.id) as zorgadvies_risico
                                from huisverbod h
                                left join lateral (select id, beslissing, contactverbod_van from afdoening a where a.huisverbod_id = h.id
                                                   order by versie desc limit 1) a on true
                                where h.ingetrokken_op is null and h.afgesloten_op is null and h.eindmoment > $1
                                  and ($3::varchar is null or h.gemeente = $3)
                                ) k
                                where (k.strafrechtelijk_traject and (k.beslissing is null or (k.eindmoment <= $2 and (k.contactverbod_van is null
                                       or k.contactverbod_van > (k.eindmoment at time zone 'Europe/Amsterdam')::date))))
                                   or (not k.strafrechtelijk_traject and (k.herhaling or k.overtredingen >= $5
                                       or ($4 and k.zorgadvies_risico = 'HOOG')))
                                """)
                .execute(Tuple.of(odt(now), odt(venster), gemeente, advies, overtredingen))
                .map(rows -> Rijen.alle(rows, r -> new Kandidaat(r.getUUID("id"), r.getString("registratienummer"),
                        Gemeente.valueOf(r.getString("gemeente")), r.getOffsetDateTime("eindmoment").toInstant(),
                        r.getBoolean("strafrechtelijk_traject"), r.getBoolean("herhaling"),
                        GeweldErnst.valueOf(r.getString("geweld_ernst")), r.getBoolean("minderjarigen"),
                        r.getString("beslissing"), r.getLocalDate("contactverbod_van"), r.getBoolean("beoordeeld"),
                        r.getLong("overtredingen"), r.getString("zorgadvies_risico"))));
    }

    private static Afdoening.Versie map(Row r, Huisverbod h) {
        Afdoening.Periode cv = r.getLocalDate("contactverbod_van") == null
                ? null
                : new Afdoening.Periode(r.getLocalDate("contactverbod_van"), r.getLocalDate("contactverbod_tot"));
        Afdoening.Periode gv = r.getLocalDate("gebiedsverbod_van") == null
                ? null
                : new Afdoening.Periode(r.getLocalDate("gebiedsverbod_van"), r.getLocalDate("gebiedsverbod_tot"));
        List<Afdoening.Zitting> zittingen = new ArrayList<>();
        for (Object o : r.getJsonArray("zittingen")) {
            JsonObject z = (JsonObject) o;
            zittingen.add(new Afdoening.Zitting(LocalDate.parse(z.getString("datum")), z.getString("rechtbank")));
        }
        return new Afdoening.Versie(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getInteger("versie"),
                r.getBoolean("aangifte"), r.getLocalDate("aangifte_datum"), r.getString("parketnummer"),
                r.getLocalDate("zsm_beoordeling_datum"), r.getString("voorgenomen_afdoening"),
                beslissing(r.getString("beslissing")),
                r.getString("sepot_grond"), cv, gv, cv == null ? null : Afdoening.sluitAan(cv.van(), h.eindmoment()),
                r.getString("bijzondere_voorwaarden"), r.getBoolean("rc_gevraagd"),
                r.getBoolean("rc_ontvangen"), zittingen, r.getString("verblijfplaats_uhg"),
                r.getString("geregistreerd_door"), r.getOffsetDateTime("geregistreerd_op").toInstant());
    }

    private static Afdoening.Beslissing beslissing(String opgeslagen) {
        return opgeslagen == null ? null : Afdoening.Beslissing.valueOf(opgeslagen);
    }
}
