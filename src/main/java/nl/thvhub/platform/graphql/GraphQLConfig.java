package nl.thvhub.platform.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of a GraphQL document, for every door it comes through (see {@link GraphQLGrenzen}). */
@ConfigMapping(prefix = "thv.graphql")
public interface GraphQLConfig {

    /** The deepest nesting of fields an operation may select. */
    @WithDefault("8")
    int maxDiepte();

    /** How many fields an operation may select, fragments expanded. */
    @WithDefault("200")
    int maxComplexiteit();

    /** How many subscriptions a user may hold open at once. */
    @WithDefault("3")
    int abonnementenPerGebruiker();
}
