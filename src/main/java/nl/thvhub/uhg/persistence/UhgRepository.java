package nl.thvhub.uhg.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.uhg.GgzVraag;
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.Verblijf;

/** SQL for where the UHG stays and Veilig Thuis' shelter decision: append-only versions, newest first. */
@ApplicationScoped
public class UhgRepository {

    public Uni<List<Verblijf.Versie>> verblijf(SqlClient sql, UUID zaak, UUID persoon) {
        return sql.preparedQuery("select * from verblijf_uhg where huisverbod_id = $1 and betrokkene_id = $2"
                + " order by versie desc").execute(Tuple.of(zaak, persoon))
                .map(rows -> Rijen.alle(rows, UhgRepository::verblijf));
    }

    /** Adds a version; false when another writer added this version first (the caller answers 412). */
    public Uni<Boolean> addVerblijf(SqlClient sql, UUID zaak, UUID persoon, Verblijf.Versie v) {
        return Parameters.met("zaak", zaak).en("persoon", persoon).en("versie", v.versie()).en("soort", v.soort())
                .en("adres", v.adres()).en("sinds", v.sinds()).en("bron", v.bron()).en("door", v.vastgelegdDoor())
                .en("organisatie", v.organisatie()).en("op", v.vastgelegdOp())
                .voerUit(sql, """
                        insert into verblijf_uhg (huisverbod_id, betrokkene_id, versie, soort, adres, sinds, bron, door,
                          organisatie, vastgelegd_op)
                        values (#{zaak}, #{persoon}, #{versie}, #{soort}, #{adres}, #{sinds}, #{bron}, #{door},
                          #{organisatie}, #{op})
                        on conflict do nothing
                        """).map(n -> n == 1);
    }

    public Uni<List<Opvang.Versie>> opvang(SqlClient sql, UUID zaak, UUID persoon) {
        return sql.preparedQuery("select * from opvangbesluit where huisverbod_id = $1 and betrokkene_id = $2"
                + " order by versie desc").execute(Tuple.of(zaak, persoon))
                .map(rows -> Rijen.alle(rows, UhgRepository::opvang));
    }

    /** Adds a decision; false when another writer added this version first. */
    public Uni<Boolean> addOpvang(SqlClient sql, UUID zaak, UUID persoon, Opvang.Versie v) {
        return Parameters.met("zaak", zaak).en("persoon", persoon).en("versie", v.versie())
                .en("inAanmerking", v.inAanmerking()).en("reden", v.reden()).en("nachten", v.nachten())
                .en("besluitOp", v.besluitOp()).en("door", v.vastgelegdDoor()).en("organisatie", v.organisatie())
                .en("op", v.vastgelegdOp())
                .voerUit(sql, """
                        insert into opvangbesluit (huisverbod_id, betrokkene_id, versie, in_aanmerking, reden, nachten,
                          besluit_op, door, organisatie, vastgelegd_op)
                        values (#{zaak}, #{persoon}, #{versie}, #{inAanmerking}, #{reden}, #{nachten}, #{besluitOp},
                          #{door}, #{organisatie}, #{op})
                        on conflict do nothing
                        """).map(n -> n == 1);
    }

    /**
     * Running THVs in the reader's scope whose UHG has no known place to stay: no record, or the last one says
     * ONBEKEND; the longest-running first.
     */
    public Uni<List<Verblijf.ZonderVerblijf>> zonderVerblijf(SqlClient sql, Zichtbaarheid zicht, Instant now, int limiet) {
        Where where = new Where();
        zicht.beperk(where);
        String scope = where.sql().isEmpty() ? "" : " and " + where.sql().substring(" where ".length());
        String nu = where.param(odt(now));
        return sql.preparedQuery("select h.id, h.registratienummer, b.id as betrokkene_id, h.opgelegd_op, h.eindmoment,"
                + " v.soort as laatste_soort, v.vastgelegd_op as laatst_op from huisverbod h"
                + " join betrokkene b on b.huisverbod_id = h.id and b.rol = 'UITHUISGEPLAATSTE'"
                + " left join lateral (select l.soort, l.vastgelegd_op from verblijf_uhg l where l.huisverbod_id = h.id"
                + " and l.betrokkene_id = b.id order by l.versie desc limit 1) v on true"
                + " where h.afgesloten_op is null and h.ingetrokken_op is null and h.eindmoment > " + nu + scope
                + " and (v.soort is null or v.soort = 'ONBEKEND') order by h.opgelegd_op limit " + where.param(limiet))
                .execute(where.tuple())
                .map(rows -> Rijen.alle(rows, r -> new Verblijf.ZonderVerblijf(r.getUUID("id"),
                        r.getString("registratienummer"), r.getUUID("betrokkene_id"),
                        r.getOffsetDateTime("opgelegd_op").toInstant(), r.getOffsetDateTime("eindmoment").toInstant(),
                        r.getString("laatste_soort") == null ? null : Verblijf.Soort.valueOf(r.getString("laatste_soort")),
                        r.getOffsetDateTime("laatst_op") == null ? null : r.getOffsetDateTime("laatst_op").toInstant())));
    }

    public Uni<List<Politieverzoek.View>> politieverzoeken(SqlClient sql, UUID zaak) {
        return sql.preparedQuery("select * from politieverzoek where huisverbod_id = $1 order by gevraagd_op desc")
                .execute(Tuple.of(zaak)).map(rows -> Rijen.alle(rows, UhgRepository::politieverzoek));
    }

