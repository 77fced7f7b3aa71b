package nl.thvhub.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

import nl.thvhub.audit.AuditConfig;

/**
 * The audit chain's anchor outside the database: required in production (the hub refuses to start without one, since a
 * rewrite of chain and database anchors together is otherwise undetectable), and readiness is DOWN while writing it
 * fails.
 */
@Readiness
@ApplicationScoped
public class AuditAnkerCheck implements HealthCheck {

    private final Zegelaar zegelaar;
    private final AuditConfig config;

    public AuditAnkerCheck(Zegelaar zegelaar, AuditConfig config) {
        this.zegelaar = zegelaar;
        this.config = config;
    }

    void vereisAnkerInProductie(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && config.ankerBestand().filter(f -> !f.isBlank()).isEmpty()) {
            throw new IllegalStateException("THV_AUDIT_ANCHOR_FILE is required in production: the audit chain needs an anchor "
                    + "outside the database (a file on separate, append-only storage or a WORM mount)");
        }
    }

    @Override
    public HealthCheckResponse call() {
        return zegelaar.ankerFout()
                .map(fout -> HealthCheckResponse.named("Audit anchor outside the database").down().withData("fout", fout)
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("Audit anchor outside the database").up().build());
    }
}
