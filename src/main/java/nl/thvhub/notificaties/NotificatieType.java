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
        "noodtoegang.limiet-bereikt", "verwijzing.status-gewijzigd", "verwijzing.niet-gestart", "zorg.uhg-niet-bereikt",
        "monitoring.peilmoment-gemist", "monitoring.eindrapport", "overdracht.aangeboden", "overdracht.niet-bevestigd",
        "zorgadvies.ontvangen", "reclasseringsadvies.aangevraagd", "reclasseringsadvies.geleverd",
        "reclasseringsadvies.ingetrokken", "taak.verlopen", "politieverzoek.gedaan", "politieverzoek.beantwoord",
        "verlengingsadvies.gegeven", "zorginbreng.gevraagd"})
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
                                                                                    "zorg.uhg-niet-bereikt"), MONITORING_PEILMOMENT_GEMIST(
                                                                                            "monitoring.peilmoment-gemist",
                                                                                            "/monitoring/peilmomenten"), MONITORING_EINDRAPPORT(
                                                                                                    "monitoring.eindrapport",
                                                                                                    "/monitoring/eindrapport"), OVERDRACHT_AANGEBODEN(
                                                                                                            "overdracht.aangeboden"), OVERDRACHT_NIET_BEVESTIGD(
                                                                                                                    "overdracht.niet-bevestigd"), ZORGADVIES_ONTVANGEN(
                                                                                                                            "zorgadvies.ontvangen",
                                                                                                                            "/zorgadvies"), RECLASSERINGSADVIES_GEVRAAGD(
                                                                                                                                    "reclasseringsadvies.aangevraagd",
                                                                                                                                    "/reclasseringsadvies"), RECLASSERINGSADVIES_GELEVERD(
                                                                                                                                            "reclasseringsadvies.geleverd",
                                                                                                                                            "/reclasseringsadvies"), RECLASSERINGSADVIES_INGETROKKEN(
                                                                                                                                                    "reclasseringsadvies.ingetrokken",
                                                                                                                                                    "/reclasseringsadvies"), TAAK_VERLOPEN(
                                                                                                                                                            "taak.verlopen"), POLITIEVERZOEK_GEDAAN(
                                                                                                                                                                    "politieverzoek.gedaan",
                                                                                                                                                                    "/politieverzoeken"), POLITIEVERZOEK_BEANTWOORD(
                                                                                                                                                                            "politieverzoek.beantwoord",
                                                                                                                                                                            "/politieverzoeken"),
    /** The coordinator advised the mayor on extension: the gemeente of the case decides before eindmoment. */
    VERLENGINGSADVIES_GEGEVEN("verlengingsadvies.gegeven"),
    /** ZSM asked the case's coordinator for the care input (zorginbreng) by a date. */
    ZORGINBRENG_GEVRAAGD("zorginbreng.gevraagd", "/zorginbreng");

    private final String code;
    private final String pad;

    NotificatieType(String code) {
        this(code, "");
    }

    NotificatieType(String code, String pad) {
        this.code = code;
        this.pad = pad;
    }

    /**
     * Where the receiver reads what the event is about: the case, or the part of it the event concerns (the monitoring
     * report at closing, the advice that arrived), always through the receiver's own privacy scope.
     */
    public String link(java.util.UUID zaak) {
        return "/api/v1/huisverboden/" + zaak + pad;
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
