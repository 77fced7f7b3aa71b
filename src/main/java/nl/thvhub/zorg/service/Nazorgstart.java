package nl.thvhub.zorg.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.service.Afsluitdeelnemer;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.zorg.Nazorg;
import nl.thvhub.zorg.persistence.NazorgRepository;

/**
 * Coordination handed to the gezinsmanager (issue 35.3; seed §4.1, recommendation 4a): closing with the organisation of
 * the case's gezinsmanager as receiver starts the gezinsmanager's track, so the record stays writable for their part
 * until they end it.
 */
@ApplicationScoped
public class Nazorgstart implements Afsluitdeelnemer {

    private final NazorgRepository repository;
    private final Zaakboek boek;

    Nazorgstart(NazorgRepository repository, Zaakboek boek) {
        this.repository = repository;
        this.boek = boek;
    }

    @Override
    public Uni<Void> naAfsluiting(SqlConnection conn, Huisverbod gesloten, Actor actor, Instant now) {
        Huisverbod.Overdracht o = gesloten.overdracht();
        Huisverbod.Toewijzing gezinsmanager = o == null || o.organisatie() == null
                ? null
                : gesloten.toewijzingen(ToewijzingRol.GEZINSMANAGER).stream()
                        .filter(t -> t.organisatie() == o.organisatie()).findFirst().orElse(null);
        if (gezinsmanager == null) {
            return Uni.createFrom().voidItem();
        }
        Nazorg.View n = new Nazorg.View(UUID.randomUUID(), gesloten.id(), Nazorg.Soort.GEZINSMANAGER,
                gezinsmanager.gebruikersnaam(), gezinsmanager.organisatie(), LocalDate.ofInstant(now, Huisverbod.TIJDZONE),
                null, null, null, null, 1, now, List.of());
        return repository.insert(conn, n, actor.gebruikersnaam())
                .chain(nieuw -> nieuw
                        ? boek.gebeurtenis(conn, gesloten.id(), Gebeurtenissoort.NAZORG_GESTART, actor, now,
                                new JsonObject().put("nazorgId", n.id().toString()).put("soort", n.soort().name())
                                        .put("start", n.start().toString()))
                        : Uni.createFrom().voidItem());
    }
}
