package nl.thvhub.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.execution.QueryCache;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/** The limits in front of every execution, folded into one instrumentation where SmallRye's chain is only its cache. */
class GraphQLGrensBewakingTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { a: A } type A { b: B } type B { c: String }"),
            RuntimeWiring.newRuntimeWiring().build());

    private static final GraphQLConfig LIMIETEN = GraphQLGrenzenTest.LIMIETEN;

    @Test
    void a_chain_of_only_the_query_cache_becomes_one_instrumentation() {
        Instrumentation samen = GraphQLGrensBewaking.samen(new GraphQLGrenzen(LIMIETEN),
                new ChainedInstrumentation(List.of(new QueryCache())));
        assertThat(samen).isInstanceOf(GraphQLGrensBewaking.Grensinstrumentatie.class);
    }

    @Test
    void a_chain_with_more_than_the_cache_stays_a_chain_behind_the_limits() {
        Instrumentation smallrye = new ChainedInstrumentation(List.of(new QueryCache(), new MaxQueryDepthInstrumentation(9)));
        Instrumentation samen = GraphQLGrensBewaking.samen(new GraphQLGrenzen(LIMIETEN), smallrye);
        assertThat(samen).isInstanceOf(ChainedInstrumentation.class);
        assertThat(((ChainedInstrumentation) samen).getInstrumentations()).hasSize(2).last().isSameAs(smallrye);
    }

    @Test
    void a_valid_document_is_kept_by_the_cache_and_one_over_the_limit_is_aborted() {
        QueryCache cache = new QueryCache();
        GraphQL graphql = GraphQL.newGraphQL(SCHEMA).preparsedDocumentProvider(cache)
                .instrumentation(GraphQLGrensBewaking.samen(new GraphQLGrenzen(LIMIETEN),
                        new ChainedInstrumentation(List.of(cache))))
                .build();

        assertThat(graphql.execute("{ a { b { c } } }").getErrors()).isEmpty();
        AtomicInteger opnieuw = new AtomicInteger();
        cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a { b { c } } }").build(), i -> {
            opnieuw.incrementAndGet();
            return null;
        });
        assertThat(opnieuw).as("parsed and validated again").hasValue(0);

        ExecutionResult teGroot = graphql.execute("{ a { b { c } } x: a { b { c } } }");
        assertThat(teGroot.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("complexiteit 6 (hoogstens 5)"));
        assertThat(teGroot.isDataPresent()).isFalse();
    }
}
