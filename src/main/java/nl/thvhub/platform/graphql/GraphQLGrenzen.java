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
        // get, not containsKey: only a get moves the text to the fresh end of the access-ordered map
        return query != null && goedgekeurd.get(query) != null;
    }

    /** The first operation of the document over a limit, or empty (and the text remembered) when all are within. */
    public Optional<Overschrijding> toets(String query, Document document) {
        Map<String, FragmentDefinition> fragmenten = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragmenten.put(f.getName(), f));
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            Maat m = maat(op.getSelectionSet(), fragmenten, 0);
            int diepte = m.diepte();
            int complexiteit = m.complexiteit();
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

    /** How deep and how large a selection is. */
    private record Maat(int diepte, int complexiteit) {
    }

    /**
     * Depth and complexity in one walk, counted as graphql-java counts them: depth is the nesting of fields, complexity
     * every field selected ({@code __typename} included), fragments expanded where they are spread; a fragment that
     * spreads itself is followed no further than there are fragments.
     */
    private static Maat maat(SelectionSet set, Map<String, FragmentDefinition> fragmenten, int hop) {
        if (set == null || hop > fragmenten.size() + 1) {
            return new Maat(0, 0);
        }
        int diepte = 0;
        int complexiteit = 0;
        for (Selection<?> sel : set.getSelections()) {
            Maat m = switch (sel) {
                case Field f -> {
                    Maat onder = maat(f.getSelectionSet(), fragmenten, 0);
                    yield new Maat(1 + onder.diepte(), 1 + onder.complexiteit());
                }
                case InlineFragment i -> maat(i.getSelectionSet(), fragmenten, hop);
                case FragmentSpread fs -> fragmenten.containsKey(fs.getName())
                        ? maat(fragmenten.get(fs.getName()).getSelectionSet(), fragmenten, hop + 1)
                        : new Maat(0, 0);
                default -> new Maat(0, 0);
            };
            diepte = Math.max(diepte, m.diepte());
            complexiteit += m.complexiteit();
        }
        return new Maat(diepte, complexiteit);
    }
}
