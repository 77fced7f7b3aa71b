package nl.thvhub.platform.graphql;

import java.util.List;

import io.smallrye.graphql.spi.EventingService;

import nl.thvhub.platform.openapi.ApiBeschrijvingen;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.visibility.NoIntrospectionGraphqlFieldVisibility;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * Finishes the GraphQL schema SmallRye derives from the Java API before it is built: every type, field and argument
 * without a {@code @Description} gets its Dutch text from {@link ApiBeschrijvingen}, and a UUID field named {@code id}
 * or {@code ...Id} is typed {@code ID} (as the arguments that take it already are) rather than {@code String}; SmallRye's
 * {@code no-introspection} visibility becomes {@link GeenIntrospectie}. It is a
 * SmallRye {@link EventingService} (registered in {@code META-INF/services}, without a configuration key, so always on)
 * rather than a CDI observer: CDI events would make SmallRye fire and resolve observers at every execution and field
 * fetch, for a hook needed once at start.
 */
public class GraphQLSchemaAfwerking implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema ruw = builder.build();
        GraphQLSchema af = SchemaTransformer.transformSchema(ruw, new Afwerking());
        builder.query(af.getQueryType()).mutation(af.getMutationType()).subscription(af.getSubscriptionType())
                .codeRegistry(zicht(af.getCodeRegistry())).clearAdditionalTypes();
        af.getAdditionalTypes().forEach(builder::additionalType);
        return builder;
    }

    /** SmallRye's {@code no-introspection} visibility, as a comparison of names ({@link GeenIntrospectie}). */
    @SuppressWarnings("deprecation") // graphql-java deprecates the visibility SmallRye still sets, not reading it
    static GraphQLCodeRegistry zicht(GraphQLCodeRegistry code) {
        return code.getFieldVisibility() == NoIntrospectionGraphqlFieldVisibility.NO_INTROSPECTION_FIELD_VISIBILITY
                ? code.transform(b -> b.fieldVisibility(GeenIntrospectie.ZICHT))
                : code;
    }

    /** Adds descriptions and ID types, leaving what the code states itself alone. */
    private static final class Afwerking extends GraphQLTypeVisitorStub {

        /** What SmallRye writes on every date field; a field's own text replaces it and names the format. */
        private static final String DATUMFORMAAT = "ISO-8601";

        private static String tekst(String bestaand, String eigen) {
            if (eigen == null) {
                return null;
            }
            if (bestaand == null) {
                return eigen;
            }
            return DATUMFORMAAT.equals(bestaand) ? eigen + " (ISO-8601)" : null;
        }

        @Override
        public TraversalControl visitGraphQLObjectType(GraphQLObjectType node, TraverserContext<GraphQLSchemaElement> ctx) {
            String tekst = ApiBeschrijvingen.type(node.getName());
            if (eigen(node.getName()) && node.getDescription() == null && tekst != null) {
                return TreeTransformerUtil.changeNode(ctx, node.transform(b -> b.description(tekst)));
            }
            return TraversalControl.CONTINUE;
        }

        @Override
        public TraversalControl visitGraphQLInputObjectType(GraphQLInputObjectType node,
                TraverserContext<GraphQLSchemaElement> ctx) {
            String tekst = ApiBeschrijvingen.type(node.getName());
            if (node.getDescription() == null && tekst != null) {
                return TreeTransformerUtil.changeNode(ctx, node.transform(b -> b.description(tekst)));
            }
            return TraversalControl.CONTINUE;
        }

        @Override
        public TraversalControl visitGraphQLEnumType(GraphQLEnumType node, TraverserContext<GraphQLSchemaElement> ctx) {
            String tekst = ApiBeschrijvingen.type(node.getName());
            if (eigen(node.getName()) && node.getDescription() == null && tekst != null) {
                return TreeTransformerUtil.changeNode(ctx, node.transform(b -> b.description(tekst)));
            }
            return TraversalControl.CONTINUE;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition node,
                TraverserContext<GraphQLSchemaElement> ctx) {
            String type = naam(ctx.getParentNode());
            if (type == null || !eigen(type)) {
                return TraversalControl.CONTINUE;
            }
            String tekst = tekst(node.getDescription(), ApiBeschrijvingen.veld(type, node.getName()));
            boolean id = isId(node.getName(), node.getType());
            String beschrijving = tekst != null ? tekst : node.getDescription();
            // a field or operation described as outdated is deprecated in the schema too, with that text as the reason
            boolean verouderd = beschrijving != null && beschrijving.startsWith(VEROUDERD) && !node.isDeprecated();
            if (tekst == null && !id && !verouderd) {
                return TraversalControl.CONTINUE;
            }
            return TreeTransformerUtil.changeNode(ctx, node.transform(b -> {
                b.description(beschrijving).type(id ? (GraphQLOutputType) alsId(node.getType()) : node.getType());
                if (verouderd) {
                    b.deprecate(beschrijving);
                }
            }));
        }

        /** How a description says that a field or operation is deprecated. */
        private static final String VEROUDERD = "Verouderd:";

        @Override
        public TraversalControl visitGraphQLInputObjectField(GraphQLInputObjectField node,
                TraverserContext<GraphQLSchemaElement> ctx) {
            String type = naam(ctx.getParentNode());
            String tekst = tekst(node.getDescription(), ApiBeschrijvingen.veld(type, node.getName()));
            boolean id = isId(node.getName(), node.getType());
            if (tekst == null && !id) {
                return TraversalControl.CONTINUE;
            }
            return TreeTransformerUtil.changeNode(ctx,
                    node.transform(b -> b.description(tekst != null ? tekst : node.getDescription())
                            .type(id ? (GraphQLInputType) alsId(node.getType()) : node.getType())));
        }

        @Override
        public TraversalControl visitGraphQLArgument(GraphQLArgument node, TraverserContext<GraphQLSchemaElement> ctx) {
            if (!(ctx.getParentNode() instanceof GraphQLFieldDefinition veld)) {
                return TraversalControl.CONTINUE;
            }
            List<GraphQLSchemaElement> ouders = ctx.getParentNodes();
            String type = ouders.size() > 1 ? naam(ouders.get(1)) : null;
            String tekst = type == null
                    ? null
                    : tekst(node.getDescription(), ApiBeschrijvingen.argument(type, veld.getName(), node.getName()));
            if (tekst == null) {
                return TraversalControl.CONTINUE;
            }
            return TreeTransformerUtil.changeNode(ctx, node.transform(b -> b.description(tekst)));
        }

        private static String naam(GraphQLSchemaElement element) {
            return element instanceof GraphQLNamedType t ? t.getName() : null;
        }

        /** The introspection types belong to GraphQL itself. */
        private static boolean eigen(String type) {
            return !type.startsWith("__");
        }

        private static boolean isId(String veld, GraphQLType type) {
            return (veld.equals("id") || veld.endsWith("Id")) && kern(type) == Scalars.GraphQLString;
        }

        private static GraphQLType kern(GraphQLType type) {
            GraphQLType t = type;
            while (t instanceof GraphQLNonNull || t instanceof GraphQLList) {
                t = t instanceof GraphQLNonNull n ? n.getWrappedType() : ((GraphQLList) t).getWrappedType();
            }
            return t;
        }

        private static GraphQLType alsId(GraphQLType type) {
            if (type instanceof GraphQLNonNull n) {
                return GraphQLNonNull.nonNull(alsId(n.getWrappedType()));
            }
            if (type instanceof GraphQLList l) {
                return GraphQLList.list(alsId(l.getWrappedType()));
            }
            return Scalars.GraphQLID;
        }
    }
}
