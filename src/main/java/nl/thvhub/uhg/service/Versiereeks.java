package nl.thvhub.uhg.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Versiecontrole;
import nl.thvhub.platform.problem.ProblemException;

/**
 * The UHG's append-only records (where he stays, shelter): a new fact is version n+1 of the newest n. The writer's
 * If-Match, when sent, must name n (412); a writer who lost the race for n+1 to another gets 412 too, as the insert
 * reports.
 */
final class Versiereeks {

    private Versiereeks() {
    }

    /** Appends the version {@code maak} builds from its number; answers every version, newest first. */
    static <V> Uni<List<V>> voegToe(List<V> oud, ToIntFunction<V> versieVan, Integer gelezen, IntFunction<V> maak,
            Function<V, Uni<Boolean>> schrijf) {
        int huidig = oud.isEmpty() ? 0 : versieVan.applyAsInt(oud.get(0));
        Versiecontrole.klopt(Versiecontrole.Onderwerp.ONDERDEEL, gelezen, huidig);
        V nieuw = maak.apply(huidig + 1);
        return schrijf.apply(nieuw).map(gelukt -> {
            if (!gelukt) {
                throw ProblemException.preconditionFailed("Dit onderdeel is intussen gewijzigd; lees het opnieuw.");
            }
            List<V> alle = new ArrayList<>(oud.size() + 1);
            alle.add(nieuw);
            alle.addAll(oud);
            return alle;
        });
    }
}
