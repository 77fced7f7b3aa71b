package nl.thvhub.zorg.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;

/**
 * The care documents to their stored JSON and back, in plain JUnit: every field survives the round trip, nulls
 * included.
 */
class ZorgcodecTest {

    private static final Instant OP = Instant.parse("2026-11-30T09:15:00Z");

    /** Through the stored text, as the database gives it back. */
    private static JsonArray opgeslagen(JsonArray items) {
        return new JsonArray(items.encode());
    }

    @Test
    void an_analysis_keeps_every_domain_and_who_wrote_it() {
        List<Probleemanalyse.Regel> regels = List.of(
                new Probleemanalyse.Regel(Leefgebied.FINANCIEN, Probleemanalyse.Score.values()[0], "schulden", "zc",
                        Organisatie.BLIJF_GROEP, OP),
                new Probleemanalyse.Regel(Leefgebied.VEILIGHEID, Probleemanalyse.Score.values()[1], null, "vt",
                        Organisatie.VEILIG_THUIS, OP.plusSeconds(1)));
        assertThat(Zorgcodec.analyse(opgeslagen(Zorgcodec.analyse(regels)))).isEqualTo(regels);
    }

    @Test
    void a_plan_keeps_its_items_with_and_without_a_person_or_term() {
        List<Plan.Item> items = List.of(
                new Plan.Item("Schulden op orde", UUID.randomUUID(), "zc", LocalDate.of(2027, 1, 15),
                        Plan.Itemstatus.values()[0]),
                new Plan.Item("Veilig slapen", null, "gm", null, Plan.Itemstatus.values()[1]));
        assertThat(Zorgcodec.plan(opgeslagen(Zorgcodec.plan(items)))).isEqualTo(items);
    }

    @Test
    void a_network_keeps_its_contacts() {
        List<Netwerk.Contact> contacten = List.of(
                new Netwerk.Contact(Netwerk.Relatie.values()[0], "Zus", "+31 6 1234 5678", "vangt de kinderen op"),
                new Netwerk.Contact(Netwerk.Relatie.values()[1], "Buurman", null, null));
        assertThat(Zorgcodec.netwerk(opgeslagen(Zorgcodec.netwerk(contacten)))).isEqualTo(contacten);
    }
}
