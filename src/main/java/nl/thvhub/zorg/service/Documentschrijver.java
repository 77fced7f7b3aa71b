package nl.thvhub.zorg.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * Writes the next version of a care document, the same way for the analysis, the network and the plans: the caller's
 * {@code If-Match} against the current version (412), the new items from the current ones, the write guarded by that
 * version (412 when another writer got there first), and the entry in the case history.
 */
@ApplicationScoped
class Documentschrijver {

    private final ZorgdocumentRepository documenten;
    private final Zaakboek boek;

    Documentschrijver(ZorgdocumentRepository documenten, Zaakboek boek) {
        this.documenten = documenten;
        this.boek = boek;
    }

    /** The next version; {@code details} of the history entry get the new version number. */
    Uni<Void> vervang(SqlConnection conn, Actor actor, UUID zaak, String soort, UUID sleutel, Integer versie,
            Function<Optional<ZorgdocumentRepository.Document>, JsonArray> nieuw, Gebeurtenissoort gebeurtenis,
            JsonObject details, Instant now) {
        return documenten.findCurrent(conn, zaak, soort, sleutel).chain(doc -> {
            int huidig = doc.map(ZorgdocumentRepository.Document::versie).orElse(0);
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
