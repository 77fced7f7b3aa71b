package nl.thvhub.zorg.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.testing.Zaakbouwer;
import nl.thvhub.zorg.service.Zorgrechten.Onderdeel;

/**
 * Who writes which part of the care record, as a table in plain JUnit (milliseconds, no server): each writer against
 * every part, for an adult and for a child where the rule tells them apart. The API-level tests (ZorgdossierTest,
 * PartnerNamensTest) show the same rule through REST and GraphQL; this one shows all of it at once.
 */
class ZorgrechtenTest {

    private static final Instant OPGELEGD = Instant.parse("2026-03-02T10:00:00Z");

    /** A case with a coordinator, a gezinsmanager and a Reclassering and a GGZ worker, each assigned by name. */
    private static final Huisverbod ZAAK = Zaakbouwer.opgelegdOp(OPGELEGD).metKind()
            .toegewezen(ToewijzingRol.ZORGCOORDINATOR, "coordinator", Organisatie.BLIJF_GROEP)
            .toegewezen(ToewijzingRol.GEZINSMANAGER, "gezinsmanager", Organisatie.JBRA)
            .toegewezen(ToewijzingRol.RECLASSERING, "reclassering", Organisatie.RECLASSERING)
            .toegewezen(ToewijzingRol.GGZ, "ggz", Organisatie.GGZ).bouw();

    /** The writers of the table: a name of the case's assignments, or another, in a role; a system or a person. */
    private static final Map<String, Actor> SCHRIJVERS = Map.ofEntries(
            Map.entry("coordinator", persoon("coordinator", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP)),
            Map.entry("collega-coordinator", persoon("collega", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP)),
            Map.entry("systeem-namens-coordinator", namens("coordinator", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP)),
            Map.entry("systeem-zonder-namens", systeem(Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP)),
            Map.entry("gezinsmanager", persoon("gezinsmanager", Rol.GEZINSMANAGER, Organisatie.JBRA)),
            Map.entry("andere-gezinsmanager", persoon("ander", Rol.GEZINSMANAGER, Organisatie.JBRA)),
            Map.entry("veilig-thuis", persoon("vt", Rol.VEILIG_THUIS, Organisatie.VEILIG_THUIS)),
            Map.entry("veilig-thuis-systeem", systeem(Rol.VEILIG_THUIS, Organisatie.VEILIG_THUIS)),
            Map.entry("reclassering", persoon("reclassering", Rol.RECLASSERING, Organisatie.RECLASSERING)),
            Map.entry("ggz", persoon("ggz", Rol.GGZ, Organisatie.GGZ)),
            Map.entry("politie", persoon("politie", Rol.POLITIE_THV, Organisatie.POLITIE)),
            Map.entry("om", persoon("om", Rol.OM_ZSM, Organisatie.OM)));

    private static Actor persoon(String naam, Rol rol, Organisatie org) {
        return new Actor(naam, naam, rol, org, null, null, false);
    }

    private static Actor namens(String naam, Rol rol, Organisatie org) {
        return new Actor(naam, naam, rol, org, null, "partner-systeem", false, null, true);
    }

    private static Actor systeem(Rol rol, Organisatie org) {
        return new Actor("systeem", "systeem", rol, org, null, "partner-systeem", true);
    }

