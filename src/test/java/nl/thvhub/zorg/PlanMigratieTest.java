package nl.thvhub.zorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Db;
import nl.thvhub.testing.EmbeddedPostgresResource;

/**
 * V15 on a database of before it: the free-text plan and safety agreements of an existing case become the first item
 * of its hulpverleningsplan and veiligheidsplan (owned by the coordinating organisation), and the old columns go.
 */
@QuarkusTest
class PlanMigratieTest {

    @Test
    void the_free_text_plan_of_an_existing_case_becomes_the_first_item_of_its_plans() throws Exception {
        String db = "migratie_" + UUID.randomUUID().toString().replace("-", "");
        Db.execute("create database " + db);
        String url = "jdbc:postgresql://127.0.0.1:" + EmbeddedPostgresResource.port() + "/" + db;
        Stap flyway = () -> Flyway.configure().dataSource(url, "postgres", "postgres")
                .locations("classpath:db/migration").placeholders(Map.of("app_rol", EmbeddedPostgresResource.RUNTIME_ROLE));
        flyway.bouw().target("14").load().migrate();
        UUID id = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("""
                    insert into huisverbod (id, registratienummer, gemeente, wijk, straat, huisnummer, postcode, plaats,
                      opgelegd_op, eindmoment, monitoring_einde, coordinerende_organisatie, geweld_type, geweld_ernst,
                      intieme_terreur, strafrechtelijk_traject, aangemaakt_door, aangemaakt_op, hulpverlening_plan,
                      veiligheidsafspraken)
                    values ('%s', 'THV-2026-999999', 'AMSTELVEEN', 'amstelveen-zuid', 'Straat', '1', '1181AA', 'Amstelveen',
                      now(), now() + interval '10 days', now() + interval '6 months', 'SOCIAAL_TEAM_AA', 'PARTNERGEWELD',
                      'ERNSTIG', 'NEE', true, 'test', now(), 'Traject relatiegeweld', 'Geen contact')
                    """.formatted(id));
            s.execute("insert into huisverbod (id, registratienummer, gemeente, wijk, straat, huisnummer, postcode, plaats, "
                    + "opgelegd_op, eindmoment, monitoring_einde, coordinerende_organisatie, geweld_type, geweld_ernst, "
                    + "intieme_terreur, strafrechtelijk_traject, aangemaakt_door, aangemaakt_op) values ('" + UUID.randomUUID()
                    + "', 'THV-2026-999998', 'AMSTERDAM', 'centrum', 'Straat', '2', '1011AA', 'Amsterdam', now(), now(), "
                    + "now(), 'BLIJF_GROEP', 'PARTNERGEWELD', 'ERNSTIG', 'NEE', true, 'test', now())");
        }
        flyway.bouw().load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select soort, versie, organisatie, inhoud->'items'->0->>'doel' as doel, "
                    + "inhoud->'items'->0->>'eigenaar' as eigenaar, inhoud->'items'->0->>'status' as status "
                    + "from zorgdocument where huisverbod_id = '" + id + "' order by soort");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("soort")).isEqualTo("HULPVERLENINGSPLAN");
            assertThat(rs.getString("doel")).isEqualTo("Traject relatiegeweld");
            assertThat(rs.getString("eigenaar")).isEqualTo("SOCIAAL_TEAM_AA");
            assertThat(rs.getString("status")).isEqualTo("OPEN");
            assertThat(rs.getInt("versie")).isEqualTo(1);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("soort")).isEqualTo("VEILIGHEIDSPLAN");
            assertThat(rs.getString("doel")).isEqualTo("Geen contact");
            assertThat(rs.next()).isFalse();
            ResultSet alle = s.executeQuery("select count(*) from zorgdocument");
            alle.next();
            assertThat(alle.getLong(1)).as("a case without free text gets no plan").isEqualTo(2);
            ResultSet versies = s.executeQuery("select count(*) from zorgdocument_versie where huisverbod_id = '" + id + "'");
            versies.next();
            assertThat(versies.getLong(1)).isEqualTo(2);
            ResultSet kolom = s.executeQuery("select count(*) from information_schema.columns where table_name = 'huisverbod'"
                    + " and column_name in ('hulpverlening_plan', 'veiligheidsafspraken')");
            kolom.next();
            assertThat(kolom.getLong(1)).isZero();
        } finally {
            Db.execute("drop database " + db + " with (force)");
        }
    }

    /** Flyway's configuration for the scratch database, built afresh per step. */
    private interface Stap {

        org.flywaydb.core.api.configuration.FluentConfiguration bouw();
    }
}
