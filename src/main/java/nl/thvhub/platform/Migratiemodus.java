package nl.thvhub.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The migration Job of a cluster rollout ({@code THV_MIGRATIE_ALLEEN=true}): Flyway has migrated while the hub booted,
 * so the process stops with exit code 0 right after start-up (the Job has no Service); the replicas then only
 * validate the schema.
 */
@ApplicationScoped
public class Migratiemodus {

    private static final Logger LOG = Logger.getLogger(Migratiemodus.class);

    /** {@code thv.migratie.alleen} ({@code THV_MIGRATIE_ALLEEN}): migrate, then stop. */
    @ConfigMapping(prefix = "thv.migratie")
    public interface Config {

        @WithDefault("false")
        boolean alleen();
    }

    private final boolean alleen;

    Migratiemodus(Config config) {
        this.alleen = config.alleen();
    }

    void naMigratie(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (alleen) {
            LOG.info("THV_MIGRATIE_ALLEEN: the schema is migrated; stopping without serving (exit code 0)");
            Quarkus.asyncExit(0);
        }
    }
}
