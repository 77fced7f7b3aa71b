package nl.thvhub.notificaties.service;

import java.time.Instant;
import java.util.UUID;

import io.vertx.core.json.JsonObject;

import nl.thvhub.notificaties.NotificatieType;

/**
 * A webhook delivery as an NL GOV CloudEvent in structured JSON mode (profile for CloudEvents 1.0, Logius): the event's
 * id (the same on every retry, so receivers dedupe by it), the operator's URN as {@code source}, a reverse-DNS
 * {@code type}, the case as {@code subject}, {@code dataref} to read it through the receiver's own scope, and the thin
 * data of before — ids, a time and a link, never personal data.
 */
public final class CloudEventJson {

    private CloudEventJson() {
    }

    /** The delivery body for an event of {@code type} (its code) about case {@code zaak}. */
    public static String json(String bron, UUID eventId, String type, UUID zaak, Instant tijdstip) {
        NotificatieType soort = NotificatieType.uitCode(type);
        String link = soort.link(zaak);
        return new JsonObject().put("specversion", "1.0").put("id", eventId.toString()).put("source", bron)
                .put("type", soort.cloudEventType()).put("subject", zaak.toString())
                .put("time", tijdstip.toString()).put("datacontenttype", "application/json").put("dataref", link)
                .put("data", new JsonObject().put("huisverbodId", zaak.toString()).put("gebeurtenis", type).put("link", link))
                .encode();
    }
}
