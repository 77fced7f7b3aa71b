package nl.thvhub.platform.idempotentie;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

import nl.thvhub.platform.Herhalingslog;
import nl.thvhub.platform.Herlezers;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.Zaakverwijzing;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.ActorResolver;

/**
 * {@code Idempotency-Key} for GraphQL mutations, with the REST semantics: the key applies to the operation, and each
 * root mutation field in it (by its path, so aliases count apart) is claimed in its own commit before it runs; a retry
 * with the same arguments gets the first result back (header {@code Idempotent-Replayed: true}); other arguments under
 * the same key are 422; a retry while the first still runs is 409. Partner systems must send a key with every
 * mutation. A mutation that fails wrote nothing (its transaction rolled back), so its key is freed and a retry runs.
 */
@IdempotenteMutatie
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentMutationInterceptor {

    private final ActorResolver actors;
    private final Idempotentie store;
    private final Verzoek verzoek;
    private final Context graphql;
    private final ObjectMapper json;
    private final Herhalingslog herhalingslog;
    private final Herlezers herlezers;

    public IdempotentMutationInterceptor(ActorResolver actors, Idempotentie store, Verzoek verzoek, Context graphql,
            ObjectMapper json, Herhalingslog herhalingslog, Herlezers herlezers) {
        this.herlezers = herlezers;
        this.herhalingslog = herhalingslog;
        this.actors = actors;
        this.store = store;
        this.verzoek = verzoek;
        this.graphql = graphql;
        this.json = json;
    }

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        if (!ctx.getMethod().isAnnotationPresent(Mutation.class)) {
            return ctx.proceed();
        }
        String sleutel = verzoek.idempotencyKey().orElse(null);
        // the GraphQL context is read here, while this field is being resolved
        String pad = sleutel == null ? null : graphql.getPath();
        Map<String, Object> arguments = sleutel == null ? null : graphql.getArguments();
        String hash = sleutel == null ? null : hash(ctx.getMethod().getName(), arguments);
        return actors.resolvedOrNull().chain(actor -> {
            if (actor == null) {
                return proceed(ctx);
            }
            String scope = Idempotentie.scope(actor);
            String veld = sleutel + " " + pad;
            return store.claimVoor(actor, sleutel, veld, hash, "mutatie", verzoek.trace().traceId()).chain(claim -> {
                if (claim == null) {
                    return proceed(ctx);
                }
                if (claim.uitkomst() == Idempotentie.Uitkomst.GESCHREVEN) {
                    return Uni.createFrom().failure(new ProblemException(Problem.of(409, "Verzoek al verwerkt",
                            "De eerste mutatie met deze Idempotency-Key is verwerkt, maar het antwoord ging verloren; lees "
                                    + "het resultaat op in plaats van opnieuw te schrijven.")));
                }
                if (claim.uitkomst() == Idempotentie.Uitkomst.NIEUW) {
                    // a failed mutation frees its key; once it succeeded, the key stays claimed even if storing the
                    // result fails, so that a retry is refused (409) rather than written twice
                    return proceed(ctx).onFailure().call(() -> store.geefVrij(scope, veld)).call(result -> store
                            .bewaar(scope, veld, new Idempotentie.Antwoord(200, new JsonObject(), opslag(result))));
                }
                JavaType resultaat = json.getTypeFactory().constructType(unwrap(ctx.getMethod().getGenericReturnType()));
                java.util.Optional<Herlezing> herlezing = Herlezing.uit(claim.antwoord().body());
                java.util.UUID zaak = herlezing.map(Herlezing::zaak)
                        .orElseGet(() -> Zaakverwijzing.graphql(arguments, claim.antwoord().body()));
                return herhalingslog.herhaald(actor, zaak, claim.eerste()).chain(v -> {
                    verzoek.markeerHerhaald();
                    // a result that held personal data is read again through the privacy decision of now
                    return herlezing.isPresent()
                            ? herlezers.herlees(actor, herlezing.get())
                            : Uni.createFrom().item(read(claim.antwoord().body(), resultaat));
                });
            });
        });
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext ctx) {
        try {
            return (Uni<Object>) ctx.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** Personal data is not kept for a replay: a result that holds it is stored as how to read it again. */
    private String opslag(Object result) {
        Herlezing herlezing = herlezers.opTeSlaan(result);
        return herlezing != null ? herlezing.opslag() : write(result);
    }

    private String write(Object result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("GraphQL result not serialisable for Idempotency-Key replay", e);
        }
    }

    private Object read(String body, JavaType type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored GraphQL result not readable for Idempotency-Key replay", e);
        }
    }

    private static Type unwrap(Type uni) {
        return uni instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    /** The field's identity for comparison: the resolver and its arguments as the client sent them. */
    private String hash(String resolver, Map<String, Object> arguments) {
        try {
            return Idempotentie.hash("graphql " + resolver, json.writeValueAsBytes(new TreeMap<>(arguments)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
