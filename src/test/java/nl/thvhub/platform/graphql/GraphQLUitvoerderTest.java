package nl.thvhub.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.smallrye.graphql.execution.ExecutionResponse;

import graphql.ExecutionResultImpl;

/** The front door's direct writing of an answer gives SmallRye's text, and declines the values SmallRye converts. */
class GraphQLUitvoerderTest {

    private enum Rol {
        POLITIE
    }

    private static String direct(Object data) throws IOException {
        StringWriter uit = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(uit)) {
            g.writeStartObject();
            g.writeFieldName("data");
            assertThat(GraphQLUitvoerder.schrijf(g, data)).isTrue();
            g.writeEndObject();
        }
        return uit.toString();
    }

    private static String smallrye(Object data) {
        return new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build())
                .getExecutionResultAsString();
    }

    @Test
    void a_result_of_maps_lists_strings_numbers_booleans_enums_and_nulls_is_written_as_smallrye_writes_it() throws IOException {
        Map<String, Object> zaak = new LinkedHashMap<>();
        zaak.put("id", "1f0c\u00e9 \"aanhalingen\" \\ en\nregels\t\u0001");
        zaak.put("versie", 3);
        zaak.put("groot", Long.MAX_VALUE);
        zaak.put("open", true);
        zaak.put("rol", Rol.POLITIE);
        zaak.put("onthouden", List.of("zorg", "signalen"));
        zaak.put("leeg", null);
        zaak.put("lijst", Arrays.asList(Map.of("a", false), null, List.of()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("huisverbod", zaak);
        data.put("ander", null);
        assertThat(direct(data)).isEqualTo(smallrye(data));
    }

    @Test
    void a_value_smallrye_converts_itself_is_declined() throws IOException {
        for (Object waarde : List.of(1.5d, 2.5f, new BigDecimal("1E+3"), new Object(), Map.of(1, "sleutel geen tekst"))) {
            try (JsonGenerator g = new JsonFactory().createGenerator(new StringWriter())) {
                assertThat(GraphQLUitvoerder.schrijf(g, Map.of("x", waarde))).as("%s", waarde).isFalse();
            }
        }
    }

    @Test
    void only_a_utf8_answer_is_written_here() {
        assertThat(GraphQLUitvoerder.utf8("application/json")).isTrue();
        assertThat(GraphQLUitvoerder.utf8("application/graphql-response+json; charset=UTF-8")).isTrue();
        assertThat(GraphQLUitvoerder.utf8("application/json;charset=utf-8;q=0.9")).isTrue();
        assertThat(GraphQLUitvoerder.utf8("application/json; charset=ISO-8859-1")).isFalse();
    }
}
