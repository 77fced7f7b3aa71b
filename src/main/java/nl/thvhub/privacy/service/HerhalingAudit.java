package nl.thvhub.privacy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.platform.Herhalingslog;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Disclosure;

/**
 * Audits {@code Idempotency-Key} replays (action {@code IDEMPOTENT_HERHAALD}) with the line shape of every other
 * disclosure; the reason names when the first response was sent, so the FG can pair the two.
 */
@ApplicationScoped
public class HerhalingAudit implements Herhalingslog {

    private final Pool pool;
    private final AuditLog audit;
    private final Disclosure disclosure;
    private final Verzoek verzoek;
    private final Clock clock;

    HerhalingAudit(Pool pool, AuditLog audit, Disclosure disclosure, Verzoek verzoek, Clock clock) {
        this.pool = pool;
        this.audit = audit;
        this.disclosure = disclosure;
        this.verzoek = verzoek;
        this.clock = clock;
    }

    @Override
    public Uni<Void> herhaald(Actor actor, UUID zaakId, Instant eerste) {
        String doel = disclosure.doel(actor, verzoek.doelbinding().orElse(null));
        return audit.schrijf(pool, List.of(disclosure.toegestaan(AuditRegel.door(actor, clock.instant(), verzoek.trace()), doel,
                AuditActie.IDEMPOTENT_HERHAALD, zaakId, List.of(), "herhaling van het antwoord van " + eerste)));
    }
}
