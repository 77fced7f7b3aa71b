package nl.thvhub.privacy.service;

import static nl.thvhub.platform.Tijd.instant;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Noodtoegang;
import nl.thvhub.privacy.NoodtoegangUitkomst;
import nl.thvhub.privacy.persistence.NoodtoegangRepository;

/**
 * Break-the-glass: a time-boxed emergency grant for one case, with a mandatory reason, and the FG's review list of every
 * grant. Grants are written in the transaction of the read they open.
 */
@ApplicationScoped
public class NoodtoegangService {

    private final Pool pool;
    private final Disclosure disclosure;
    private final Clock clock;

    private final NoodtoegangRepository repository;

    public NoodtoegangService(Pool pool, NoodtoegangRepository repository, Disclosure disclosure, Clock clock) {
        this.repository = repository;
        this.pool = pool;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** Validates the reason a caller gave; a reason is mandatory and bounded. */
    public static String reden(String header) {
        String reden = header == null ? "" : header.trim();
        if (reden.length() < 10 || reden.length() > 500) {
            throw ProblemException.invalid("Noodtoegang", "een reden van 10 tot 500 tekens is verplicht");
        }
        return reden;
    }

    /** How many grants this user took in the 24 hours before now, for the daily cap. */
    /** The user's grants of the last 24 hours, counted under the user's lock (held until the transaction ends). */
    public Uni<Long> verleendLaatsteDag(SqlClient sql, Actor actor, Instant now) {
        return repository.lock(sql, actor.subject())
                .chain(() -> repository.countSinds(sql, actor.subject(), now.minus(java.time.Duration.ofDays(1))));
    }

    public Uni<Void> verleen(SqlClient sql, Actor actor, UUID huisverbodId, String reden, Instant now) {
        return repository.insert(sql, huisverbodId, actor, reden, now, now.plus(disclosure.noodtoegangDuur()));
    }

    /** Every grant, unreviewed first, newest first. */
    public Uni<List<Noodtoegang>> lijst(Actor actor, boolean alleenOnbeoordeeld) {
        requireFg(actor);
        return repository.list(pool, alleenOnbeoordeeld);
    }

    /** The FG's verdict: the code (justified or not) and its reasons, both required; once per grant. */
    public Uni<Noodtoegang> beoordeel(Actor actor, UUID id, NoodtoegangUitkomst uitkomst, String oordeel) {
        Instant now = clock.instant();
        requireFg(actor);
        List<Problem.InvalidParam> fout = new ArrayList<>();
        if (oordeel == null || oordeel.isBlank() || oordeel.length() > 2000) {
            fout.add(new Problem.InvalidParam("oordeel",
                    "een oordeel van 1 tot 2000 tekens is verplicht"));
        }
        if (uitkomst == null) {
            fout.add(new Problem.InvalidParam("uitkomst", "verplicht: TERECHT of ONTERECHT"));
        }
        if (!fout.isEmpty()) {
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", fout);
        }
        return repository.review(pool, id, now, actor.gebruikersnaam(), uitkomst, oordeel.trim())
                .map(n -> n.orElseThrow(ProblemException::notFound));
    }

    private static void requireFg(Actor actor) {
        if (actor.rol() != Rol.FG) {
            throw ProblemException.forbidden("Alleen de functionaris gegevensbescherming beoordeelt noodtoegang.");
        }
    }
}
