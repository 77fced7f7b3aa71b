package nl.thvhub.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

/**
 * The case view's plain fields are read straight from their record accessors; what SmallRye transforms (dates) keeps
 * SmallRye's fetcher. That both give what REST gives is {@code HuisverbodGraphQLTest}'s and the contract tests' job.
 */
@QuarkusTest
class GraphQLVeldOphalersTest {

    @Inject
    GraphQLSchema schema;

    private DataFetcher<?> ophaler(String type, String veld) {
        GraphQLObjectType object = (GraphQLObjectType) schema.getType(type);
        return schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, veld),
                object.getFieldDefinition(veld));
    }

    @Test
    void strings_enums_booleans_ids_lists_and_nested_records_of_the_case_view_are_read_from_their_accessor() {
        for (String veld : List.of("registratienummer", "status", "verlengd", "betrokkenen", "adres", "onthouden",
                "toegestaneActies", "versie")) {
            assertThat(ophaler("Huisverbod", veld)).as(veld).isInstanceOf(GraphQLVeldOphalers.KaalVeld.class);
        }
        assertThat(ophaler("Betrokkene", "naam")).isInstanceOf(GraphQLVeldOphalers.KaalVeld.class);
    }

    @Test
    void dates_keep_smallryes_fetcher_because_it_formats_them() {
        assertThat(ophaler("Huisverbod", "opgelegdOp")).isNotInstanceOf(GraphQLVeldOphalers.KaalVeld.class);
        assertThat(ophaler("Betrokkene", "geboortedatum")).isNotInstanceOf(GraphQLVeldOphalers.KaalVeld.class);
    }

    @Test
    void operations_returning_a_uni_keep_quarkus_fetcher_without_the_selected_fields() {
        assertThat(ophaler("Query", "huisverbod")).isInstanceOf(GraphQLVeldOphalers.ZonderSelectie.class)
                .isInstanceOf(io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher.class);
        assertThat(ophaler("Mutation", "huisverbodOpleggen")).isInstanceOf(GraphQLVeldOphalers.ZonderSelectie.class);
    }
}
