package nl.thvhub.platform.graphql;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;

/**
 * The depth and complexity limits of a GraphQL document, for every way a document reaches execution (JSON over HTTP,
 * a bare {@code application/graphql} body, a WebSocket). A document's text that passed is remembered, so a client
 * sending the same few operations again is not traversed again: graphql-java's own limit instrumentation walked every
 * document on every request, a tenth of a GraphQL read's CPU.
 */
@ApplicationScoped
public class GraphQLGrenzen {

    private static final int MAX_ONTHOUDEN = 500;
    private static final int MAX_ONTHOUDEN_LENGTE = 20_000;

    /** Why a document may not execute, and where. */
    public record Overschrijding(String reden, SourceLocation plek) {
    }

    private final Map<String, Boolean> goedgekeurd = Collections
            .synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> oudste) {
                    return size() > MAX_ONTHOUDEN;
                }
            });

    private final int maxDiepte;
    private final int maxComplexiteit;

    public GraphQLGrenzen(GraphQLConfig config) {
        this.maxDiepte = config.maxDiepte();
        this.maxComplexiteit = config.maxComplexiteit();
    }

    /** Whether this text passed before (and so passes now: the limits do not change while the hub runs). */
    public boolean bekend(String query) {
        return query != null && goedgekeurd.containsKey(query);
    }

    /** The first operation of the document over a limit, or empty (and the text remembered) when all are within. */
    public Optional<Overschrijding> toets(String query, Document document) {
        Map<String, FragmentDefinition> fragmenten = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragmenten.put(f.getName(), f));
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            int diepte = diepte(op.getSelectionSet(), fragmenten, 0);
            int complexiteit = complexiteit(op.getSelectionSet(), fragmenten, 0);
            if (diepte > maxDiepte || complexiteit > maxComplexiteit) {
                return Optional.of(new Overschrijding("diepte " + diepte + " (hoogstens " + maxDiepte + ") of complexiteit "
                        + complexiteit + " (hoogstens " + maxComplexiteit + ") te groot", op.getSourceLocation()));
            }
        }
        if (query != null && query.length() <= MAX_ONTHOUDEN_LENGTE) {
            goedgekeurd.put(query, Boolean.TRUE);
        }
        return Optional.empty();
    }

    /** Nesting of fields, counted as graphql-java's depth limit counts it. */
    private static int diepte(SelectionSet set, Map<String, FragmentDefinition> fragmenten, int hop) {
        if (set == null || hop > fragmenten.size() + 1) {
            return 0;
        }
        int max = 0;
        for (Selection<?> sel : set.getSelections()) {
            int d = switch (sel) {
                case Field f -> 1 + diepte(f.getSelectionSet(), fragmenten, 0);
                case InlineFragment i -> diepte(i.getSelectionSet(), fragmenten, hop);
                case FragmentSpread fs -> fragmenten.containsKey(fs.getName())
                        ? diepte(fragmenten.get(fs.getName()).getSelectionSet(), fragmenten, hop + 1)
                        : 0;
                default -> 0;
            };
            max = Math.max(max, d);
        }
        return max;
    }

    /** Every field selected, fragments expanded: graphql-java's default complexity, {@code __typename} included. */
    private static int complexiteit(SelectionSet set, Map<String, FragmentDefinition> fragmenten, int hop) {
        if (set == null || hop > fragmenten.size() + 1) {
            return 0;
        }
        int som = 0;
        for (Selection<?> sel : set.getSelections()) {
            som += switch (sel) {
                case Field f -> 1 + complexiteit(f.getSelectionSet(), fragmenten, 0);
                case InlineFragment i -> complexiteit(i.getSelectionSet(), fragmenten, hop);
                case FragmentSpread fs -> fragmenten.containsKey(fs.getName())
                        ? complexiteit(fragmenten.get(fs.getName()).getSelectionSet(), fragmenten, hop + 1)
                        : 0;
                default -> 0;
            };
        }
        return som;
    }
}