    /**
     * J = may write, - = may not. Columns: the analysis of an adult, the analysis of a child, plan, network, referral,
     * contact, check-in, monitoring report, care advice for ZSM.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # writer                    | analysis adult | analysis child | plan | network | referral | contact | check-in | report | advice
            coordinator                 | J | J | J | J | J | J | J | J | J
            collega-coordinator         | - | - | - | - | - | - | - | - | -
            systeem-namens-coordinator  | J | J | J | J | J | J | J | J | J
            systeem-zonder-namens       | - | - | - | - | - | - | - | - | -
            gezinsmanager               | - | J | J | J | J | J | - | - | J
            andere-gezinsmanager        | - | - | - | - | - | - | - | - | -
            veilig-thuis                | J | J | - | J | - | - | - | - | -
            veilig-thuis-systeem        | - | - | - | - | - | - | - | - | -
            reclassering                | - | - | - | - | J | J | - | - | -
            ggz                         | - | - | - | - | J | J | - | - | -
            politie                     | - | - | - | - | - | - | - | - | -
            om                          | - | - | - | - | - | - | - | - | -
            """)
    void each_writer_writes_exactly_its_parts_of_the_record(String schrijver, String analyseVolwassene, String analyseKind,
            String plan, String netwerk, String verwijzing, String contact, String peilmoment, String eindrapport,
            String advies) {
        Actor actor = SCHRIJVERS.get(schrijver);
        assertThat(actor).as(schrijver).isNotNull();
        assertThat(rij(actor)).containsExactly(analyseVolwassene, analyseKind, plan, netwerk, verwijzing, contact,
                peilmoment, eindrapport, advies);
    }

    private static List<String> rij(Actor actor) {
        List<String> rij = new ArrayList<>();
        rij.add(teken(actor, Onderdeel.PROBLEEMANALYSE, BetrokkeneRol.ACHTERBLIJVER));
        rij.add(teken(actor, Onderdeel.PROBLEEMANALYSE, BetrokkeneRol.KIND));
        for (Onderdeel o : List.of(Onderdeel.PLAN, Onderdeel.NETWERK, Onderdeel.VERWIJZING, Onderdeel.CONTACTMOMENT,
                Onderdeel.PEILMOMENT, Onderdeel.EINDRAPPORT, Onderdeel.ZORGADVIES)) {
            rij.add(teken(actor, o, BetrokkeneRol.ACHTERBLIJVER));
        }
        return rij;
    }

    private static String teken(Actor actor, Onderdeel onderdeel, BetrokkeneRol persoon) {
        return Zorgrechten.magSchrijven(actor, ZAAK, onderdeel, persoon(ZAAK, persoon)) ? "J" : "-";
    }

    private static Huisverbod.Betrokkene persoon(Huisverbod zaak, BetrokkeneRol rol) {
        return zaak.betrokkenen().stream().filter(b -> b.rol() == rol).findFirst().orElseThrow();
    }

    @Test
    void two_coordinators_each_write_the_record_of_the_persons_they_cover_and_both_the_plans() {
        Huisverbod zaak = Zaakbouwer.opgelegdOp(OPGELEGD).metKind()
                .coordinatorVoor("slachtoffers", BetrokkeneRol.ACHTERBLIJVER, BetrokkeneRol.KIND)
                .coordinatorVoor("uhg", BetrokkeneRol.UITHUISGEPLAATSTE).bouw();
        Actor slachtoffers = persoon("slachtoffers", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP);
        Actor uhg = persoon("uhg", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP);
        for (Onderdeel o : List.of(Onderdeel.PROBLEEMANALYSE, Onderdeel.NETWERK, Onderdeel.VERWIJZING,
                Onderdeel.CONTACTMOMENT)) {
            assertThat(Zorgrechten.magSchrijven(uhg, zaak, o, persoon(zaak, BetrokkeneRol.UITHUISGEPLAATSTE))).as(o.name())
                    .isTrue();
            assertThat(Zorgrechten.magSchrijven(uhg, zaak, o, persoon(zaak, BetrokkeneRol.ACHTERBLIJVER))).as(o.name())
                    .isFalse();
            assertThat(Zorgrechten.magSchrijven(slachtoffers, zaak, o, persoon(zaak, BetrokkeneRol.KIND))).as(o.name())
                    .isTrue();
            assertThat(Zorgrechten.magSchrijven(slachtoffers, zaak, o, persoon(zaak, BetrokkeneRol.UITHUISGEPLAATSTE)))
                    .as(o.name()).isFalse();
        }
        for (Onderdeel o : List.of(Onderdeel.PLAN, Onderdeel.PEILMOMENT, Onderdeel.EINDRAPPORT, Onderdeel.ZORGADVIES)) {
            assertThat(Zorgrechten.magSchrijven(uhg, zaak, o, null)).as(o.name()).isTrue();
            assertThat(Zorgrechten.magSchrijven(slachtoffers, zaak, o, null)).as(o.name()).isTrue();
        }
    }

    @Test
    void the_table_covers_every_part_of_the_record() {
        // a new part must get a column above before it can be written by anyone
        assertThat(Onderdeel.values()).containsExactlyInAnyOrder(Onderdeel.PROBLEEMANALYSE, Onderdeel.PLAN,
                Onderdeel.NETWERK, Onderdeel.VERWIJZING, Onderdeel.CONTACTMOMENT, Onderdeel.PEILMOMENT,
                Onderdeel.EINDRAPPORT, Onderdeel.ZORGADVIES, Onderdeel.GESPREK, Onderdeel.NAZORG);
    }

    @Test
    void conversations_and_care_after_closing_are_the_coordinators_and_the_gezinsmanagers() {
        for (Onderdeel o : List.of(Onderdeel.GESPREK, Onderdeel.NAZORG)) {
            assertThat(Zorgrechten.magSchrijven(SCHRIJVERS.get("politie"), ZAAK, o, null)).as(o.name()).isFalse();
        }
    }

    @Test
    void the_sociaal_team_coordinates_as_blijf_groep_does() {
        Huisverbod zaak = Zaakbouwer.opgelegdOp(OPGELEGD).coordinerendeOrganisatie(Organisatie.SOCIAAL_TEAM_AA)
                .toegewezen(ToewijzingRol.ZORGCOORDINATOR, "st", Organisatie.SOCIAAL_TEAM_AA).bouw();
        Actor st = persoon("st", Rol.SOCIAAL_TEAM, Organisatie.SOCIAAL_TEAM_AA);
        for (Onderdeel o : Onderdeel.values()) {
            assertThat(Zorgrechten.magSchrijven(st, zaak, o, persoon(zaak, BetrokkeneRol.ACHTERBLIJVER))).as(o.name())
                    .isTrue();
        }
    }

    @Test
    void a_refusal_is_403_saying_who_may_write_the_part() {
        assertThatThrownBy(() -> Zorgrechten.vereis(SCHRIJVERS.get("politie"), ZAAK, Onderdeel.PLAN, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("zorgcoordinator en de gezinsmanager");
                });
    }

    @Test
    void a_closed_or_withdrawn_case_gets_nothing_new_and_a_running_one_does() {
        Instant later = OPGELEGD.plusSeconds(3600);
        Zorgrechten.open(ZAAK, later);
        assertThatThrownBy(() -> Zorgrechten.open(Zaakbouwer.opgelegdOp(OPGELEGD).ingetrokkenOp(later).bouw(), later))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(409));
    }

    @Test
    void a_person_of_another_case_is_404_in_a_path_and_400_naming_the_field_in_a_body() {
        java.util.UUID vreemd = java.util.UUID.randomUUID();
        assertThatThrownBy(() -> Zorgrechten.persoon(ZAAK, vreemd))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
        assertThatThrownBy(() -> Zorgrechten.persoon(ZAAK, vreemd, "betrokkeneId"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    }
}
