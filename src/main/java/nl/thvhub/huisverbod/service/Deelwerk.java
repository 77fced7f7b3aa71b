package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.privacy.Categorie;

/**
 * Work on one part of a case through {@link Zaaktoegang#werk}: it gets the reader's decision to ask per subject, and
 * answers what it disclosed of whom, so the audit lines name exactly those subjects and categories.
 */
public interface Deelwerk<T> {

    Uni<Deel<T>> doe(SqlConnection conn, Inzage inzage, Instant now);

    /** The outcome of a part's work and the categories it showed per subject (audited one line per subject). */
    record Deel<T>(T waarde, Map<UUID, Set<Categorie>> getoond) {
    }

    /** Work whose part is one category of the case (a violation, the criminal track): it needs only the case. */
    interface Zaakwerk<T> {

        Uni<T> doe(SqlConnection conn, Huisverbod zaak, Instant now);
    }

    /** As {@link Zaakwerk}, with the reader's whole decision (to redact a field the policy file names). */
    interface Inzagewerk<T> {

        Uni<T> doe(SqlConnection conn, Inzage inzage, Instant now);
    }

    /**
     * Work that shows one category of the case: audited as that category of every person the reader may see it of (a
     * part about the case as a whole names its persons, as the case view would).
     */
    static <T> Deelwerk<T> onder(Categorie categorie, Zaakwerk<T> werk) {
        return onderInzage(categorie, (conn, inzage, now) -> werk.doe(conn, inzage.zaak(), now));
    }

    /** As {@link #onder}, for work that redacts by the reader's decision. */
    static <T> Deelwerk<T> onderInzage(Categorie categorie, Inzagewerk<T> werk) {
        return (conn, inzage, now) -> werk.doe(conn, inzage, now)
                .map(waarde -> new Deel<>(waarde, getoond(inzage, categorie)));
    }

    private static Map<UUID, Set<Categorie>> getoond(Inzage inzage, Categorie categorie) {
        Map<UUID, Set<Categorie>> getoond = new LinkedHashMap<>();
        for (Huisverbod.Betrokkene p : inzage.zaak().betrokkenen()) {
            if (inzage.besluit().mag(categorie) || inzage.besluit().mag(categorie, p.id())) {
                getoond.put(p.id(), Set.of(categorie));
            }
        }
        return getoond;
    }
}
