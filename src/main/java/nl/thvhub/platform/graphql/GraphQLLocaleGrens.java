package nl.thvhub.platform.graphql;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

import graphql.schema.DataFetchingEnvironment;

/**
 * Guards the wording of validation errors against a GraphQL context left behind. SmallRye GraphQL keeps its context in
 * a thread-local that outlives the GraphQL request; Quarkus' GraphQL locale resolver then meets that stale context
 * (without a data fetch) in a later REST request on the same thread and throws, turning a 400 into a 500. Asked first,
 * this resolver answers the default locale in exactly that case and otherwise leaves the choice to the others.
 */
@Singleton
@Priority(Integer.MAX_VALUE)
public class GraphQLLocaleGrens implements LocaleResolver {

    @Override
    public Locale resolve(LocaleResolverContext context) {
        SmallRyeContext graphql = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (graphql != null && graphql.unwrap(DataFetchingEnvironment.class) == null) {
            return context.getDefaultLocale();
        }
        return null;
    }
}
