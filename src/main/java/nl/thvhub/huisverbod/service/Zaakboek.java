package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;

/**
 * The case's own book for the features that work on it: an entry in its lifecycle history, and its facts for an
 * announcement the hub makes on its own. Neither discloses anything to a reader (that goes through {@link Zaaktoegang}).
 */
@ApplicationScoped
public class Zaakboek {

    private final HuisverbodRepository repository;
    private final OpdrachtConfig opdrachten;
    private final Outbox outbox;

    public Zaakboek(HuisverbodRepository repository, OpdrachtConfig opdrachten, Outbox outbox) {
        this.repository = repository;
        this.opdrachten = opdrachten;
        this.outbox = outbox;
    }

    /** A history entry inside the caller's transaction (a part of the record changed). */
    public Uni<Void> gebeurtenis(SqlConnection conn, UUID zaakId, Gebeurtenissoort soort, Actor actor, Instant now,
            JsonObject details) {
        return repository.appendGebeurtenis(conn, zaakId, soort, actor, now, details);
    }

    /**
     * Records receipt of the hand-over; the receiver keeps reading the hand-over package {@code thv.opdrachten
     * .overdracht-na-bevestiging} after it confirmed (issue 35.4), then loses reach. Once: false when confirmed already.
     */
    public Uni<Boolean> bevestigOverdracht(SqlConnection conn, UUID zaakId, nl.thvhub.huisverbod.Huisverbod.Bevestiging b) {
        return repository.confirmOverdracht(conn, zaakId, b, b.vastgelegdOp().plus(opdrachten.overdrachtNaBevestiging()));
    }

    /** The facts of a case the hub announces on its own (a scheduled job), inside its transaction. */
    public Uni<Optional<Zaakfeiten>> feiten(SqlConnection conn, UUID zaakId) {
        return repository.find(conn, zaakId).map(o -> o.map(Feiten::van));
    }

    /** Announces, as the hub itself, one event of this type per case (a scheduled job's claimed cases), in its transaction. */
    public Uni<Void> meld(SqlConnection conn, NotificatieType type, java.util.List<UUID> zaken, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : zaken) {
            chain = chain.chain(() -> feiten(conn, id).chain(f -> f.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : outbox.emit(conn, type, f.get(), Actor.system(), now)));
        }
        return chain;
    }
}
