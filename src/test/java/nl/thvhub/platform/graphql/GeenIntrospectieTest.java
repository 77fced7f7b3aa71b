package nl.thvhub.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;

/** The production profile's introspection block, by name, hides exactly what graphql-java's pattern hid. */
@SuppressWarnings("deprecation") // the pattern-based visibility is the one SmallRye sets and the one compared against
class GeenIntrospectieTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { zaak(id: ID): Zaak } type Zaak { id: ID naam: String }"
                    + " input Filter { status: String }"),
            RuntimeWiring.newRuntimeWiring().build());

    @Test
    void every_type_shows_the_same_fields_as_under_the_no_introspection_pattern() {
        GraphqlFieldVisibility patroon = new NoIntrospectionGraphqlFieldVisibility();
        for (GraphQLType type : SCHEMA.getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer c) {
                assertThat(GeenIntrospectie.ZICHT.getFieldDefinitions(c)).as(c.getName())
                        .isEqualTo(patroon.getFieldDefinitions(c));
                c.getFieldDefinitions().forEach(v -> assertThat(GeenIntrospectie.ZICHT.getFieldDefinition(c, v.getName()))
                        .as(c.getName() + "." + v.getName()).isEqualTo(patroon.getFieldDefinition(c, v.getName())));
            }
            if (type instanceof GraphQLInputFieldsContainer c) {
                assertThat(GeenIntrospectie.ZICHT.getFieldDefinitions(c)).as(c.getName())
                        .isEqualTo(patroon.getFieldDefinitions(c));
                c.getFieldDefinitions().forEach(v -> assertThat(GeenIntrospectie.ZICHT.getFieldDefinition(c, v.getName()))
                        .as(c.getName() + "." + v.getName()).isEqualTo(patroon.getFieldDefinition(c, v.getName())));
            }
        }
        assertThat(GeenIntrospectie.verborgen("__Schema")).isTrue();
        assertThat(GeenIntrospectie.verborgen("Zaak")).isFalse();
    }

    @Test
    void an_introspection_query_fails_validation_and_an_ordinary_query_with_typename_runs() {
        GraphQL graphql = GraphQL.newGraphQL(SCHEMA.transform(s -> s.codeRegistry(
                GraphQLSchemaAfwerking.zicht(SCHEMA.getCodeRegistry().transform(
                        b -> b.fieldVisibility(NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY))))))
                .build();
        ExecutionResult introspectie = graphql.execute("{ __schema { types { name } } }");
        assertThat(introspectie.getErrors()).isNotEmpty();
        ExecutionResult gewoon = graphql.execute("{ __typename zaak(id: \"1\") { id } }");
        assertThat(gewoon.getErrors()).isEmpty();
    }

    @Test
    void a_registry_without_the_block_is_left_as_it_is() {
        GraphQLCodeRegistry code = SCHEMA.getCodeRegistry();
        assertThat(code.getFieldVisibility()).isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        assertThat(GraphQLSchemaAfwerking.zicht(code)).isSameAs(code);
    }
}
