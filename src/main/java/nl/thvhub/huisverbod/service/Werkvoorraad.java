package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taakpositie;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.persistence.TaakRepository;
import nl.thvhub.platform.Pagina;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Zichtbaarheid;

/**
 * The work queue: the caller's open tasks across every case in its reach, most urgent first, and their count per kind.
 * The rows come from the SQL rule; the seam keeps a task only where the reader may see what it is about and audits the
 * cases listed. No count of what the reader cannot see leaves.
 */
@ApplicationScoped
public class Werkvoorraad {

    /** The queue's filters as the API parsed them; {@code mijn}: only tasks assigned to the caller personally. */
    public record Vraag(List<Taaksoort> soorten, Instant vervaltVoor, Boolean verlopen, UUID huisverbodId, String gemeente,
            boolean mijn) {
    }

    /** Open and overdue tasks of one kind. */
    public record Telling(Taaksoort soort, int open, int verlopen) {
    }

    private final Zaaktoegang toegang;
    private final TaakRepository repository;

    public Werkvoorraad(Zaaktoegang toegang, TaakRepository repository) {
        this.toegang = toegang;
        this.repository = repository;
    }

    public Instant now() {
        return toegang.now();
    }

    /** A page of the caller's tasks; the cursor follows the last task read, so hidden tasks are never read twice. */
    public Uni<Pagina<Taak, Taakpositie>> lijst(Actor actor, Vraag v, Taakpositie na, int limiet) {
        AtomicReference<Taakpositie> volgende = new AtomicReference<>();
        TaakRepository.Filter filter = new TaakRepository.Filter(v.soorten(), v.vervaltVoor(), v.verlopen(),
                v.huisverbodId(), v.gemeente(), actor.organisatie(), actor.rol(), v.mijn() ? actor.gebruikersnaam() : null);
        return toegang.lijstwerk(actor, AuditActie.TAKEN, true, new Zaaktoegang.Lijstwerk<Taak>() {

            @Override
            public Uni<List<Taak>> lees(SqlConnection conn, Zichtbaarheid zicht, Instant now) {
                return repository.list(conn, zicht, filter, toegang.taaktermijnen(), now, na, limiet + 1).map(rijen -> {
                    if (rijen.size() <= limiet) {
                        return rijen;
                    }
                    Taak laatste = rijen.get(limiet - 1);
                    volgende.set(new Taakpositie(laatste.vervaltOp(), laatste.huisverbodId(), laatste.soort(),
                            laatste.betrokkeneId()));
                    return rijen.subList(0, limiet);
                });
            }

            @Override
            public UUID zaak(Taak t) {
                return t.huisverbodId();
            }

            @Override
            public Optional<Categorie> toont(Besluit b, Taak t) {
                return b.toontTaak(t.soort().name(), t.betrokkeneId());
            }
        }).map(taken -> new Pagina<>(taken, volgende.get()));
    }

    /** Open and overdue tasks per kind that the caller may see, every kind listed (zero where none). */
    public Uni<List<Telling>> overzicht(Actor actor, boolean mijn) {
        return toegang.lijstwerk(actor, AuditActie.TAKENOVERZICHT, false, new Zaaktoegang.Lijstwerk<Row>() {

            @Override
            public Uni<List<Row>> lees(SqlConnection conn, Zichtbaarheid zicht, Instant now) {
                return repository.overzicht(conn, zicht, actor.organisatie(), actor.rol(),
                        mijn ? actor.gebruikersnaam() : null, toegang.taaktermijnen(), now);
            }

            @Override
            public UUID zaak(Row r) {
                return r.getUUID("huisverbod_id");
            }

            @Override
            public Optional<Categorie> toont(Besluit b, Row r) {
                return b.toontTaak(r.getString("soort"), r.getUUID("betrokkene_id"));
            }
        }).map(rijen -> {
            Map<Taaksoort, int[]> tel = new EnumMap<>(Taaksoort.class);
            for (Taaksoort s : Taaksoort.values()) {
                tel.put(s, new int[2]);
            }
            for (Row r : rijen) {
                int[] n = tel.get(Taaksoort.valueOf(r.getString("soort")));
                n[0]++;
                if (Boolean.TRUE.equals(r.getBoolean("verlopen"))) {
                    n[1]++;
                }
            }
            List<Telling> uit = new ArrayList<>();
            tel.forEach((s, n) -> uit.add(new Telling(s, n[0], n[1])));
            return uit;
        });
    }
}
