package nl.thvhub.platform;

import java.util.Optional;
import java.util.UUID;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * What an {@code Idempotency-Key} stores instead of a write response that holds personal data: which resource it was
 * ({@code soort}, its case and id), so a replay reads it again through the privacy decision of now (withdrawn consent or
 * an ended emergency grant is not disclosed again) and audits that read per subject.
 */
public record Herlezing(String soort, UUID zaak, UUID id) {

    private static final String VELD = "herlezing";

    /** The stored form: ids only, no personal data. */
    public String opslag() {
        return new JsonObject()
                .put(VELD, new JsonObject().put("soort", soort).put("zaak", zaak == null ? null : zaak.toString())
                        .put("id", id.toString()))
                .encode();
    }

    /** The re-read a stored body stands for, if it is one. */
    public static Optional<Herlezing> uit(String body) {
        if (body == null || !body.startsWith("{\"" + VELD + "\"")) {
            return Optional.empty();
        }
        try {
            JsonObject h = new JsonObject(body).getJsonObject(VELD);
            String zaak = h.getString("zaak");
            return Optional.of(new Herlezing(h.getString("soort"), zaak == null ? null : UUID.fromString(zaak),
                    UUID.fromString(h.getString("id"))));
        } catch (DecodeException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
