package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.testing.Zaakbouwer;

/**
 * The follow-through tasks of a case from its dates and the clock alone, without a server: the six-week check-in
 * missed, a hand-over nobody confirmed, an open request for a Reclassering advice.
 */
class OpvolgingRegelsTest {

    private static final Instant OPGELEGD = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant EINDE = OPGELEGD.plus(Huisverbod.DUUR);
    private static final Duration MARGE = Duration.ofDays(7);
    private static final Huisverbod.Zorgtermijnen TERMIJNEN = new Huisverbod.Zorgtermijnen(Duration.ofDays(7),
            Duration.ofDays(21), MARGE, Duration.ofDays(5));

    private static Huisverbod zaak(Instant afgeslotenOp, Huisverbod.Overdracht overdracht, Huisverbod.Opvolging opvolging) {
        return Zaakbouwer.opgelegdOp(OPGELEGD).afgeslotenOp(afgeslotenOp).overdracht(overdracht)
                .met(new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.UITHUISGEPLAATSTE, "P",
                        LocalDate.of(1980, 1, 1)))
                .signalen(new Huisverbod.Signalen(Huisverbod.Overtredingen.GEEN, List.of(), Huisverbod.Zorgstand.GEEN,
                        opvolging))
                .bouw();
    }

    private static Huisverbod.Opvolging peilmoment(LocalDate datum) {
        return new Huisverbod.Opvolging(datum == null ? null : new Huisverbod.Peilmoment(datum, "JA", "JA"), null, null, null);
    }

    private static LocalDate dag(Instant i) {
        return LocalDate.ofInstant(i, Huisverbod.TIJDZONE);
    }

    @Test
    void the_six_week_check_in_is_missed_only_after_its_date_and_the_margin_have_passed() {
        Huisverbod h = zaak(null, null, peilmoment(null));
        Instant peil = EINDE.plus(Huisverbod.PEILMOMENT_NA_EINDE);
        assertThat(h.openTaken(peil.plus(MARGE).minusSeconds(1), TERMIJNEN)).doesNotContain("PEILMOMENT_GEMIST");
        assertThat(h.openTaken(peil.plus(MARGE), TERMIJNEN)).contains("PEILMOMENT_GEMIST");
    }

    @Test
    void a_check_in_within_the_margin_before_its_date_counts_and_an_earlier_one_does_not() {
        Instant peil = EINDE.plus(Huisverbod.PEILMOMENT_NA_EINDE);
        Instant later = peil.plus(Duration.ofDays(10));
        assertThat(zaak(null, null, peilmoment(dag(peil.minus(MARGE)))).openTaken(later, TERMIJNEN))
                .doesNotContain("PEILMOMENT_GEMIST");
        assertThat(zaak(null, null, peilmoment(dag(peil.minus(MARGE).minus(Duration.ofDays(1))))).openTaken(later, TERMIJNEN))
                .contains("PEILMOMENT_GEMIST");
    }

    @Test
    void an_unconfirmed_hand_over_opens_its_task_after_the_configured_days_and_a_confirmed_one_never() {
        Instant dicht = EINDE.plus(Duration.ofDays(50));
        Huisverbod.Overdracht open = new Huisverbod.Overdracht("Wijkteam", dag(dicht), true, null, Organisatie.SOCIAAL_TEAM_AA,
                null, dicht.plus(Duration.ofDays(35)));
        Huisverbod h = zaak(dicht, open, Huisverbod.Opvolging.GEEN);
        assertThat(h.openTaken(dicht.plus(Duration.ofDays(5)).minusSeconds(1), TERMIJNEN))
                .doesNotContain("OVERDRACHT_NIET_BEVESTIGD");
        assertThat(h.openTaken(dicht.plus(Duration.ofDays(5)), TERMIJNEN)).containsExactly("OVERDRACHT_NIET_BEVESTIGD");
        Huisverbod.Overdracht bevestigd = new Huisverbod.Overdracht("Wijkteam", dag(dicht), true, null,
                Organisatie.SOCIAAL_TEAM_AA, new Huisverbod.Bevestiging(dag(dicht), "x", Organisatie.SOCIAAL_TEAM_AA, dicht),
                dicht.plus(Duration.ofDays(35)));
        assertThat(zaak(dicht, bevestigd, Huisverbod.Opvolging.GEEN).openTaken(dicht.plus(Duration.ofDays(30)), TERMIJNEN))
                .isEmpty();
    }

    @Test
    void an_open_request_for_a_reclassering_advice_is_a_task_until_the_case_is_closed() {
        Huisverbod.Opvolging gevraagd = new Huisverbod.Opvolging(null, null, null,
                new Huisverbod.Adviesaanvraag(dag(OPGELEGD).plusDays(5), OPGELEGD, OPGELEGD.plus(Duration.ofDays(20))));
        assertThat(zaak(null, null, gevraagd).openTaken(OPGELEGD.plusSeconds(60), TERMIJNEN))
                .contains("RECLASSERINGSADVIES_LEVEREN");
        assertThat(zaak(EINDE, null, gevraagd).openTaken(EINDE.plusSeconds(60), TERMIJNEN))
                .doesNotContain("RECLASSERINGSADVIES_LEVEREN");
    }

    @Test
    void a_lapsed_request_for_a_reclassering_advice_is_no_task() {
        Instant vervalt = OPGELEGD.plus(Duration.ofDays(1));
        Huisverbod.Opvolging gevraagd = new Huisverbod.Opvolging(null, null, null,
                new Huisverbod.Adviesaanvraag(dag(OPGELEGD), OPGELEGD, vervalt));
        assertThat(zaak(null, null, gevraagd).openTaken(vervalt.minusSeconds(1), TERMIJNEN))
                .contains("RECLASSERINGSADVIES_LEVEREN");
        assertThat(zaak(null, null, gevraagd).openTaken(vervalt, TERMIJNEN)).doesNotContain("RECLASSERINGSADVIES_LEVEREN");
    }
}
