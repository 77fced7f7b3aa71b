package nl.thvhub.huisverbod.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.testing.Zaakbouwer;

/** Who may assign whom, as a pure rule in milliseconds (the API flows are in ToewijzingRechtTest). */
class ToewijzingsrechtTest {

    private static final Instant NU = Instant.parse("2026-03-02T10:00:00Z");

    private static Actor actor(String naam, Rol rol, Organisatie org) {
        return new Actor(naam, naam, rol, org, null, null, false);
    }

    private static Huisverbod zaak(Huisverbod.Toewijzing... toewijzingen) {
        return Zaakbouwer.opgelegdOp(NU).strafrechtelijkTraject(false)
                .met(new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.UITHUISGEPLAATSTE, "P",
                        LocalDate.of(1980, 1, 1)))
                .toewijzingen(List.of(toewijzingen)).bouw();
    }

    private static Huisverbod.Toewijzing toegewezen(ToewijzingRol rol, String naam, Organisatie org) {
        return new Huisverbod.Toewijzing(UUID.randomUUID(), rol, naam, org, NU);
    }

    private static Opdrachten.Toewijzen opdracht(ToewijzingRol rol, String naam, Organisatie org) {
        return new Opdrachten.Toewijzen(rol, naam, org, null);
    }

    private static final Actor VEILIG_THUIS = actor("vt", Rol.VEILIG_THUIS, Organisatie.VEILIG_THUIS);
    private static final Actor COORDINATOR = actor("anna", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP);

    @Test
    void veilig_thuis_hands_the_case_to_a_coordinator_of_the_coordinating_organisation() {
        assertThat(Toewijzingsrecht.organisatie(VEILIG_THUIS, zaak(),
                opdracht(ToewijzingRol.ZORGCOORDINATOR, "anna", null))).isEqualTo(Organisatie.BLIJF_GROEP);
    }

    @Test
    void veilig_thuis_hands_a_family_to_a_gezinsmanager_of_a_certified_institution_only() {
        assertThat(Toewijzingsrecht.organisatie(VEILIG_THUIS, zaak(),
                opdracht(ToewijzingRol.GEZINSMANAGER, "gm", Organisatie.WSJJ))).isEqualTo(Organisatie.WSJJ);
        assertThatThrownBy(() -> Toewijzingsrecht.organisatie(VEILIG_THUIS, zaak(),
                opdracht(ToewijzingRol.GEZINSMANAGER, "gm", Organisatie.GGZ))).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(400);
    }

    @Test
    void nobody_assigns_themselves_not_even_veilig_thuis() {
        assertForbidden(VEILIG_THUIS, zaak(), opdracht(ToewijzingRol.ZORGCOORDINATOR, "VT", null));
    }

    @Test
    void a_coordinator_of_the_organisation_cannot_assign_herself_into_a_case_she_does_not_hold() {
        Actor collega = actor("bea", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP);
        assertForbidden(collega, zaak(toegewezen(ToewijzingRol.ZORGCOORDINATOR, "anna", Organisatie.BLIJF_GROEP)),
                opdracht(ToewijzingRol.ZORGCOORDINATOR, "carla", null));
    }

    @Test
    void the_assigned_coordinator_hands_her_role_to_a_colleague() {
        assertThat(Toewijzingsrecht.organisatie(COORDINATOR,
                zaak(toegewezen(ToewijzingRol.ZORGCOORDINATOR, "anna", Organisatie.BLIJF_GROEP)),
                opdracht(ToewijzingRol.ZORGCOORDINATOR, "bea", null))).isEqualTo(Organisatie.BLIJF_GROEP);
    }

    @Test
    void the_assigned_coordinator_invites_ggz_and_reclassering_of_their_own_organisations() {
        Huisverbod h = zaak(toegewezen(ToewijzingRol.ZORGCOORDINATOR, "anna", Organisatie.BLIJF_GROEP));
        assertThat(Toewijzingsrecht.organisatie(COORDINATOR, h, opdracht(ToewijzingRol.GGZ, "g", Organisatie.POLITIE)))
                .isEqualTo(Organisatie.GGZ);
        assertThat(Toewijzingsrecht.organisatie(COORDINATOR, h, opdracht(ToewijzingRol.RECLASSERING, "r", null)))
                .isEqualTo(Organisatie.RECLASSERING);
    }

    @Test
    void an_unassigned_coordinator_invites_nobody() {
        assertForbidden(COORDINATOR, zaak(), opdracht(ToewijzingRol.GGZ, "g", null));
    }

    @Test
    void the_police_assign_nobody() {
        assertForbidden(actor("p", Rol.POLITIE_THV, Organisatie.POLITIE), zaak(),
                opdracht(ToewijzingRol.ZORGCOORDINATOR, "anna", null));
    }

    @Test
    void a_ggz_worker_hands_the_ggz_role_to_a_colleague_but_cannot_take_the_coordinator_role() {
        Actor ggz = actor("g", Rol.GGZ, Organisatie.GGZ);
        Huisverbod h = zaak(toegewezen(ToewijzingRol.GGZ, "g", Organisatie.GGZ));
        assertThat(Toewijzingsrecht.organisatie(ggz, h, opdracht(ToewijzingRol.GGZ, "g2", null))).isEqualTo(Organisatie.GGZ);
        assertForbidden(ggz, h, opdracht(ToewijzingRol.ZORGCOORDINATOR, "x", null));
    }

    private static void assertForbidden(Actor actor, Huisverbod h, Opdrachten.Toewijzen o) {
        assertThatThrownBy(() -> Toewijzingsrecht.organisatie(actor, h, o)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(403);
    }
}
