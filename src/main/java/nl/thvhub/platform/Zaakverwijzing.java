package nl.thvhub.platform;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** Finds the case a stored write response is about, for the audit line of its replay. */
public final class Zaakverwijzing {

    private static final Pattern ZAAK_IN_PAD = Pattern
            .compile("/huisverboden/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

    private Zaakverwijzing() {
    }

    /** A REST write: the case in its path, else in its {@code Location}, else the body's {@code huisverbodId}. */
    public static UUID rest(String pad, String location, String body) {
        return inPad(pad).or(() -> inPad(location)).orElseGet(() -> veld(body, "huisverbodId"));
    }

    /**
     * A GraphQL mutation: its {@code huisverbodId} or {@code id} argument (the case mutations name the case so), else the
     * result's {@code huisverbodId}, else the result's {@code id} (imposing returns the new case).
     */
    public static UUID graphql(Map<String, Object> arguments, String body) {
        for (String naam : new String[]{"huisverbodId", "id"}) {
            UUID id = uuid(arguments.get(naam));
            if (id != null) {
                return id;
            }
        }
        UUID id = veld(body, "huisverbodId");
        return id != null ? id : veld(body, "id");
    }

    private static Optional<UUID> inPad(String pad) {
        if (pad == null) {
            return Optional.empty();
        }
        Matcher m = ZAAK_IN_PAD.matcher(pad);
        return m.find() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }

    private static UUID veld(String body, String naam) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try {
            return uuid(new JsonObject(body).getValue(naam));
        } catch (DecodeException e) {
            return null;
        }
    }

    private static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
