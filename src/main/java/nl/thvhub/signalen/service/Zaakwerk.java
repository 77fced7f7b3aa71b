package nl.thvhub.signalen.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;

/**
 * The transaction shape of every signal on a case: decide and audit the reader's view of the case, require the signal's
 * category, then do the work in the same transaction. A case the reader may not see answers 404 only after the
 * transaction (with its denial line) committed, exactly as a missing case.
 */
@ApplicationScoped
class Zaakwerk {

    /** Work on a visible case inside its transaction. */
    interface Werk<T> {

        Uni<T> doe(SqlConnection conn, Huisverbod zaak, Instant now);
    }

    private final Pool pool;
    private final HuisverbodService zaken;
    private final Disclosure disclosure;
    private final Verzoek verzoek;
    private final Clock clock;

    Zaakwerk(Pool pool, HuisverbodService zaken, Disclosure disclosure, Verzoek verzoek, Clock clock) {
        this.pool = pool;
        this.zaken = zaken;
        this.disclosure = disclosure;
        this.verzoek = verzoek;
        this.clock = clock;
    }

    <T> Uni<T> op(Actor actor, UUID zaakId, String actie, Categorie categorie, Werk<T> werk) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        Instant now = clock.instant();
        return pool.withTransaction(conn -> zaken.inzageBinnen(conn, actor, doel, zaakId, actie, now).chain(inzage -> {
            if (inzage.zaak() == null) {
                return Uni.createFrom().item(Optional.<T>empty());
            }
            if (!inzage.besluit().mag(categorie) && inzage.zaak().betrokkenen().stream()
                    .noneMatch(p -> inzage.besluit().mag(categorie, p.id()))) {
                throw ProblemException.forbidden("De categorie " + categorie + " is voor uw rol onthouden.");
            }
            return werk.doe(conn, inzage.zaak(), now).map(Optional::ofNullable);
        })).map(o -> o.orElseThrow(ProblemException::notFound));
    }
}
