package nl.thvhub.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

/** The depth and complexity of a document, counted as graphql-java counts them, and what passed remembered. */
class GraphQLGrenzenTest {

    /** Depth 3, complexity 5, three subscriptions: small enough to reach in a short document. */
    static final GraphQLConfig LIMIETEN = new GraphQLConfig() {

        @Override
        public int maxDiepte() {
            return 3;
        }

        @Override
        public int maxComplexiteit() {
            return 5;
        }

        @Override
        public int abonnementenPerGebruiker() {
            return 3;
        }
    };

    private static java.util.Optional<GraphQLGrenzen.Overschrijding> toets(GraphQLGrenzen g, String query) {
        return g.toets(query, Parser.parse(query));
    }

    @Test
    void a_document_within_both_limits_passes_and_is_remembered_by_its_text() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        String query = "{ a { b { c } } }";
        assertThat(g.bekend(query)).isFalse();
        assertThat(toets(g, query)).isEmpty();
        assertThat(g.bekend(query)).isTrue();
        assertThat(g.bekend("{ a { b { c } } } ")).as("another text is another document").isFalse();
    }

    @Test
    void nesting_deeper_than_the_limit_is_refused_and_not_remembered() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        String query = "{ a { b { c { d } } } }";
        assertThat(toets(g, query)).hasValueSatisfying(o -> assertThat(o.reden()).contains("diepte 4 (hoogstens 3)"));
        assertThat(g.bekend(query)).isFalse();
    }

    @Test
    void fragments_count_where_they_are_spread() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        assertThat(toets(g, "{ a { ...F } } fragment F on T { b { c { d } } }")).isPresent();
        assertThat(toets(g, "{ a { ... on T { b c } } x }")).isEmpty();
    }

    @Test
    void every_selected_field_counts_towards_complexity_aliases_included() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        assertThat(toets(g, "{ a { v1: b v2: b v3: b v4: b } }")).isEmpty();
        assertThat(toets(g, "{ a { v1: b v2: b v3: b v4: b v5: b } }"))
                .hasValueSatisfying(o -> assertThat(o.reden()).contains("complexiteit 6 (hoogstens 5)"));
    }

    @Test
    void each_operation_of_a_document_is_held_to_the_limits() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        assertThat(toets(g, "query A { a } query B { a { b { c { d } } } }")).isPresent();
    }

    @Test
    void a_fragment_that_spreads_itself_does_not_loop() {
        GraphQLGrenzen g = new GraphQLGrenzen(LIMIETEN);
        assertThat(toets(g, "{ a { ...F } } fragment F on T { b ...F }")).isNotNull();
    }
}
