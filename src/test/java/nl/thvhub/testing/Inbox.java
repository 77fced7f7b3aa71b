package nl.thvhub.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's whole inbox for one case, read page by page through the cursor: a test must not depend on the first page,
 * which earlier tests (with a clock moved forward) can fill with newer notifications of other cases.
 */
public final class Inbox {

    private Inbox() {
    }

    /** Every notification of this case in the user's inbox, as the API gives them (newest first, unread first). */
    public static List<Map<String, Object>> vanZaak(String user, String zaakId) {
        List<Map<String, Object>> uit = new ArrayList<>();
        String volgende = null;
        do {
            String pad = "/api/v1/notificaties?limiet=100" + (volgende == null ? "" : "&volgende=" + volgende);
            io.restassured.path.json.JsonPath p = Api.as(user).get(pad).statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.stream().filter(n -> zaakId.equals(n.get("huisverbodId"))).forEach(uit::add);
            volgende = p.getString("volgende");
        } while (volgende != null);
        return uit;
    }

    /** The types of this case's notifications in the user's inbox. */
    public static List<String> typen(String user, String zaakId) {
        return vanZaak(user, zaakId).stream().map(n -> (String) n.get("type")).toList();
    }
}
