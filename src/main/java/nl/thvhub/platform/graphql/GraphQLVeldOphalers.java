package nl.thvhub.platform.graphql;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

import graphql.Scalars;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.DelegatingDataFetchingEnvironment;

/**
 * Fetchers that skip what nobody reads. A plain field of a GraphQL object (a record component whose value goes out as it
 * is) is read straight from its accessor: SmallRye's own field fetcher first rebuilds its request context for every
 * field fetched, including the selected fields as JSON twice, a fifth of a case read's CPU over GraphQL. Every field
 * SmallRye would transform or adapt (dates, numbers, maps, adapters) keeps SmallRye's fetcher. An operation returning a
 * {@code Uni} keeps Quarkus' fetcher (security, request context, blocking), but without the selected fields in its
 * context: building them walked the whole selection set twice per request, another seventh of a GraphQL read. Nothing
 * in the hub reads them ({@code ArchitectureTest} keeps it so). Registered through SmallRye's {@link DataFetcherService}
 * SPI and asked before Quarkus' own service.
 */
public class GraphQLVeldOphalers implements DataFetcherService {

    /** SmallRye sorts the services ascending and takes the first answer; Quarkus' own service has priority 1. */
    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getUniDataFetcher(Operation operation, Type type) {
        return new ZonderSelectie<>(operation, type);
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

    /** Quarkus' fetcher of an operation returning a {@code Uni}, handed an environment without a selection set. */
    static final class ZonderSelectie<K, T> extends QuarkusUniDataFetcher<K, T> {

        ZonderSelectie(Operation operation, Type type) {
            super(operation, type);
        }

        @Override
        public T get(DataFetchingEnvironment dfe) throws Exception {
            return super.get(new GeenSelectie(dfe));
        }
    }

    /** The environment as graphql-java gives it, except that it reports no selected fields. */
    static final class GeenSelectie extends DelegatingDataFetchingEnvironment {

        /** graphql-java's own empty selection set, which it gives for a field of a leaf type. */
        private static final DataFetchingFieldSelectionSet LEEG = DataFetchingFieldSelectionSetImpl.newCollector(null,
                Scalars.GraphQLString, () -> null);

        GeenSelectie(DataFetchingEnvironment dfe) {
            super(dfe);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return LEEG;
        }
    }
}
