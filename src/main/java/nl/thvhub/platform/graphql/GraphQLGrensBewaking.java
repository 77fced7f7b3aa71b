package nl.thvhub.platform.graphql;

import java.util.List;

import jakarta.enterprise.inject.spi.CDI;

import io.smallrye.graphql.spi.EventingService;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Puts {@link GraphQLGrenzen} in front of every execution, whatever door the document came through: the WebSocket
 * ({@code graphql-transport-ws}) and bare {@code application/graphql} bodies never pass {@link GraphQLVoordeur}. It
 * replaces SmallRye's depth and complexity instrumentation (whose settings are therefore not used), which traversed every
 * document on every request; a document that passed is recognised by its text. A SmallRye {@link EventingService}
 * (registered in {@code META-INF/services}, always on) because SmallRye builds the {@link GraphQL} object itself.
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
        return builder.instrumentation(new ChainedInstrumentation(List.of(new Grensinstrumentatie(grenzen),
                voorlopig.getInstrumentation())));
    }

    /** Aborts an operation whose document is over a limit, before anything is fetched. */
    static final class Grensinstrumentatie extends SimplePerformantInstrumentation {

        private final GraphQLGrenzen grenzen;

        Grensinstrumentatie(GraphQLGrenzen grenzen) {
            this.grenzen = grenzen;
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
