package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.audit.service.Verificatie;
import nl.thvhub.audit.service.Zegelaar;
import nl.thvhub.huisverbod.service.Bewaartermijn;
import nl.thvhub.huisverbod.service.EindeMelder;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/** At the end of retention personal data is erased from the case and its audit lines, and the chain still verifies. */
@QuarkusTest
class RetentionTest {

    @Inject
    TestClock clock;

    @Inject
    Bewaartermijn bewaartermijn;

    @Inject
    Zegelaar zegelaar;

    @Inject
    EindeMelder eindeMelder;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Verificatie verificatie;

    @Test
    void a_withdrawn_case_that_was_never_closed_is_erased_after_retention_too() {
        String id = Cases.imposed(Cases.valid(clock.instant().minusSeconds(600)));
        Api.as("gemeente").post("/api/v1/huisverboden/" + id + "/intrekking", Map.of("reden", "Onterecht opgelegd"))
                .statusCode(200);
        assertThat(bewaartermijn.wis().await().atMost(Duration.ofSeconds(30))).isZero();
        clock.advance(Duration.ofDays(5 * 365 + 2));
        bewaartermijn.wis().await().atMost(Duration.ofSeconds(30));
        assertThat(Db.count("huisverbod where id = '" + id + "' and gewist_op is not null")).isEqualTo(1);
        assertThat(Db.count("betrokkene where huisverbod_id = '" + id + "' and naam <> 'VERWIJDERD'")).isZero();
    }

    @Test
    void a_case_erased_before_its_end_was_announced_is_never_announced() {
        String id = Cases.imposed(Cases.valid(clock.instant().minusSeconds(600)));
        // past the end of monitoring (at most six months after the end) plus the retention period
        clock.advance(Duration.ofDays(5 * 365 + 220));
        bewaartermijn.wis().await().atMost(Duration.ofSeconds(30));
        assertThat(Db.count("huisverbod where id = '" + id + "' and gewist_op is not null")).isEqualTo(1);

        eindeMelder.meld().await().atMost(Duration.ofSeconds(30));
        nl.thvhub.testing.Verzonden.alles(dispatcher);

        assertThat(Db.count("notificatie where huisverbod_id = '" + id + "'")).isZero();
    }

    @Test
    void personal_data_of_a_case_closed_beyond_retention_is_erased_and_the_chain_still_verifies() {
        String id = Cases.imposed(Cases.valid(clock.instant().minusSeconds(600)));
        Cases.imposed(Cases.valid(clock.instant().minusSeconds(600)));
        // ZSM's list names it among others on one line (V48)
        Api.as("om-zsm").get("/api/v1/zsm/prioriteitenlijst").statusCode(200);
        assertThat(Db.count("audit_regel where huisverbod_ids @> array['" + id + "']::uuid[]")).isPositive();
        Api.as("veilig-thuis")
                .post("/api/v1/huisverboden/" + id + "/toewijzingen",
                        Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        clock.advance(Duration.ofDays(20));
        String dag = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")).toString();
        String uhg = Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200)
                .extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + id + "/verwijzingen",
                Map.of("betrokkeneId", uhg, "naar", "Schuldhulp Amsterdam", "code", "SCHULDHULP", "aangemeldOp", dag))
                .statusCode(201);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + id + "/monitoring/peilmomenten",
                Map.of("datum", dag, "veilig", "ZORGEN", "terugvalSignalen", java.util.List.of("DREIGING"), "hulpLoopt",
                        "DEELS", "toelichting", "Zorgen over dreiging"))
                .statusCode(201);
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + id + "/afsluiting",
                Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum", dag, "gezamenlijkGesprek", true, "beeindigingGrond",
                        "DOEL_BEREIKT"))
                .statusCode(200);
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        assertThat(bewaartermijn.wis().await().atMost(Duration.ofSeconds(30))).as("nothing due before retention").isZero();

        clock.advance(Duration.ofDays(5 * 365 + 2));
        assertThat(bewaartermijn.wis().await().atMost(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(1);

        assertThat(Db.count("betrokkene where huisverbod_id = '" + id + "' and naam <> 'VERWIJDERD'")).isZero();
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id
                + "' and actie <> 'RETENTIE_GEWIST' and (betrokkene_id is not null or actor_gebruiker is not null)")).isZero();
        // one erasure run is one line naming every case it erased (V48)
        assertThat(Db.count("audit_regel where (huisverbod_id = '" + id + "' or huisverbod_ids @> array['" + id
                + "']::uuid[]) and actie = 'RETENTIE_GEWIST'")).isEqualTo(1);
        // the list's line keeps the cases it named, not the name of the employee who read it
        String lijst = "audit_regel where actie = 'PRIORITEITENLIJST' and huisverbod_ids @> array['" + id + "']::uuid[]";
        assertThat(Db.count(lijst)).isPositive();
        assertThat(Db.count(lijst + " and actor_gebruiker is not null")).isZero();
        // the history keeps what happened when, not its details (hand-over target, reasons)
        assertThat(Db.count("gebeurtenis where huisverbod_id = '" + id + "'")).isPositive();
        assertThat(Db.count("gebeurtenis where huisverbod_id = '" + id + "' and details <> '{}'::jsonb")).isZero();
        assertThat(Db.count("notificatie where huisverbod_id = '" + id + "'")).isZero();
        // a referral's domain and a check-in's relapse signals say which care and which worries: erased (issue 29, 13)
        assertThat(Db.count("verwijzing where huisverbod_id = '" + id + "'")).isEqualTo(1);
        assertThat(Db.count("verwijzing where huisverbod_id = '" + id + "' and leefgebied is not null")).isZero();
        assertThat(Db.count("peilmoment where huisverbod_id = '" + id + "' and cardinality(terugval_signalen) > 0"))
                .isZero();
        Api.as("gemeente").get("/api/v1/huisverboden/" + id).statusCode(200).body("betrokkenen.naam",
                org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("VERWIJDERD")));
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        Verificatie.Uitslag u = verificatie.verifieer(null, null).await().atMost(Duration.ofSeconds(60));
        assertThat(u.geldig()).as(u.eersteFout()).isTrue();
    }
}
