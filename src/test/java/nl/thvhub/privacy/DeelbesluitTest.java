package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.testing.Deelverwachting;

/**
 * The sharing decision for every role of the policy file × in scope / out of scope × consent given / not given, in plain
 * JUnit (milliseconds, no server): the engine against the expectation computed from the YAML alone — the same
 * expectation the API-level matrix (PrivacyMatrixTest) checks through REST and GraphQL.
 */
class DeelbesluitTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");
    private static final SharingPolicy POLICY = new SharingPolicy();
    /** The engine with the policy file and test settings (also for the other plain tests of the decision). */
    static final Disclosure ENGINE = new Disclosure(POLICY, new PrivacyConfig() {

        @Override
        public Duration noodtoegangDuur() {
            return Duration.ofMinutes(30);
        }

        @Override
        public int noodtoegangPerDag() {
            return 3;
        }

        @Override
        public Duration bewaartermijn() {
            return Duration.ofDays(1825);
        }
    });
    private static final List<Zaakfeiten.Persoon> PERSONEN = List.of(
            new Zaakfeiten.Persoon(UUID.randomUUID(), "UITHUISGEPLAATSTE"),
            new Zaakfeiten.Persoon(UUID.randomUUID(), "ACHTERBLIJVER"), new Zaakfeiten.Persoon(UUID.randomUUID(), "KIND"));

    /** A reader: its role, organisation and whether it is a partner system. */
    record Lezer(Rol rol, Organisatie organisatie, boolean partner) {

        Actor actor() {
            String naam = rol.code() + (partner ? "-systeem" : "");
            return new Actor(naam, naam, rol, organisatie, rol == Rol.WIJKAGENT ? "centrum" : null,
                    partner ? naam : null, partner);
        }

        @Override
        public String toString() {
            return rol.code() + (partner ? " (partnersysteem)" : "");
        }
    }

    static Stream<Lezer> lezersZonderToestemming() {
        return lezers().map(a -> (Lezer) a.get()[0]).distinct();
    }

    static Stream<Arguments> lezers() {
        List<Lezer> lezers = new ArrayList<>();
        for (SharingPolicy.Regel r : POLICY.document().regels()) {
            Rol rol = Rol.fromCode(r.rol()).orElseThrow();
            lezers.add(new Lezer(rol, organisatie(rol), false));
        }
        lezers.add(new Lezer(Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP, true));
        List<Arguments> args = new ArrayList<>();
        for (Lezer l : lezers) {
            args.add(Arguments.of(l, false));
            args.add(Arguments.of(l, true));
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}, toestemming {1}")
    @MethodSource("lezers")
    void a_reader_in_scope_sees_exactly_what_the_policy_file_grants(Lezer lezer, boolean toestemming) {
        Actor actor = lezer.actor();
        SharingPolicy.Regel regel = ENGINE.regel(actor);
        Besluit besluit = ENGINE.beslis(actor, regel.doel(), zaak(actor, true, toestemming), NU);
        assertThat(besluit.zichtbaar()).isTrue();
        assertThat(new TreeSet<>(besluit.onthoudenCodes())).isEqualTo(Deelverwachting.onthouden(regel, toestemming));
    }

    /**
     * Issue 31: every task kind, for every reader, is listed exactly when the policy file gives the reader the task's
     * category (of the case, or of the person the task is about).
     */
    @ParameterizedTest(name = "{0}, toestemming {1}")
    @MethodSource("lezers")
    void a_reader_sees_every_kind_of_task_exactly_when_it_may_see_what_the_task_is_about(Lezer lezer,
            boolean toestemming) {
        Actor actor = lezer.actor();
        SharingPolicy.Regel regel = ENGINE.regel(actor);
        Besluit besluit = ENGINE.beslis(actor, regel.doel(), zaak(actor, true, toestemming), NU);
        Set<String> onthouden = Deelverwachting.onthouden(regel, toestemming);
        for (String soort : POLICY.onthulling().taken().keySet()) {
            String categorie = POLICY.onthulling().taken().get(soort).name();
            // a category only ever about one person (GGZ) has no case-level reading: a task of it is about a person
            boolean alleenPerPersoon = Set.of("IDENTITEIT", "KINDEREN", "GGZ", "NETWERK", "GEZONDHEID").contains(categorie);
            for (UUID persoon : java.util.Arrays.asList(null, PERSONEN.get(0).id(), PERSONEN.get(1).id())) {
                assertThat(besluit.magTaak(soort, persoon)).as(soort + " about " + persoon)
                        .isEqualTo(!onthouden.contains(categorie) && !(alleenPerPersoon && persoon == null));
            }
        }
        assertThat(besluit.magTaak("ONBEKENDE_TAAK", null)).as("a kind the policy file does not name").isFalse();
    }

    @ParameterizedTest(name = "{0}, toestemming {1}")
    @MethodSource("lezers")
    void a_reader_out_of_scope_sees_nothing_even_with_consent(Lezer lezer, boolean toestemming) {
        Actor actor = lezer.actor();
        SharingPolicy.Regel regel = ENGINE.regel(actor);
        Besluit besluit = ENGINE.beslis(actor, regel.doel(), zaak(actor, false, toestemming), NU);
        // a regional gemeente account (no gemeenten claim) reaches every case, as ALTIJD does
        boolean overal = regel.scope() == Scope.ALTIJD
                || regel.scope() == Scope.EIGEN_GEMEENTE && actor.gemeenten().isEmpty();
        assertThat(besluit.zichtbaar()).isEqualTo(overal);
    }

    /** Issue 34.5: a gemeente account acting for Diemen reads Diemen's cases only, and has no break-the-glass. */
    @Test
    void a_gemeente_acting_for_diemen_reads_diemens_cases_only_and_never_breaks_the_glass() {
        Actor diemen = new Actor("g", "gemeente-diemen", Rol.GEMEENTE, Organisatie.GEMEENTE, null, null, false,
                Set.of("DIEMEN"));
        Actor regionaal = new Actor("r", "gemeente", Rol.GEMEENTE, Organisatie.GEMEENTE, null, null, false);
        Zaakfeiten amsterdam = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP, null,
                List.of(), PERSONEN, Set.of(), false, List.of());
        Zaakfeiten inDiemen = new Zaakfeiten(UUID.randomUUID(), "centrum", "DIEMEN", Organisatie.BLIJF_GROEP, null,
                List.of(), PERSONEN, Set.of(), false, List.of());
        assertThat(ENGINE.beslis(diemen, "juridische-toets", amsterdam, NU).zichtbaar()).isFalse();
        assertThat(ENGINE.beslis(diemen, "juridische-toets", inDiemen, NU).zichtbaar()).isTrue();
        assertThat(ENGINE.beslis(regionaal, "juridische-toets", amsterdam, NU).zichtbaar()).isTrue();
        assertThat(ENGINE.magNoodtoegang(diemen)).isFalse();
        assertThat(ENGINE.zichtbaarheid(diemen, NU).omvat(inDiemen)).isTrue();
    }

    /** Issue 33: the victims' coordinator learns nothing of where the UHG stays or of his shelter; the UHG's does. */
    @Test
    void a_coordinator_sees_where_the_uhg_stays_and_his_shelter_only_when_the_assignment_covers_him() {
        Actor slachtoffers = new Actor("c1", "c1", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP, null, null, false);
        Actor uhg = new Actor("c2", "c2", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP, null, null, false);
        List<Zaakfeiten.Toegewezene> twee = List.of(
                new Zaakfeiten.Toegewezene(Rol.ZORGCOORDINATOR, "c1", Organisatie.BLIJF_GROEP,
                        List.of(PERSONEN.get(1).id(), PERSONEN.get(2).id())),
                new Zaakfeiten.Toegewezene(Rol.ZORGCOORDINATOR, "c2", Organisatie.BLIJF_GROEP, List.of(PERSONEN.get(0).id())));
        Zaakfeiten zaak = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP, null, twee,
                PERSONEN,
                Set.of(), false, List.of());
        Besluit b1 = ENGINE.beslis(slachtoffers, "zorgcoordinatie", zaak, NU);
        Besluit b2 = ENGINE.beslis(uhg, "zorgcoordinatie", zaak, NU);
        assertThat(b1.mag(Categorie.VERBLIJF_UHG)).isFalse();
        assertThat(b1.mag(Categorie.OPVANG_UHG)).isFalse();
        assertThat(b1.mag(Categorie.KERN)).isTrue();
        assertThat(b1.toelichting()).anySatisfy(o -> {
            assertThat(o.categorie()).isEqualTo(Categorie.VERBLIJF_UHG);
            assertThat(o.reden()).isEqualTo(Onthoudingsreden.BUITEN_TOEWIJZING);
        });
        assertThat(b2.mag(Categorie.VERBLIJF_UHG)).isTrue();
        assertThat(b2.mag(Categorie.OPVANG_UHG)).isTrue();
        assertThat(b2.mag(Categorie.VERBLIJF_AB)).isTrue(); // the rest of the case stays as the rule opens it
    }

    @Test
    void a_case_closed_longer_than_the_retention_period_is_out_of_reach_except_for_the_gemeente() {
        Zaakfeiten oud = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP,
                NU.minus(Duration.ofDays(1826)), List.of(), PERSONEN, Set.of(), false, List.of());
        assertThat(ENGINE.beslis(new Lezer(Rol.POLITIE_THV, Organisatie.POLITIE, false).actor(), "handhaving-thv", oud, NU)
                .zichtbaar()).isFalse();
        Actor gemeente = new Lezer(Rol.GEMEENTE, Organisatie.GEMEENTE, false).actor();
        assertThat(ENGINE.beslis(gemeente, ENGINE.regel(gemeente).doel(), oud, NU).zichtbaar()).isTrue();
    }

    @Test
    void a_wijkagent_loses_a_case_of_the_own_wijk_once_it_is_closed() {
        Actor wijkagent = new Lezer(Rol.WIJKAGENT, Organisatie.POLITIE, false).actor();
        Zaakfeiten gesloten = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP,
                NU.minusSeconds(60),
                List.of(), PERSONEN, Set.of(), false, List.of());
        assertThat(ENGINE.inScope(wijkagent, gesloten, NU)).isFalse();
    }

    @Test
    void an_open_advice_request_puts_an_unassigned_reclassering_worker_in_reach_with_its_categories_only() {
        Actor reclassering = new Lezer(Rol.RECLASSERING, Organisatie.RECLASSERING, false).actor();
        Zaakfeiten zaak = metOpdracht(Zaakfeiten.Opdracht.RECLASSERINGSADVIES, Organisatie.RECLASSERING);
        assertThat(ENGINE.beslis(reclassering, "reclasseringsadvies", zaak(reclassering, false, true), NU).zichtbaar())
                .isFalse();
        Besluit besluit = ENGINE.beslis(reclassering, "reclasseringsadvies", zaak, NU);
        assertThat(besluit.zichtbaar()).isTrue();
        assertThat(besluit.mag(Categorie.STRAFRECHT)).isTrue();
        // consent categories of the rule are not opened by the request, even with every consent given
        assertThat(besluit.magIets(Categorie.HULPVERLENING)).isFalse();
        assertThat(besluit.mag(Categorie.IDENTITEIT, PERSONEN.get(1).id())).as("only the UHG's identity").isFalse();
    }

    @Test
    void the_receiving_partner_of_a_hand_over_reads_the_package_and_a_persons_help_data_only_with_consent() {
        Actor sociaalTeam = new Lezer(Rol.SOCIAAL_TEAM, Organisatie.SOCIAAL_TEAM_AA, false).actor();
        Zaakfeiten metAlles = metOpdracht(Zaakfeiten.Opdracht.OVERDRACHT, Organisatie.SOCIAAL_TEAM_AA);
        Zaakfeiten zaak = new Zaakfeiten(metAlles.zaakId(), metAlles.wijk(), metAlles.gemeente(),
                metAlles.coordinerendeOrganisatie(), null, List.of(), metAlles.personen(), Set.of(), false,
                metAlles.opdrachten());
        Besluit besluit = ENGINE.beslis(sociaalTeam, "zorgcoordinatie", zaak, NU);
        Besluit toegestemd = ENGINE.beslis(sociaalTeam, "zorgcoordinatie", metAlles, NU);
        for (Zaakfeiten.Persoon p : metAlles.personen()) {
            assertThat(toegestemd.mag(Categorie.HULPVERLENING, p.id())).as("with that person's consent").isTrue();
        }
        assertThat(besluit.zichtbaar()).isTrue();
        assertThat(besluit.mag(Categorie.KERN)).isTrue();
        assertThat(besluit.mag(Categorie.HULPVERLENING)).as("the family's plans").isTrue();
        for (Zaakfeiten.Persoon p : zaak.personen()) {
            assertThat(besluit.mag(Categorie.HULPVERLENING, p.id())).as("a person's help data without consent").isFalse();
        }
        for (Categorie c : Categorie.values()) {
            if (c != Categorie.KERN && c != Categorie.IDENTITEIT && c != Categorie.HULPVERLENING) {
                assertThat(besluit.magIets(c)).as(c.name()).isFalse();
            }
        }
    }

    @Test
    void an_open_request_to_one_organisation_opens_nothing_to_another() {
        Actor ggz = new Lezer(Rol.GGZ, Organisatie.GGZ, false).actor();
        assertThat(
                ENGINE.beslis(ggz, "ggz-behandeling", metOpdracht(Zaakfeiten.Opdracht.OVERDRACHT, Organisatie.SOCIAAL_TEAM_AA),
                        NU).zichtbaar())
                .isFalse();
        Actor gezinsmanager = new Lezer(Rol.GEZINSMANAGER, Organisatie.RECLASSERING, false).actor();
        assertThat(ENGINE.beslis(gezinsmanager, "jeugdbescherming",
                metOpdracht(Zaakfeiten.Opdracht.RECLASSERINGSADVIES, Organisatie.RECLASSERING), NU).zichtbaar())
                .as("the advice request names the reclassering role").isFalse();
    }

    @Test
    void an_open_request_reaches_its_organisation_only_until_its_reach_ends() {
        Actor reclassering = new Lezer(Rol.RECLASSERING, Organisatie.RECLASSERING, false).actor();
        Zaakfeiten zaak = metOpdracht(Zaakfeiten.Opdracht.RECLASSERINGSADVIES, Organisatie.RECLASSERING,
                NU.plusSeconds(60));
        assertThat(ENGINE.beslis(reclassering, "reclasseringsadvies", zaak, NU.plusSeconds(59)).zichtbaar()).isTrue();
        assertThat(ENGINE.beslis(reclassering, "reclasseringsadvies", zaak, NU.plusSeconds(60)).zichtbaar()).isFalse();
        Actor sociaalTeam = new Lezer(Rol.SOCIAAL_TEAM, Organisatie.SOCIAAL_TEAM_AA, false).actor();
        Zaakfeiten overdracht = metOpdracht(Zaakfeiten.Opdracht.OVERDRACHT, Organisatie.SOCIAAL_TEAM_AA, NU);
        assertThat(ENGINE.beslis(sociaalTeam, "zorgcoordinatie", overdracht, NU).zichtbaar()).isFalse();
    }

    /** A case out of everyone's assignment, with every consent, and one open request to an organisation. */
    private static Zaakfeiten metOpdracht(String soort, Organisatie organisatie) {
        return metOpdracht(soort, organisatie, NU.plusSeconds(3600));
    }

    /** The same, with the moment the request's reach ends. */
    private static Zaakfeiten metOpdracht(String soort, Organisatie organisatie, Instant tot) {
        Set<Zaakfeiten.Toestemmingsfeit> toestemmingen = new HashSet<>();
        for (Zaakfeiten.Persoon p : PERSONEN) {
            for (Categorie c : Categorie.values()) {
                toestemmingen.add(new Zaakfeiten.Toestemmingsfeit(p.id(), c));
            }
        }
        return new Zaakfeiten(UUID.randomUUID(), "zuidoost", "AMSTERDAM", Organisatie.BLIJF_GROEP, null, List.of(), PERSONEN,
                toestemmingen, false, List.of(new Zaakfeiten.Opdracht(soort, organisatie, tot)));
    }

    /** A case in (or out of) the reader's scope, with every person consenting to every category, or none. */
    /**
     * Issue 37, item 2: without consent, nothing a decision shows lies outside the reader's reach — in scope, out of scope
     * with every kind of open request to its organisation, and under break-the-glass — so a read that loads only the
     * reach's feature columns never shows an empty value as if it were the case's (with consent the case is read whole).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lezersZonderToestemming")
    void without_consent_a_decision_shows_nothing_outside_the_readers_reach(Lezer lezer) {
        Actor actor = lezer.actor();
        SharingPolicy.Regel regel = ENGINE.regel(actor);
        Set<Categorie> bereik = ENGINE.leesbereik(actor);
        List<Zaakfeiten> gevallen = new ArrayList<>();
        gevallen.add(zaak(actor, true, false));
        Zaakfeiten buiten = zaak(actor, false, false);
        for (String soort : POLICY.document().opdrachten().keySet()) {
            gevallen.add(new Zaakfeiten(buiten.zaakId(), buiten.wijk(), buiten.gemeente(), buiten.coordinerendeOrganisatie(),
                    null, buiten.toegewezen(), PERSONEN, Set.of(), false,
                    List.of(new Zaakfeiten.Opdracht(soort, actor.organisatie(), NU.plusSeconds(3600), PERSONEN.get(0).id()))));
        }
        gevallen.add(new Zaakfeiten(buiten.zaakId(), buiten.wijk(), buiten.gemeente(), buiten.coordinerendeOrganisatie(), null,
                buiten.toegewezen(), PERSONEN, Set.of(), true, List.of()));
        for (Zaakfeiten feiten : gevallen) {
            Besluit besluit = ENGINE.beslis(actor, regel.doel(), feiten, NU);
            for (Categorie c : Categorie.values()) {
                assertThat(!besluit.magIets(c) || bereik.contains(c)).as("%s shown outside the reach", c).isTrue();
            }
        }
    }

    private static Zaakfeiten zaak(Actor actor, boolean inScope, boolean toestemming) {
        Set<Zaakfeiten.Toestemmingsfeit> toestemmingen = new HashSet<>();
        if (toestemming) {
            for (Zaakfeiten.Persoon p : PERSONEN) {
                for (Categorie c : Categorie.values()) {
                    toestemmingen.add(new Zaakfeiten.Toestemmingsfeit(p.id(), c));
                }
            }
        }
        List<Zaakfeiten.Toegewezene> toegewezen = inScope && !actor.partnerSysteem()
                ? List.of(new Zaakfeiten.Toegewezene(actor.rol(), actor.gebruikersnaam(), actor.organisatie()))
                : List.of();
        String wijk = inScope ? "centrum" : "zuidoost";
        Organisatie coordinerend = actor.partnerSysteem() && !inScope ? Organisatie.SOCIAAL_TEAM_AA : Organisatie.BLIJF_GROEP;
        return new Zaakfeiten(UUID.randomUUID(), wijk, "AMSTERDAM", coordinerend, null, toegewezen, PERSONEN, toestemmingen,
                false,
                List.of());
    }

    private static Organisatie organisatie(Rol rol) {
        return switch (rol) {
            case POLITIE_THV, WIJKAGENT -> Organisatie.POLITIE;
            case OM_ZSM -> Organisatie.OM;
            case VEILIG_THUIS -> Organisatie.VEILIG_THUIS;
            case ZORGCOORDINATOR -> Organisatie.BLIJF_GROEP;
            case SOCIAAL_TEAM -> Organisatie.SOCIAAL_TEAM_AA;
            case GEZINSMANAGER -> Organisatie.JBRA;
            case RECLASSERING -> Organisatie.RECLASSERING;
            case GGZ -> Organisatie.GGZ;
            default -> Organisatie.GEMEENTE;
        };
    }
}
