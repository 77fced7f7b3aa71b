package nl.thvhub.notificaties.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.persistence.OutboxRepository;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.service.GebeurtenisPoort;

/**
 * The transactional outbox: an event is one row written in the transaction of the change that causes it, so a
 * rolled-back change emits nothing and a committed one is never lost. It carries the routing facts of that moment
 * (wijk, coordinating organisation, assignees), never personal data.
 */
@ApplicationScoped
public class Outbox implements GebeurtenisPoort {

    private final OutboxRepository repository;

    public Outbox(OutboxRepository repository) {
        this.repository = repository;
    }

    @Override
    public Uni<Void> toestemmingIngetrokken(SqlClient sql, Zaakfeiten zaak, Actor afzender, Instant tijdstip) {
        return emit(sql, NotificatieType.TOESTEMMING_INGETROKKEN, zaak, afzender, tijdstip);
    }

    /** Announces an event about a case in the caller's transaction; it leaves once that commits. */
    public Uni<Void> emit(SqlClient sql, NotificatieType type, Zaakfeiten zaak, Actor afzender, Instant tijdstip) {
        return emit(sql, type, zaak, afzender, tijdstip, new JsonObject());
    }

    /** As {@link #emit}, with facts the routing needs beyond the case's (the holder of an overdue task). */
    public Uni<Void> emit(SqlClient sql, NotificatieType type, Zaakfeiten zaak, Actor afzender, Instant tijdstip,
            JsonObject extra) {
        JsonArray toegewezen = new JsonArray();
        zaak.toegewezen().forEach(
                t -> toegewezen.add(new JsonObject().put("rol", t.rol().code()).put("gebruikersnaam", t.gebruikersnaam())
                        .put("organisatie", t.organisatie().name())));
        JsonObject feiten = new JsonObject().put("wijk", zaak.wijk()).put("gemeente", zaak.gemeente())
                .put("coordinerendeOrganisatie", zaak.coordinerendeOrganisatie().name())
                .put("afgeslotenOp", zaak.afgeslotenOp() == null ? null : zaak.afgeslotenOp().toString())
                .put("toegewezen", toegewezen)
                .put("opdrachten", new JsonArray(zaak.opdrachten().stream()
                        .map(o -> new JsonObject().put("soort", o.soort()).put("organisatie", o.organisatie().name()))
                        .toList()));
        feiten.mergeIn(extra);
        return repository.insert(sql, UUID.randomUUID(), type.code(), zaak.zaakId(), tijdstip, afzender.organisatie().name(),
                feiten);
    }
}
