package nl.thvhub.notificaties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Await;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/** Outbox atomicity, routing per role (routing.yaml), thin payloads, acknowledgement and the unacknowledged list. */
@QuarkusTest
class NotificatieTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    Dispatcher dispatcher;

    @Inject
    TestClock clock;

    private String impose(String wijk) {
        return Cases.imposed(Cases.valid(clock.instant().minusSeconds(600), "AMSTERDAM", wijk));
    }

    private List<Map<String, Object>> inbox(String user, String id) {
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        return nl.thvhub.testing.Inbox.vanZaak(user, id);
    }

    private List<String> types(String user, String id) {
        return inbox(user, id).stream().map(n -> (String) n.get("type")).toList();
    }

    @Test
    void imposing_tells_the_wijkagent_of_that_wijk_and_zsm_but_not_others() {
        String id = impose("centrum");
        assertThat(types("wijkagent-centrum", id)).containsExactly("huisverbod.opgelegd");
        assertThat(types("om-zsm", id)).containsExactly("huisverbod.opgelegd");
        assertThat(types("wijkagent-zuidoost", id)).isEmpty();
        assertThat(types("veilig-thuis", id)).isEmpty();
        assertThat(types("zorgcoordinator", id)).isEmpty();
    }

    @Test
    void closing_tells_veilig_thuis_and_consent_withdrawal_tells_only_the_assigned_coordinator() {
        String id = impose("zuidoost");
        Api.as("veilig-thuis")
                .post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        String consent = Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "OM",
                        "doel", "zsm-beoordeling", "vorm", "MONDELING", "gehoordOp",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "gehoordDoor",
                        "M. de Vries (Veilig Thuis)", "geldigTot",
                        Instant.now().plusSeconds(3600).toString()))
                .statusCode(201).extract().path("id");
        Api.as("zorgcoordinator").post("/api/v1/toestemmingen/" + consent + "/intrekking", Map.of()).statusCode(200);
        assertThat(types("zorgcoordinator", id)).containsExactly("toestemming.ingetrokken");
        assertThat(types("zorgcoordinator-2", id)).isEmpty();
        clock.advance(Duration.ofDays(15));
        String dag = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")).toString();
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator")
                .post(BASE + id + "/afsluiting",
                        Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum", dag, "gezamenlijkGesprek", true,
                                "beeindigingGrond", "DOEL_BEREIKT"))
                .statusCode(200);
        assertThat(types("veilig-thuis", id)).containsExactlyInAnyOrder("huisverbod.afgesloten", "monitoring.eindrapport");
    }

    @Test
    void an_emergency_read_tells_the_fg() {
        String id = impose("centrum");
        Api.as("veilig-thuis")
                .post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        Api.as("zorgcoordinator-2").request().header("Noodtoegang", "Collega ziek, acute dreiging").get(BASE + id).then()
                .statusCode(200);
        assertThat(types("fg", id)).containsExactly("noodtoegang.gebruikt");
    }

    @Test
    void a_notification_is_thin_and_its_creation_is_audited() {
        String id = impose("centrum");
        Map<String, Object> n = inbox("om-zsm", id).get(0);
        assertThat(n.keySet()).containsExactlyInAnyOrder("id", "type", "huisverbodId", "tijdstip", "bevestigd", "link",
                "cloudEventType");
        assertThat(n.get("link")).isEqualTo("/api/v1/huisverboden/" + id);
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and actie = 'NOTIFICATIE' and verstrekt = 'KERN'"))
                .isEqualTo(2);
    }

    @Test
    void a_rolled_back_change_emits_nothing() {
        String id = impose("centrum");
        Db.execute("alter table audit_regel add constraint test_geen_intrekking check (actie <> 'INGETROKKEN') not valid");
        try {
            Api.as("gemeente").post(BASE + id + "/intrekking", Map.of("reden", "Onterecht")).statusCode(503);
        } finally {
            Db.execute("alter table audit_regel drop constraint test_geen_intrekking");
        }
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "'")).isEqualTo(1);
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'huisverbod.ingetrokken'")).isZero();
    }

    @Test
    void acknowledging_marks_read_unread_come_first_and_a_stranger_cannot_acknowledge() {
        String first = impose("centrum");
        String second = impose("centrum");
        String n1 = (String) inbox("wijkagent-centrum", first).get(0).get("id");
        Api.as("wijkagent-zuidoost").post("/api/v1/notificaties/" + n1 + "/bevestiging").statusCode(404);
        Api.as("wijkagent-centrum").post("/api/v1/notificaties/" + n1 + "/bevestiging").statusCode(200)
                .body("bevestigd", equalTo(true));
        // other tests share the inbox, so the order is checked as a property of the page, not by position
        List<Map<String, Object>> all = Api.as("wijkagent-centrum").get("/api/v1/notificaties?limiet=100").extract()
                .path("items");
        List<Boolean> bevestigd = all.stream().map(n -> (Boolean) n.get("bevestigd")).toList();
        assertThat(bevestigd).as("unread first").isSortedAccordingTo(Boolean::compare);
        assertThat(all).anySatisfy(n -> assertThat(n.get("huisverbodId")).isEqualTo(second));
        List<String> read = Api.as("wijkagent-centrum").get("/api/v1/notificaties?bevestigd=true&limiet=100").extract()
                .path("items.id");
        assertThat(read).contains(n1);
        List<String> unacked = Api.as("politie-thv").get("/api/v1/notificaties/onbevestigd?ouderDan=PT0S").statusCode(200)
                .extract().path("huisverbodId");
        assertThat(unacked).contains(second);
    }

    @Test
    void the_end_of_a_thv_is_announced_once_when_its_eindmoment_passes() {
        String id = impose("zuidoost");
        clock.advance(Duration.ofDays(11));
        nl.thvhub.huisverbod.service.EindeMelder melder = io.quarkus.arc.Arc.container()
                .instance(nl.thvhub.huisverbod.service.EindeMelder.class).get();
        melder.meld().await().atMost(Duration.ofSeconds(30));
        melder.meld().await().atMost(Duration.ofSeconds(30));
        Await.until("end announced", Duration.ofSeconds(10),
                () -> Db.count("outbox where huisverbod_id = '" + id + "' and type = 'huisverbod.beeindigd'") == 1);
        assertThat(types("wijkagent-zuidoost", id)).contains("huisverbod.beeindigd");
    }
}
