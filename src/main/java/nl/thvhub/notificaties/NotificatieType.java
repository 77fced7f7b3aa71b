package nl.thvhub.notificaties;

import java.util.Arrays;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of event the hub announces. In JSON (REST, webhooks) an event type is its code ({@code huisverbod.opgelegd});
 * GraphQL, whose enum values cannot hold a dot or a dash, uses the name ({@code HUISVERBOD_OPGELEGD}).
 */
@Enum("NotificatieType")
@Schema(name = "NotificatieType", enumeration = {"huisverbod.opgelegd", "huisverbod.verlengd", "huisverbod.ingetrokken",
        "huisverbod.beeindigd", "huisverbod.afgesloten", "afdoening.geregistreerd", "overtreding.geregistreerd",
        "overtreding.vermoed", "ggz-signaal.gewijzigd", "toestemming.ingetrokken", "noodtoegang.gebruikt",
        "noodtoegang.limiet-bereikt", "verwijzing.status-gewijzigd", "verwijzing.niet-gestart", "zorg.uhg-niet-bereikt"})
public enum NotificatieType {

    HUISVERBOD_OPGELEGD("huisverbod.opgelegd"), HUISVERBOD_VERLENGD("huisverbod.verlengd"), HUISVERBOD_INGETROKKEN(
            "huisverbod.ingetrokken"), HUISVERBOD_BEEINDIGD("huisverbod.beeindigd"), HUISVERBOD_AFGESLOTEN(
                    "huisverbod.afgesloten"), AFDOENING_GEREGISTREERD("afdoening.geregistreerd"), OVERTREDING_GEREGISTREERD(
                            "overtreding.geregistreerd"), OVERTREDING_VERMOED("overtreding.vermoed"), GGZ_SIGNAAL_GEWIJZIGD(
                                    "ggz-signaal.gewijzigd"), TOESTEMMING_INGETROKKEN(
                                            "toestemming.ingetrokken"), NOODTOEGANG_GEBRUIKT(
                                                    "noodtoegang.gebruikt"), NOODTOEGANG_LIMIET_BEREIKT(
                                                            "noodtoegang.limiet-bereikt"), VERWIJZING_STATUS_GEWIJZIGD(
                                                                    "verwijzing.status-gewijzigd"), VERWIJZING_NIET_GESTART(
                                                                            "verwijzing.niet-gestart"), ZORG_UHG_NIET_BEREIKT(
                                                                                    "zorg.uhg-niet-bereikt");

    private final String code;

    NotificatieType(String code) {
        this.code = code;
    }

    /** The reverse-DNS prefix of the CloudEvent types (NL GOV profile: {@code type} in reverse-DNS form). */
    public static final String CLOUDEVENT_VOORVOEGSEL = "nl.thvhub.";

    @JsonValue
    public String code() {
        return code;
    }

    /** The CloudEvent {@code type} of this event, e.g. {@code nl.thvhub.huisverbod.opgelegd}. */
    public String cloudEventType() {
        return CLOUDEVENT_VOORVOEGSEL + code;
    }

    /** The type stored by its code; an unknown code is a programming error, not input. */
    public static NotificatieType uitCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + code));
    }
}
