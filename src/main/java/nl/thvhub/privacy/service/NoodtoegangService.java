package nl.thvhub.privacy.service;

import static nl.thvhub.platform.Tijd.instant;
import static nl.thvhub.platform.Tijd.odt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;

/**
 * Break-the-glass: a time-boxed emergency grant for one case, with a mandatory reason, and the FG's review list of every
 * grant. Grants are written in the transaction of the read they open.
 */
@ApplicationScoped
public class NoodtoegangService {

    /** A grant as the FG reviews it. */
    public record Noodtoegang(@NotNull UUID id, @NotNull UUID huisverbodId, String gebruiker, @NotNull Rol rol,
            @NotNull Organisatie organisatie, String reden, @NotNull Instant verleendOp, @NotNull Instant verlooptOp,
            Instant beoordeeldOp, String beoordeeldDoor, String oordeel) implements nl.thvhub.platform.Herleesbaar {

        public static final String SOORT = "noodtoegang";

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }

    private final Pool pool;
    private final Disclosure disclosure;
    private final Clock clock;

    public NoodtoegangService(Pool pool, Disclosure disclosure, Clock clock) {
        this.pool = pool;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** Validates the reason a caller gave; a reason is mandatory and bounded. */
    public static String reden(String header) {
        String reden = header == null ? "" : header.trim();
        if (reden.length() < 10 || reden.length() > 500) {
            throw ProblemException.invalid("Noodtoegang", "een reden van 10 tot 500 tekens is verplicht");
        }
        return reden;
    }

    /** How many grants this user took in the 24 hours before now, for the daily cap. */
    public Uni<Long> verleendLaatsteDag(SqlClient sql, Actor actor, Instant now) {
        return sql.preparedQuery("select count(*) from noodtoegang where actor_subject = $1 and verleend_op > $2")
                .execute(Tuple.of(actor.subject(), odt(now.minus(java.time.Duration.ofDays(1)))))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> verleen(SqlClient sql, Actor actor, UUID huisverbodId, String reden, Instant now) {
        return sql
                .preparedQuery(
                        """
                                insert into noodtoegang (id, huisverbod_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, reden, verleend_op,
                                  verloopt_op) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                                """)
                .execute(Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(huisverbodId).addString(actor.subject())
                        .addString(actor.gebruikersnaam()).addString(actor.rol().code()).addString(actor.organisatie().name())
                        .addString(reden)
                        .addOffsetDateTime(odt(now)).addOffsetDateTime(odt(now.plus(disclosure.noodtoegangDuur()))))
                .replaceWithVoid();
    }

    /** Every grant, unreviewed first, newest first. */
    public Uni<List<Noodtoegang>> lijst(Actor actor, boolean alleenOnbeoordeeld) {
        requireFg(actor);
        String where = alleenOnbeoordeeld ? " where beoordeeld_op is null" : "";
        return pool
                .query("select * from noodtoegang" + where
                        + " order by (beoordeeld_op is null) desc, verleend_op desc limit 500")
                .execute()
                .map(rows -> {
                    List<Noodtoegang> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(map(r));
                    }
                    return list;
                });
    }

    public Uni<Noodtoegang> beoordeel(Actor actor, UUID id, String oordeel) {
        Instant now = clock.instant();
        requireFg(actor);
        if (oordeel == null || oordeel.isBlank() || oordeel.length() > 2000) {
            throw ProblemException.invalid("oordeel", "een oordeel van 1 tot 2000 tekens is verplicht");
        }
        return pool
                .preparedQuery(
                        """
                                update noodtoegang set beoordeeld_op = $2, beoordeeld_door = $3, oordeel = $4 where id = $1 and beoordeeld_op is null returning *
                                """)
                .execute(Tuple.of(id, odt(now), actor.gebruikersnaam(), oordeel.trim())).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    return map(rows.iterator().next());
                });
    }

    private static void requireFg(Actor actor) {
        if (actor.rol() != Rol.FG) {
            throw ProblemException.forbidden("Alleen de functionaris gegevensbescherming beoordeelt noodtoegang.");
        }
    }

    private static Noodtoegang map(Row r) {
        return new Noodtoegang(r.getUUID("id"), r.getUUID("huisverbod_id"), r.getString("actor_gebruiker"),
                Rol.uitCode(r.getString("actor_rol")),
                Organisatie.valueOf(r.getString("actor_organisatie")), r.getString("reden"),
                instant(r.getOffsetDateTime("verleend_op")),
                instant(r.getOffsetDateTime("verloopt_op")), instant(r.getOffsetDateTime("beoordeeld_op")),
                r.getString("beoordeeld_door"),
                r.getString("oordeel"));
    }

}
