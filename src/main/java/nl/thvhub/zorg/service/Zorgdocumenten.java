package nl.thvhub.zorg.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.zorg.Zorgdocument;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * The port to the versioned care documents, for the care record and for the follow-through (whose monitoring report and
 * care advice are stored the same way): read the current version or all versions, and write the next version the same
 * way for every document — the caller's {@code If-Match} against the current version (412), the new items from the
 * current ones, the write guarded by that version (412 when another writer got there first), and the entry in the case
 * history. The table and its JSON envelope stay in zorg's persistence.
 */
@ApplicationScoped
public class Zorgdocumenten {

    private final ZorgdocumentRepository documenten;
    private final Zaakboek boek;

    Zorgdocumenten(ZorgdocumentRepository documenten, Zaakboek boek) {
        this.documenten = documenten;
        this.boek = boek;
    }

    /** The current version of a document, if it was ever written. */
    public Uni<Optional<Zorgdocument.Document>> huidig(SqlClient sql, UUID zaak, String soort, UUID sleutel) {
        return documenten.findCurrent(sql, zaak, soort, sleutel);
    }

    /** The current version and every version kept, as every read of a care document answers them. */
    public Uni<Zorgdocument.MetVersies> metVersies(SqlClient sql, UUID zaak, String soort, UUID sleutel) {
        return documenten.findWithVersions(sql, zaak, soort, sleutel);
    }

    /** The next version; {@code details} of the history entry get the new version number. */
    public Uni<Void> vervang(SqlConnection conn, Actor actor, UUID zaak, String soort, UUID sleutel, Integer versie,
            Function<Optional<Zorgdocument.Document>, JsonArray> nieuw, Gebeurtenissoort gebeurtenis,
            JsonObject details, Instant now) {
        return documenten.findCurrent(conn, zaak, soort, sleutel).chain(doc -> {
            int huidig = doc.map(Zorgdocument.Document::versie).orElse(0);
            Zorgrechten.versie(versie, huidig);
            return documenten.write(conn, zaak, soort, sleutel, huidig, nieuw.apply(doc), actor, now).chain(gelukt -> {
                if (!gelukt) {
                    throw Zorgrechten.gelijktijdig();
                }
                return boek.gebeurtenis(conn, zaak, gebeurtenis, actor, now, details.copy().put("versie", huidig + 1));
            });
        });
    }
}
