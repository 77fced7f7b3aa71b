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
 * The lifecycle rules of a case at every deadline, without a server (issue 18's fast tests): status, the actions it
 * allows and the tasks still open follow from its dates and the clock alone.
 */
class HuisverbodRegelsTest {

    private static final Instant OPGELEGD = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant EINDE = OPGELEGD.plus(Huisverbod.DUUR);

    /** A case imposed at OPGELEGD in Amsterdam; the arguments set what happened since. */
    private static Huisverbod zaak(Instant verlengdOp, Instant ingetrokkenOp, Instant beeindigdOp, Instant afgeslotenOp,
            Huisverbod.Advies advies, List<Huisverbod.Toewijzing> toewijzingen, List<Huisverbod.Betrokkene> betrokkenen) {
        return Zaakbouwer.opgelegdOp(OPGELEGD).verlengdOp(verlengdOp).ingetrokkenOp(ingetrokkenOp).beeindigdOp(beeindigdOp)
                .afgeslotenOp(afgeslotenOp).advies(advies).toewijzingen(toewijzingen)
                .met(betrokkenen.toArray(Huisverbod.Betrokkene[]::new)).bouw();
    }

    private static Huisverbod opgelegd() {
        return zaak(null, null, null, null, null, List.of(), volwassenen());
    }

    private static List<Huisverbod.Betrokkene> volwassenen() {
        return List.of(
                new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.UITHUISGEPLAATSTE, "P", LocalDate.of(1980, 1, 1)),
                new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.ACHTERBLIJVER, "S", LocalDate.of(1982, 2, 2)));
    }

    private static Huisverbod.Toewijzing toewijzing(ToewijzingRol rol) {
        return new Huisverbod.Toewijzing(UUID.randomUUID(), rol, "iemand", Organisatie.BLIJF_GROEP, OPGELEGD);
    }

    private static final Huisverbod.Advies ADVIES = new Huisverbod.Advies(AdviesKeuze.VERLENGEN,
            java.util.List.of(nl.thvhub.huisverbod.Verlengingsgrond.DREIGING_HOUDT_AAN), "Dreiging",
            OPGELEGD.plusSeconds(60));

    @Test
    void a_case_runs_until_its_eindmoment_and_is_in_monitoring_from_that_instant() {
        Huisverbod h = opgelegd();
        assertThat(h.status(OPGELEGD)).isEqualTo(Status.OPGELEGD);
        assertThat(h.status(EINDE.minusMillis(1))).isEqualTo(Status.OPGELEGD);
        assertThat(h.status(EINDE)).isEqualTo(Status.MONITORING);
    }

    @Test
    void an_extended_case_runs_28_days() {
        Huisverbod h = zaak(OPGELEGD.plus(Duration.ofDays(9)), null, null, null, ADVIES, List.of(), volwassenen());
        assertThat(h.eindmoment()).isEqualTo(OPGELEGD.plus(Duration.ofDays(28)));
        assertThat(h.status(EINDE.plusSeconds(1))).isEqualTo(Status.VERLENGD);
        assertThat(h.status(h.eindmoment())).isEqualTo(Status.MONITORING);
    }

    @Test
    void monitoring_ends_three_months_after_the_end_for_blijf_groep() {
        Huisverbod h = opgelegd();
        assertThat(h.monitoringEinde()).isEqualTo(java.time.ZonedDateTime.ofInstant(EINDE, Huisverbod.TIJDZONE).plusMonths(3)
                .toInstant());
        assertThat(h.status(h.monitoringEinde().minusMillis(1))).isEqualTo(Status.MONITORING);
        assertThat(h.status(h.monitoringEinde())).isEqualTo(Status.BEEINDIGD);
    }

    @Test
    void sociaal_team_monitors_six_months() {
        assertThat(Huisverbod.monitoringEinde(EINDE, Organisatie.SOCIAAL_TEAM_AA))
                .isEqualTo(java.time.ZonedDateTime.ofInstant(EINDE, Huisverbod.TIJDZONE).plusMonths(6).toInstant());
    }

    @Test
    void monitoring_ended_early_is_beeindigd_at_once() {
        Huisverbod h = zaak(null, null, EINDE.plus(Duration.ofDays(3)), null, null, List.of(), volwassenen());
        assertThat(h.status(EINDE.plus(Duration.ofDays(4)))).isEqualTo(Status.BEEINDIGD);
    }

    @Test
    void withdrawal_beats_the_clock_and_closing_beats_withdrawal() {
        Instant later = EINDE.plus(Duration.ofDays(400));
        assertThat(zaak(null, OPGELEGD.plusSeconds(5), null, null, null, List.of(), volwassenen()).status(later))
                .isEqualTo(Status.INGETROKKEN);
        assertThat(zaak(null, OPGELEGD.plusSeconds(5), null, OPGELEGD.plusSeconds(9), null, List.of(), volwassenen())
                .status(OPGELEGD.plusSeconds(10))).isEqualTo(Status.AFGESLOTEN);
    }

    @Test
    void extension_is_allowed_only_after_advice() {
        assertThat(opgelegd().toegestaneActies(OPGELEGD)).doesNotContain(Actie.VERLENGING).contains(Actie.VERLENGINGSADVIES);
        assertThat(zaak(null, null, null, null, ADVIES, List.of(), volwassenen()).toegestaneActies(OPGELEGD))
                .contains(Actie.VERLENGING);
    }

    @Test
    void a_running_case_can_be_withdrawn_a_case_in_monitoring_can_be_closed_and_an_ended_one_allows_nothing_else() {
        Huisverbod h = opgelegd();
        assertThat(h.toegestaneActies(OPGELEGD)).contains(Actie.INTREKKING).doesNotContain(Actie.AFSLUITING);
        assertThat(h.toegestaneActies(EINDE)).containsExactly(Actie.BEEINDIGING, Actie.AFSLUITING,
                Actie.MONITORING_VERLENGING, Actie.TOEWIJZING);
        assertThat(h.toegestaneActies(h.monitoringEinde())).containsExactly(Actie.AFSLUITING, Actie.TOEWIJZING);
        assertThat(zaak(null, OPGELEGD.plusSeconds(5), null, null, null, List.of(), volwassenen())
                .toegestaneActies(OPGELEGD.plusSeconds(6))).isEmpty();
    }

    @Test
    void a_new_case_asks_for_a_coordinator_and_advice() {
        assertThat(opgelegd().openTaken(OPGELEGD)).containsExactly("ZORGCOORDINATOR_TOEWIJZEN", "VERLENGINGSADVIES_GEVEN");
    }

    @Test
    void a_case_with_a_minor_asks_for_a_gezinsmanager_until_one_is_assigned() {
        List<Huisverbod.Betrokkene> metKind = new java.util.ArrayList<>(volwassenen());
        metKind.add(new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.KIND, "K", LocalDate.of(2018, 5, 5)));
        assertThat(zaak(null, null, null, null, null, List.of(), metKind).openTaken(OPGELEGD))
                .contains("GEZINSMANAGER_TOEWIJZEN");
        assertThat(zaak(null, null, null, null, null, List.of(toewijzing(ToewijzingRol.GEZINSMANAGER)), metKind)
                .openTaken(OPGELEGD)).doesNotContain("GEZINSMANAGER_TOEWIJZEN");
    }

    @Test
    void closing_is_prepared_in_the_last_two_weeks_of_monitoring_not_at_the_peilmoment_and_a_closed_case_has_no_tasks() {
        Huisverbod h = zaak(null, null, null, null, ADVIES, List.of(toewijzing(ToewijzingRol.ZORGCOORDINATOR)), volwassenen());
        assertThat(h.openTaken(h.peilmoment().plusSeconds(1))).isEmpty();
        java.time.Instant tweeWekenVoorEinde = h.monitoringEinde().minus(java.time.Duration.ofDays(14));
        assertThat(h.openTaken(tweeWekenVoorEinde.minusSeconds(1))).isEmpty();
        assertThat(h.openTaken(tweeWekenVoorEinde)).containsExactly("AFSLUITING_VOORBEREIDEN");
        assertThat(zaak(null, null, null, EINDE.plusSeconds(1), null, List.of(), volwassenen()).openTaken(EINDE.plusSeconds(2)))
                .isEmpty();
    }
}
