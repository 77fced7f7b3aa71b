package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/** A shared answer is written once; an equal answer computed apart is written apart; old answers make room. */
class GedeeldeJsonTest {

    /** An answer as a round hands it out. */
    record Antwoord(String gemeente, List<Integer> rijen) {
    }

    private final AtomicInteger geschreven = new AtomicInteger();
    private final GedeeldeJson json = new GedeeldeJson(new ObjectMapper().registerModule(
            new SimpleModule().addSerializer(Antwoord.class, new StdSerializer<>(Antwoord.class) {

                @Override
                public void serialize(Antwoord a, JsonGenerator g, SerializerProvider p) throws java.io.IOException {
                    geschreven.incrementAndGet();
                    g.writeStartObject();
                    g.writeStringField("gemeente", a.gemeente());
                    g.writeObjectField("rijen", a.rijen());
                    g.writeEndObject();
                }
            })));

    @Test
    void the_callers_of_one_round_get_the_same_bytes_written_once() {
        Antwoord ronde = new Antwoord("AMSTERDAM", List.of(1, 2, 3));
        byte[] eerste = json.json(ronde);
        byte[] tweede = json.json(ronde);
        assertThat(new String(eerste, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"gemeente\":\"AMSTERDAM\",\"rijen\":[1,2,3]}");
        assertThat(tweede).isSameAs(eerste);
        assertThat(geschreven).hasValue(1);
    }

    @Test
    void an_equal_answer_of_another_round_is_written_for_itself() {
        json.json(new Antwoord("AMSTERDAM", List.of(1)));
        json.json(new Antwoord("AMSTERDAM", List.of(1)));
        assertThat(geschreven).as("recognised by identity, never by equality").hasValue(2);
    }

    @Test
    void an_answer_pushed_out_by_later_rounds_is_written_again() {
        Antwoord oud = new Antwoord("DIEMEN", List.of());
        json.json(oud);
        for (int i = 0; i < GedeeldeJson.PLAATSEN; i++) {
            json.json(new Antwoord("AMSTERDAM", List.of(i)));
        }
        json.json(oud);
        assertThat(geschreven).hasValue(GedeeldeJson.PLAATSEN + 2);
    }
}
