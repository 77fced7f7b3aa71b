package nl.thvhub.huisverbod.service;

import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;

/**
 * A condition a feature above the case sets on closing it (issue 35.1: a started referral or a recorded reason per
 * adult), checked in the closing transaction on the locked case; the case module knows no feature's tables.
 */
public interface Afsluitvoorwaarde {

    /** What still stands in the way of closing, one line each, naming the persons; empty when nothing does. */
    Uni<List<String>> ontbreekt(SqlConnection conn, Huisverbod h);
}
