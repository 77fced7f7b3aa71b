package nl.thvhub.huisverbod.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a request keeps an organisation in reach of a case ({@code thv.opdrachten.*}): an open request for a
 * Reclassering advice lapses a while after its due date; an unconfirmed warm hand-over's receiver loses reach a while
 * after the coordinator's task to chase it was raised; a question to GGZ lapses a while after it was asked. Each end is fixed when the request is made.
 */
@ConfigMapping(prefix = "thv.opdrachten")
public interface OpdrachtConfig {

    /** An open request for a Reclassering advice lapses this long after the end of its due date. */
    @WithDefault("P14D")
    Duration reclasseringsadviesVerval();

    /**
     * The receiver of an unconfirmed hand-over stays in reach this long after {@code OVERDRACHT_NIET_BEVESTIGD} was
     * raised (closing plus {@code thv.zorg.overdracht-bevestiging}).
     */
    @WithDefault("P30D")
    Duration overdrachtBereik();

    /**
     * The receiver of a hand-over keeps reading the hand-over package this long after it confirmed receipt (issue 35.4):
     * what it needs to continue, before its own record holds it.
     */
    @WithDefault("P14D")
    Duration overdrachtNaBevestiging();

    /** A question to GGZ whether a person is known keeps GGZ in reach of that person this long, unless answered sooner. */
    @WithDefault("P14D")
    Duration ggzVraagBereik();
}
