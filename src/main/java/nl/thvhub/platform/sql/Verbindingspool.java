package nl.thvhub.platform.sql;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;

/**
 * The hub's connection pool, built as Quarkus builds it but with room in the client's statement cache for the hub's
 * longest statements. Quarkus turns Vert.x's prepared-statement cache on for PostgreSQL, but Vert.x caches only
 * statements shorter than 2,048 characters: a longer one is sent unnamed, so PostgreSQL parses and plans it on every
 * execution. The case read and its page are longer (issue 30: the page of 50 was planned at every call since it grew past
 * the limit, the one-case read since its features' columns were written into it), so the limit is raised above the
 * longest statement the hub builds; a test pins that the case read is prepared once per connection.
 */
@Singleton
public class Verbindingspool implements PgPoolCreator {

    /** Above the longest statement the hub builds (a page of cases for a reader with every filter: ~6,000 characters). */
    static final int STATEMENT_CACHE_SQL_LIMIT = 32_768;

    @Override
    public Pool create(Input input) {
        input.pgConnectOptionsList().forEach(o -> o.setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT));
        return PgPool.pool(input.vertx(), input.pgConnectOptionsList(), input.poolOptions());
    }
}
