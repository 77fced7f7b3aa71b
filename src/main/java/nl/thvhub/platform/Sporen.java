package nl.thvhub.platform;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says at start when spans would be exported but none recorded: the sampler defaults to {@code always_off} because no
 * exporter is the default, and an operator who configures one must choose a recording sampler too.
 */
@Singleton
public class Sporen {

    private static final Logger LOG = Logger.getLogger(Sporen.class);

    private final String exporter;
    private final String sampler;

    public Sporen(@ConfigProperty(name = "quarkus.otel.traces.exporter", defaultValue = "none") String exporter,
            @ConfigProperty(name = "quarkus.otel.traces.sampler", defaultValue = "parentbased_always_on") String sampler) {
        this.exporter = exporter;
        this.sampler = sampler;
    }

    /** Whether spans go to an exporter while the sampler records none of them. */
    public boolean exporteertNiets() {
        return !"none".equals(exporter) && "always_off".equals(sampler);
    }

    void bijStart(@Observes StartupEvent start) {
        if (exporteertNiets()) {
            LOG.warnf("Spans are exported (%s) but the sampler records none (always_off): set THV_OTEL_TRACES_SAMPLER, "
                    + "e.g. parentbased_always_on", exporter);
        }
    }
}
