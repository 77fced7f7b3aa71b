package nl.thvhub.platform.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Lists of records to and from a JSON array of objects, item by item (the codecs of stored documents use it). */
public final class Jsonlijst {

    private Jsonlijst() {
    }

    public static <T> JsonArray naar(List<T> list, Function<T, JsonObject> f) {
        JsonArray a = new JsonArray();
        list.forEach(t -> a.add(f.apply(t)));
        return a;
    }

    public static <T> List<T> uit(JsonArray items, Function<JsonObject, T> f) {
        List<T> list = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            list.add(f.apply(items.getJsonObject(i)));
        }
        return List.copyOf(list);
    }
}
