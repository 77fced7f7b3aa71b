package nl.thvhub.platform.graphql;

import java.util.List;

import jakarta.enterprise.inject.spi.CDI;

import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;

/**
 * Puts {@link GraphQLGrenzen} in front of every execution, whatever door the document came through: the WebSocket
 * ({@code graphql-transport-ws}) and bare {@code application/graphql} bodies never pass {@link GraphQLVoordeur}. It
 * replaces SmallRye's depth and complexity instrumentation (whose settings are therefore not used), which traversed every
 * document on every request; a document that passed is recognised by its text. A SmallRye {@link EventingService}
 * (registered in {@code META-INF/services}, always on) because SmallRye builds the {@link GraphQL} object itself. Where
 * SmallRye's chain holds only its query cache, the cache's one hook is taken into this instrumentation: a chain makes
 * begin and complete contexts for every field fetched, for instrumentations that do nothing per field.
 */
public class GraphQLGrensBewaking implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the builder does not say which instrumentation SmallRye set (its query cache among them); a trial build does
        GraphQL voorlopig = builder.build();
        GraphQLGrenzen grenzen = CDI.current().select(GraphQLGrenzen.class).get();
        return builder.instrumentation(samen(grenzen, voorlopig.getInstrumentation()));
    }

    /** The limit check with SmallRye's instrumentation: one instrumentation if SmallRye's is only its cache. */
    static Instrumentation samen(GraphQLGrenzen grenzen, Instrumentation smallrye) {
        List<Instrumentation> binnen = smallrye instanceof ChainedInstrumentation c
                ? c.getInstrumentations()
                : List.of(smallrye);
        if (binnen.size() == 1 && binnen.get(0) instanceof QueryCache cache) {
            return new Grensinstrumentatie(grenzen, cache);
        }
        // depth or complexity settings, or federation tracing: SmallRye's chain stays as it is, behind the limits
        return new ChainedInstrumentation(List.of(new Grensinstrumentatie(grenzen, null), smallrye));
    }

    /**
     * Aborts an operation whose document is over a limit, before anything is fetched; with SmallRye's query cache, tells
     * the cache when a document it has not seen validated (the cache then keeps it).
     */
    static final class Grensinstrumentatie extends SimplePerformantInstrumentation {

        private final GraphQLGrenzen grenzen;
        private final QueryCache cache;

        Grensinstrumentatie(GraphQLGrenzen grenzen, QueryCache cache) {
            this.grenzen = grenzen;
            this.cache = cache;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters p,
                InstrumentationState state) {
            return cache == null ? super.beginValidation(p, state) : cache.beginValidation(p, state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters p,
                InstrumentationState state) {
            ExecutionContext ctx = p.getExecutionContext();
            String query = ctx.getExecutionInput().getQuery();
            if (!grenzen.bekend(query)) {
                grenzen.toets(query, ctx.getDocument()).ifPresent(o -> {
                    throw new AbortExecutionException(o.reden());
                });
            }
            return super.beginExecuteOperation(p, state);
        }
    }
}
