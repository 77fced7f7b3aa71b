package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.security.Actor;

/**
 * A feature above the case that takes part in closing it, in the closing transaction on the locked case: it may set a
 * condition (issue 35.1: a started referral or a recorded reason per adult) and act on the closed case (issue 35.3: the
 * gezinsmanager who receives the hand-over carries on). The case module knows no feature's tables.
 */
public interface Afsluitdeelnemer {

    /** What still stands in the way of closing, one line each, naming the persons; empty when nothing does. */
    default Uni<List<String>> ontbreekt(SqlConnection conn, Huisverbod h) {
        return Uni.createFrom().item(List.of());
    }

    /** What the feature records once the case is closed ({@code gesloten}), in the same transaction. */
    default Uni<Void> naAfsluiting(SqlConnection conn, Huisverbod gesloten, Actor actor, Instant now) {
        return Uni.createFrom().voidItem();
    }
}
