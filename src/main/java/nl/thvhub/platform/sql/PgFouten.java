package nl.thvhub.platform.sql;

import io.vertx.pgclient.PgException;

/** PostgreSQL errors recognised by SQLSTATE and constraint name, never by the text of the message. */
public final class PgFouten {

    /** SQLSTATE unique_violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private PgFouten() {
    }

    /** Whether {@code fout} (or a cause of it) is a unique violation of the named constraint. */
    public static boolean uniekGeschonden(Throwable fout, String constraint) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                    && constraint.equals(pg.getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
