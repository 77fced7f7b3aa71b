package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.service.Feiten;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zichtbaarheid;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The scope rule exists twice, side by side in {@link Zichtbaarheid}: in Java for one case, in SQL for lists. On the
 * same rows (assigned, unassigned, another organisation's coordinator with the same user name, an ended assignment,
 * closed, closed beyond retention) every reader — each role, a wijkagent, partner systems of two organisations — reaches
 * exactly the same cases both ways.
 */
@QuarkusTest
class ScopePredicaatTest {

    private static final Duration WACHT = Duration.ofSeconds(10);

    @Inject
    Pool pool;

    @Inject
    HuisverbodRepository repository;

    @Inject
    Disclosure disclosure;

    @Test
    void every_reader_reaches_the_same_cases_in_java_and_in_sql() {
        Instant nu = Instant.now();
        List<UUID> zaken = zaken(nu);
        for (Actor lezer : lezers()) {
            Zichtbaarheid zicht = disclosure.zichtbaarheid(lezer, nu);
            Set<UUID> java = new TreeSet<>();
            for (UUID id : zaken) {
                if (zicht.omvat(Feiten.van(repository.find(pool, id).await().atMost(WACHT).orElseThrow()))) {
                    java.add(id);
                }
            }
            Set<UUID> sql = new TreeSet<>();
            HuisverbodRepository.Lezer l = new HuisverbodRepository.Lezer(lezer.organisatie(),
                    disclosure.regel(lezer).doel(), lezer.subject(), nu);
            repository.listForLezer(pool, new Zoekfilter(null, null, null, null, null, nu), zicht, l, null, 100_000)
                    .await().atMost(WACHT).stream().map(g -> g.zaak().id()).filter(zaken::contains).forEach(sql::add);
            assertThat(sql).as(lezer.rol().code() + (lezer.partnerSysteem() ? " (partner)" : "")).isEqualTo(java);
            if (lezer.rol() == Rol.ZORGCOORDINATOR && !lezer.partnerSysteem()) {
                // not vacuous: her own open and recently closed case, not the erased-by-time, ended or foreign ones
                assertThat(java).containsExactlyInAnyOrder(zaken.get(0), zaken.get(3));
            }
        }
    }

    private static List<UUID> zaken(Instant nu) {
        List<UUID> ids = new ArrayList<>();
        Instant opgelegd = nu.minus(Duration.ofHours(2));
        String[][] vormen = {{"AMSTERDAM", "centrum"}, {"AMSTELVEEN", "centrum"}, {"AMSTERDAM", "zuidoost"},
                {"AMSTERDAM", "centrum"}, {"AMSTERDAM", "centrum"}, {"AMSTERDAM", "centrum"}, {"AMSTERDAM", "centrum"}};
        for (String[] v : vormen) {
            ids.add(UUID.fromString(Cases.imposed(Cases.valid(opgelegd, v[0], v[1]))));
        }
        toewijzing(ids.get(0), "ZORGCOORDINATOR", "zorgcoordinator", "BLIJF_GROEP", null);
        toewijzing(ids.get(0), "GEZINSMANAGER", "gezinsmanager", "JBRA", null);
        toewijzing(ids.get(0), "GGZ", "ggz", "GGZ", null);
        toewijzing(ids.get(0), "RECLASSERING", "reclassering", "RECLASSERING", null);
        toewijzing(ids.get(1), "ZORGCOORDINATOR", "sociaal-team", "SOCIAAL_TEAM_AA", null);
        // closed yesterday, and closed beyond the retention period
        toewijzing(ids.get(3), "ZORGCOORDINATOR", "zorgcoordinator", "BLIJF_GROEP", null);
        Db.execute("update huisverbod set afgesloten_op = now() - interval '1 day' where id = '" + ids.get(3) + "'");
        toewijzing(ids.get(4), "ZORGCOORDINATOR", "zorgcoordinator", "BLIJF_GROEP", null);
        Db.execute("update huisverbod set afgesloten_op = now() - interval '1900 days' where id = '" + ids.get(4) + "'");
        // an assignment that ended, and one held under the same user name at another organisation
        toewijzing(ids.get(5), "ZORGCOORDINATOR", "zorgcoordinator", "BLIJF_GROEP", "now()");
        toewijzing(ids.get(6), "ZORGCOORDINATOR", "zorgcoordinator", "SOCIAAL_TEAM_AA", null);
        return ids;
    }

    private static void toewijzing(UUID zaak, String rol, String gebruiker, String organisatie, String beeindigd) {
        Db.execute(
                "insert into toewijzing (id, huisverbod_id, rol, gebruikersnaam, organisatie, toegewezen_door, toegewezen_op,"
                        + " beeindigd_op) values ('" + UUID.randomUUID() + "', '" + zaak + "', '" + rol + "', '" + gebruiker
                        + "', '"
                        + organisatie + "', 'test', now(), " + (beeindigd == null ? "null" : beeindigd) + ")");
    }

    private static List<Actor> lezers() {
        List<Actor> lezers = new ArrayList<>();
        Object[][] rollen = {{Rol.POLITIE_THV, Organisatie.POLITIE}, {Rol.WIJKAGENT, Organisatie.POLITIE},
                {Rol.OM_ZSM, Organisatie.OM}, {Rol.VEILIG_THUIS, Organisatie.VEILIG_THUIS},
                {Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP}, {Rol.SOCIAAL_TEAM, Organisatie.SOCIAAL_TEAM_AA},
                {Rol.GEZINSMANAGER, Organisatie.JBRA}, {Rol.RECLASSERING, Organisatie.RECLASSERING},
                {Rol.GGZ, Organisatie.GGZ}, {Rol.GEMEENTE, Organisatie.GEMEENTE}};
        for (Object[] r : rollen) {
            Rol rol = (Rol) r[0];
            lezers.add(new Actor(rol.code(), rol.code(), rol, (Organisatie) r[1], rol == Rol.WIJKAGENT ? "centrum" : null,
                    null, false));
        }
        lezers.add(new Actor("partner-blijfgroep", "partner-blijfgroep", Rol.ZORGCOORDINATOR, Organisatie.BLIJF_GROEP, null,
                "partner-blijfgroep", true));
        lezers.add(new Actor("partner-st", "partner-st", Rol.SOCIAAL_TEAM, Organisatie.SOCIAAL_TEAM_AA, null, "partner-st",
                true));
        return lezers;
    }
}
