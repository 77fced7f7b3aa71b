package nl.thvhub.platform.graphql;

import java.util.List;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.visibility.GraphqlFieldVisibility;

/**
 * Hides the fields of GraphQL's introspection types ({@code __Schema}, {@code __Type}, ...), as SmallRye's
 * {@code field-visibility=no-introspection} does, by the type's name rather than by a regular expression: graphql-java's
 * version matches the pattern {@code __.*} against "type.field" for every field it looks up in every request. Both hide
 * exactly the fields of types whose name starts with two underscores.
 */
final class GeenIntrospectie implements GraphqlFieldVisibility {

    static final GeenIntrospectie ZICHT = new GeenIntrospectie();

    private GeenIntrospectie() {
    }

    static boolean verborgen(String type) {
        return type.startsWith("__");
    }

    @Override
    public List<GraphQLFieldDefinition> getFieldDefinitions(GraphQLFieldsContainer type) {
        return verborgen(type.getName()) ? List.of() : type.getFieldDefinitions();
    }

    @Override
    public GraphQLFieldDefinition getFieldDefinition(GraphQLFieldsContainer type, String veld) {
        return verborgen(type.getName()) ? null : type.getFieldDefinition(veld);
    }

    @Override
    public List<GraphQLInputObjectField> getFieldDefinitions(GraphQLInputFieldsContainer type) {
        return verborgen(type.getName()) ? List.of() : type.getFieldDefinitions();
    }

    @Override
    public GraphQLInputObjectField getFieldDefinition(GraphQLInputFieldsContainer type, String veld) {
        return verborgen(type.getName()) ? null : type.getFieldDefinition(veld);
    }
}
