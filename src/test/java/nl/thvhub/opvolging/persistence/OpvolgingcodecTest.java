package nl.thvhub.opvolging.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Zorgadvies;

/**
 * The follow-through's documents to their stored JSON and back, in plain JUnit: every field survives the round trip,
 * nulls included, and the stored layout other SQL reads (the advice's risk as {@code items[0].risico}) is pinned.
 */
class OpvolgingcodecTest {

    /** Through the stored text, as the database gives it back. */
    private static JsonArray opgeslagen(JsonArray items) {
        return new JsonArray(items.encode());
    }

    @Test
    void a_monitoring_report_keeps_its_answers_and_the_outcome_per_person() {
        Eindrapport.Inhoud rapport = new Eindrapport.Inhoud(JaNeeOnduidelijk.JA,
                List.of(new Eindrapport.Persoon(UUID.randomUUID(), Eindrapport.Uitkomst.values()[0])),
                JaNeeOnduidelijk.NEE, null, "Hulp loopt", null, JaNeeOnduidelijk.JA,
                List.of(new Eindrapport.ZonderVerwijzing(UUID.randomUUID(), Eindrapport.GeenVerwijzingReden.WEIGERT)));
        assertThat(Opvolgingcodec.eindrapport(opgeslagen(Opvolgingcodec.eindrapport(rapport)))).isEqualTo(rapport);
    }

    @Test
    void a_waived_report_keeps_only_its_reason() {
        Eindrapport.Inhoud afgezien = new Eindrapport.Inhoud(null, List.of(), null, null, null, "Gezin verhuisd", null,
                List.of());
        assertThat(Opvolgingcodec.eindrapport(opgeslagen(Opvolgingcodec.eindrapport(afgezien)))).isEqualTo(afgezien);
    }

    @Test
    void a_report_stored_before_the_outcome_per_person_reads_as_none() {
        JsonArray oud = new JsonArray().add(new JsonObject().put("dreigingAfgenomen", "JA").put("toelichting", "oud"));
        assertThat(Opvolgingcodec.eindrapport(oud).verwijzingGeslaagd()).isEmpty();
    }

    @Test
    void a_care_advice_keeps_its_conditions_and_stores_its_risk_where_the_case_read_finds_it() {
        Zorgadvies.Inhoud advies = new Zorgadvies.Inhoud(Zorgadvies.Risico.HOOG, true,
                List.of(Zorgadvies.Voorwaarde.values()[0]), "Pleger werkt mee");
        JsonArray items = Opvolgingcodec.zorgadvies(advies);
        assertThat(Opvolgingcodec.zorgadvies(opgeslagen(items))).isEqualTo(advies);
        // the case read finds the ZSM flag at inhoud->'items'->0->>'risico'
        assertThat(items.getJsonObject(0).getString("risico")).isEqualTo("HOOG");
    }
}
