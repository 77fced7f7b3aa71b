package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Every category the decision withholds is explained — why, and on which basis of the reader's rule — so a screen shows
 * "Afgeschermd" with a reason instead of an empty value that looks like "nothing" (issue 32), in plain JUnit.
 */
class OnthoudingsredenTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");
    private static final Disclosure ENGINE = DeelbesluitTest.ENGINE;
    private static final Zaakfeiten.Persoon UHG = new Zaakfeiten.Persoon(UUID.randomUUID(), "UITHUISGEPLAATSTE");
    private static final Zaakfeiten.Persoon AB = new Zaakfeiten.Persoon(UUID.randomUUID(), "ACHTERBLIJVER");

    @Test
    void the_police_are_told_that_help_data_is_not_in_their_task_with_their_rules_basis() {
        Besluit b = besluit(new Actor("p", "politie-thv", Rol.POLITIE_THV, Organisatie.POLITIE, null, null, false), Set.of());

        assertThat(b.toelichting()).contains(new Onthouding(Categorie.HULPVERLENING, null, Onthoudingsreden.NIET_IN_UW_TAAK,
                "Taak van de politie bij oplegging en handhaving (Wet tijdelijk huisverbod art. 2 en 11; Politiewet 2012 art. 3; Wpg art. 8)"));
    }

    @Test
    void the_om_is_told_per_person_that_help_data_needs_that_persons_consent() {
        Besluit b = besluit(zsm(), Set.of(new Zaakfeiten.Toestemmingsfeit(AB.id(), Categorie.HULPVERLENING)));

        assertThat(b.toelichting()).filteredOn(o -> o.categorie() == Categorie.HULPVERLENING)
                .extracting(Onthouding::betrokkeneId, Onthouding::reden)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(null, Onthoudingsreden.GEEN_TOESTEMMING),
                        org.assertj.core.groups.Tuple.tuple(UHG.id(), Onthoudingsreden.GEEN_TOESTEMMING));
    }

    @Test
    void every_withheld_category_of_every_role_has_an_explanation() {
        for (Rol rol : List.of(Rol.POLITIE_THV, Rol.OM_ZSM, Rol.VEILIG_THUIS, Rol.GEMEENTE)) {
            Besluit b = besluit(new Actor(rol.code(), rol.code(), rol, organisatie(rol), null, null, false), Set.of());
            Set<Categorie> uitgelegd = b.toelichting().stream().map(Onthouding::categorie)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Categorie.class)));

            assertThat(uitgelegd).as(rol.code()).isEqualTo(b.onthouden());
        }
    }

    @Test
    void an_emergency_read_explains_that_it_never_opens_the_victims_shelter_address() {
        Actor coordinator = new Actor("z", "zorgcoordinator-2", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP, null, null,
                false);
        Zaakfeiten zaak = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP, null, List.of(),
                List.of(UHG, AB), Set.of(), true, List.of());

        Besluit b = ENGINE.beslis(coordinator, ENGINE.regel(coordinator).doel(), zaak, NU);

        assertThat(b.toelichting()).filteredOn(o -> o.categorie() == Categorie.VERBLIJF_AB)
                .extracting(Onthouding::reden).containsOnly(Onthoudingsreden.NIET_BIJ_NOODTOEGANG);
    }

    private static Actor zsm() {
        return new Actor("o", "om-zsm", Rol.OM_ZSM, Organisatie.OM, null, null, false);
    }

    private static Organisatie organisatie(Rol rol) {
        return switch (rol) {
            case POLITIE_THV -> Organisatie.POLITIE;
            case OM_ZSM -> Organisatie.OM;
            case VEILIG_THUIS -> Organisatie.VEILIG_THUIS;
            default -> Organisatie.GEMEENTE;
        };
    }

    private static Besluit besluit(Actor actor, Set<Zaakfeiten.Toestemmingsfeit> toestemmingen) {
        Zaakfeiten zaak = new Zaakfeiten(UUID.randomUUID(), "centrum", "AMSTERDAM", Organisatie.BLIJF_GROEP, null, List.of(),
                List.of(UHG, AB), toestemmingen, false, List.of());
        return ENGINE.beslis(actor, ENGINE.regel(actor).doel(), zaak, NU);
    }
}
