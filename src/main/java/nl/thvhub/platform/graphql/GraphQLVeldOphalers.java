package nl.thvhub.platform.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Reads a plain field of a GraphQL object (a record component whose value goes out as it is) straight from its
 * accessor. SmallRye's own field fetcher first rebuilds its request context for every field fetched, including the
 * selected fields as JSON twice, whether or not anything reads it: a fifth of a case read's CPU over GraphQL. Nothing in
 * a plain field reads that context, so it is skipped there; every field SmallRye would transform or adapt (dates,
 * numbers, maps, adapters) keeps SmallRye's fetcher. Registered through SmallRye's {@link DataFetcherService} SPI and
 * asked before Quarkus' own service, which does not supply field fetchers.
 */
public class GraphQLVeldOphalers implements DataFetcherService {

    /** SmallRye sorts the services ascending and takes the first answer; Quarkus' own service has priority 1. */
    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!isKaal(field)) {
            return null;
        }
        try {
            Class<?> eigenaar = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            MethodHandle lezer = field.getMethodName() != null
                    ? MethodHandles.publicLookup().unreflect(eigenaar.getMethod(field.getMethodName()))
                    : MethodHandles.publicLookup().unreflectGetter(eigenaar.getField(field.getPropertyName()));
            return new KaalVeld(eigenaar, lezer.asType(MethodType.methodType(Object.class, Object.class)),
                    new FieldDataFetcher<>(field, type, owner));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // SmallRye's fetcher then reports what it cannot reach, as before
        }
    }

    /**
     * Whether SmallRye would hand the accessor's value on unchanged: no transformation or adapter on the field or its
     * type, no map, and a scalar only where its Java class is the one GraphQL serialises (the test SmallRye's
     * {@code AbstractHelper.shouldTransform} makes).
     */
    static boolean isKaal(Field field) {
        Reference ref = field.getReference();
        if (ref == null || field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()
                || ref.isAdaptingTo() || ref.isAdaptingWith()) {
            return false;
        }
        if (field.hasWrapper() && !(field.getWrapper().isCollection() && field.getWrapper().getWrapper() == null)) {
            return false;
        }
        return ref.getType() != ReferenceType.SCALAR || ref.getClassName().equals(ref.getGraphQLClassName());
    }

    /** One plain field: the accessor's value, SmallRye's context left as SmallRye's own fetcher leaves it. */
    static final class KaalVeld implements PlugableDataFetcher<Object>, TrivialDataFetcher<Object> {

        private final Class<?> eigenaar;
        private final MethodHandle lezer;
        private final FieldDataFetcher<Object> smallrye;

        KaalVeld(Class<?> eigenaar, MethodHandle lezer, FieldDataFetcher<Object> smallrye) {
            this.eigenaar = eigenaar;
            this.lezer = lezer;
            this.smallrye = smallrye;
        }

        @Override
        public Object get(DataFetchingEnvironment dfe) throws Exception {
            Object bron = dfe.getSource();
            if (!eigenaar.isInstance(bron)) {
                return smallrye.get(dfe); // not the record this field was built for: SmallRye decides
            }
            try {
                return lezer.invokeExact(bron);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                // SmallRye's fetcher ends every field fetch this way; a context left on the thread would outlive the
                // request (see GraphQLLocaleGrens)
                SmallRyeContextManager.clearCurrentSmallRyeContext();
            }
        }
    }
}