    /** Adds a request; false when the case already has an open one (the unique index decides, across instances). */
    public Uni<Boolean> addPolitieverzoek(SqlClient sql, Politieverzoek.View v) {
        return Parameters.met("id", v.id()).en("zaak", v.huisverbodId()).en("persoon", v.betrokkeneId())
                .en("soort", v.soort()).en("toelichting", v.toelichting()).en("termijn", v.termijn())
                .en("door", v.gevraagdDoor()).en("organisatie", v.gevraagdOrganisatie()).en("op", v.gevraagdOp())
                .voerUit(sql, """
                        insert into politieverzoek (id, huisverbod_id, betrokkene_id, soort, toelichting, termijn,
                          gevraagd_door, gevraagd_organisatie, gevraagd_op)
                        values (#{id}, #{zaak}, #{persoon}, #{soort}, #{toelichting}, #{termijn}, #{door}, #{organisatie},
                          #{op})
                        on conflict do nothing
                        """).map(n -> n == 1);
    }

    /** Answers an open request; false when it was answered meanwhile. */
    public Uni<Boolean> answer(SqlClient sql, UUID verzoek, Politieverzoek.Uitkomst uitkomst, String antwoord,
            String door, Organisatie organisatie, Instant op) {
        return Parameters.met("id", verzoek).en("uitkomst", uitkomst).en("antwoord", antwoord).en("door", door)
                .en("organisatie", organisatie).en("op", op)
                .voerUit(sql, """
                        update politieverzoek set uitkomst = #{uitkomst}, antwoord = #{antwoord}, beantwoord_door = #{door},
                          beantwoord_organisatie = #{organisatie}, beantwoord_op = #{op}
                        where id = #{id} and beantwoord_op is null
                        """).map(n -> n == 1);
    }

    public Uni<Void> addGgzVraag(SqlClient sql, GgzVraag.View v) {
        return Parameters.met("id", v.id()).en("zaak", v.huisverbodId()).en("persoon", v.betrokkeneId())
                .en("vraag", v.vraag()).en("door", v.gevraagdDoor()).en("organisatie", v.gevraagdOrganisatie())
                .en("op", v.gevraagdOp()).en("tot", v.vervaltOp())
                .voerUit(sql, """
                        insert into ggzvraag (id, huisverbod_id, betrokkene_id, vraag, gevraagd_door, gevraagd_organisatie,
                          gevraagd_op, vervalt_op)
                        values (#{id}, #{zaak}, #{persoon}, #{vraag}, #{door}, #{organisatie}, #{op}, #{tot})
                        """).replaceWithVoid();
    }

    /** Demo data: whether nothing about a UHG was recorded yet. */
    public Uni<Boolean> isEmpty(SqlClient sql) {
        return sql.query("select not exists (select 1 from verblijf_uhg) and not exists (select 1 from opvangbesluit) as leeg")
                .execute().map(rows -> rows.iterator().next().getBoolean("leeg"));
    }

    /**
     * Demo data: the first demo case coordinated by {@code gebruikersnaam} alone (the care demo's fullest case), with its
     * assignment and persons: {@code [zaak, toewijzing, uhg, ...others]}.
     */
    public Uni<List<UUID>> demozaak(SqlClient sql, String gebruikersnaam) {
        return sql.preparedQuery("""
                select h.id, t.id as toewijzing,
                  (select array_agg(b.id order by b.rol <> 'UITHUISGEPLAATSTE', b.volgorde) from betrokkene b
                    where b.huisverbod_id = h.id) as personen
                from huisverbod h join toewijzing t on t.huisverbod_id = h.id and t.rol = 'ZORGCOORDINATOR'
                  and t.beeindigd_op is null and t.gebruikersnaam = $1 and t.betrokkenen is null
                order by right(h.registratienummer, 6) limit 1
                """).execute(Tuple.of(gebruikersnaam)).map(rows -> {
            List<UUID> ids = new java.util.ArrayList<>();
            rows.forEach(r -> {
                ids.add(r.getUUID("id"));
                ids.add(r.getUUID("toewijzing"));
                ids.addAll(List.of(r.getArrayOfUUIDs("personen")));
            });
            return ids;
        });
    }

    private static Verblijf.Versie verblijf(Row r) {
        return new Verblijf.Versie(r.getInteger("versie"), Verblijf.Soort.valueOf(r.getString("soort")), r.getString("adres"),
                r.getLocalDate("sinds"), r.getString("bron"), r.getString("door"),
                Organisatie.valueOf(r.getString("organisatie")), r.getOffsetDateTime("vastgelegd_op").toInstant());
    }

    private static Politieverzoek.View politieverzoek(Row r) {
        String uitkomst = r.getString("uitkomst");
        String org = r.getString("beantwoord_organisatie");
        return new Politieverzoek.View(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getUUID("betrokkene_id"),
                Politieverzoek.Soort.valueOf(r.getString("soort")), r.getString("toelichting"), r.getLocalDate("termijn"),
                r.getString("gevraagd_door"), Organisatie.valueOf(r.getString("gevraagd_organisatie")),
                r.getOffsetDateTime("gevraagd_op").toInstant(),
                uitkomst == null ? null : Politieverzoek.Uitkomst.valueOf(uitkomst), r.getString("antwoord"),
                r.getString("beantwoord_door"), org == null ? null : Organisatie.valueOf(org),
                r.getOffsetDateTime("beantwoord_op") == null ? null : r.getOffsetDateTime("beantwoord_op").toInstant());
    }

    private static Opvang.Versie opvang(Row r) {
        return new Opvang.Versie(r.getInteger("versie"), r.getBoolean("in_aanmerking"), r.getString("reden"),
                r.getInteger("nachten"), r.getLocalDate("besluit_op"), r.getString("door"),
                Organisatie.valueOf(r.getString("organisatie")), r.getOffsetDateTime("vastgelegd_op").toInstant());
    }
}
