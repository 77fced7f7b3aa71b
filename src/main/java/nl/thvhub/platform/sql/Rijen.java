package nl.thvhub.platform.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/** Row sets to Java values: every row through one mapper that reads its columns by name. */
public final class Rijen {

    private Rijen() {
    }

    public static <T> List<T> alle(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> list = new ArrayList<>(rows.size());
        for (Row r : rows) {
            list.add(mapper.apply(r));
        }
        return list;
    }

    public static <T> Optional<T> eerste(RowSet<Row> rows, Function<Row, T> mapper) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
    }
}
