package nl.thvhub.signalen.persistence;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.signalen.ThvAanvraag;

/**
 * SQL for THV requests from care. {@code organisatie} is the requesting organisation a reader is limited to, or null
 * for the weegteam roles that see every request.
 */
@ApplicationScoped
public class ThvAanvraagRepository {

    /** Whether a request is still undecided, and whether the case it names exists. */
    public record Beslisbaar(String uitkomst, boolean zaakBestaat) {
    }

    public Uni<Void> insert(SqlClient sql, UUID id, ThvAanvraag.Aanvraag a, String postcode, String huisnummer, Actor actor,
            Instant now) {
        return sql.preparedQuery("""
                insert into thv_aanvraag (id, gemeente, postcode, huisnummer, onderbouwing, aangevraagd_door, aangevraagd_rol,
                  aangevraagd_org, aangevraagd_op)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """).execute(Tuple.tuple().addUUID(id).addString(a.gemeente().name()).addString(postcode).addString(huisnummer)
                .addString(a.onderbouwing().trim()).addString(actor.gebruikersnaam()).addString(actor.rol().code())
                .addString(actor.organisatie().name()).addOffsetDateTime(odt(now)))
                .replaceWithVoid();
    }

    public Uni<Optional<ThvAanvraag.View>> find(SqlClient sql, UUID id, String organisatie) {
        Where where = new Where().en("a.id = ?", id);
        if (organisatie != null) {
            where.en("a.aangevraagd_org = ?", organisatie);
        }
        return select(sql, where, "").map(list -> list.stream().findFirst());
    }

    /** Newest first; {@code status} is OPEN, OPGELEGD or NIET_OPGELEGD (null: all). */
    public Uni<List<ThvAanvraag.View>> list(SqlClient sql, String organisatie, ThvAanvraag.Status status, Cursor na,
            int limit) {
        Where where = new Where();
        if (organisatie != null) {
            where.en("a.aangevraagd_org = ?", organisatie);
        }
        if (status == ThvAanvraag.Status.OPEN) {
            where.en("a.uitkomst is null");
        } else if (status != null) {
            where.en("a.uitkomst = ?", status.name());
        }
        if (na != null) {
            where.en("(a.aangevraagd_op, a.id) < (?, ?)", odt(na.opgelegdOp()), na.id());
        }
        return select(sql, where, " order by a.aangevraagd_op desc, a.id desc limit " + where.param(limit));
    }

    /** Requests not imposed, decided in {@code (van, tot]}, oldest decision first. */
    public Uni<List<ThvAanvraag.View>> listNietOpgelegd(SqlClient sql, String organisatie, Instant van, Instant tot) {
        Where where = new Where().en("a.uitkomst = 'NIET_OPGELEGD' and a.beslist_op > ? and a.beslist_op <= ?", odt(van),
                odt(tot));
        if (organisatie != null) {
            where.en("a.aangevraagd_org = ?", organisatie);
        }
        return select(sql, where, " order by a.beslist_op");
    }

    /** Locks the request for the weegteam's decision. */
    public Uni<Optional<Beslisbaar>> lockVoorBeslissing(SqlClient sql, UUID id, UUID huisverbodId) {
        return sql.preparedQuery("select uitkomst, (select count(*) from huisverbod where id = $2) as zaak from thv_aanvraag"
                + " where id = $1 for update").execute(Tuple.of(id, huisverbodId))
                .map(rows -> Rijen.eerste(rows, r -> new Beslisbaar(r.getString("uitkomst"), r.getLong("zaak") > 0)));
    }

    public Uni<Void> decide(SqlClient sql, UUID id, ThvAanvraag.Beslissing b, Actor actor, Instant now) {
        return sql.preparedQuery("""
                update thv_aanvraag set uitkomst = $2, huisverbod_id = $3, motivering = $4, beslist_rol = $5, beslist_op = $6
                where id = $1
                """).execute(Tuple.tuple().addUUID(id).addString(b.uitkomst().name()).addUUID(b.huisverbodId())
                .addString(b.motivering() == null ? null : b.motivering().trim()).addString(actor.rol().code())
                .addOffsetDateTime(odt(now)))
                .replaceWithVoid();
    }

    private static Uni<List<ThvAanvraag.View>> select(SqlClient sql, Where where, String rest) {
        return sql.preparedQuery("select a.* from thv_aanvraag a" + where.sql() + rest).execute(where.tuple())
                .map(rows -> Rijen.alle(rows, ThvAanvraagRepository::map));
    }

    private static ThvAanvraag.View map(Row r) {
        String uitkomst = r.getString("uitkomst");
        return new ThvAanvraag.View(r.getUUID("id"), Gemeente.valueOf(r.getString("gemeente")),
                r.getString("postcode") == null
                        ? null
                        : new ThvAanvraag.Adres(r.getString("postcode"), r.getString("huisnummer")),
                r.getString("onderbouwing"),
                new ThvAanvraag.Aanvrager(Rol.uitCode(r.getString("aangevraagd_rol")),
                        Organisatie.valueOf(r.getString("aangevraagd_org"))),
                instant(r.getOffsetDateTime("aangevraagd_op")),
                uitkomst == null
                        ? null
                        : new ThvAanvraag.BeslissingView(ThvAanvraag.Uitkomst.valueOf(uitkomst), r.getUUID("huisverbod_id"),
                                r.getString("motivering"), Rol.uitCode(r.getString("beslist_rol")),
                                instant(r.getOffsetDateTime("beslist_op"))));
    }
}
