package nl.thvhub.notificaties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** The unacknowledged list stays in the caller's scope and is audited; a crafted cursor is a 400 (issue 15.5, 15.11). */
@QuarkusTest
class NotificatieScopeTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    TestClock clock;

    private String impose(String wijk) {
        return Cases.imposed(Cases.valid(clock.instant().minusSeconds(600), "AMSTERDAM", wijk));
    }

    @Test
    void a_wijkagent_sees_only_unacknowledged_notifications_of_cases_in_her_own_wijk() {
        String centrum = impose("centrum");
        String zuidoost = impose("zuidoost");
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        clock.advance(Duration.ofHours(2));
        List<String> seen = Api.as("wijkagent-centrum").get("/api/v1/notificaties/onbevestigd?ouderDan=PT1H").statusCode(200)
                .extract().path("huisverbodId");
        assertThat(seen).contains(centrum).doesNotContain(zuidoost);
        List<String> all = Api.as("politie-thv").get("/api/v1/notificaties/onbevestigd?ouderDan=PT1H").statusCode(200)
                .extract().path("huisverbodId");
        assertThat(all).contains(centrum, zuidoost);
    }

    @Test
    void every_case_in_the_unacknowledged_list_is_audited_once() {
        String centrum = impose("centrum");
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        clock.advance(Duration.ofHours(2));
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("wijkagent-centrum").request().header("traceparent", trail.traceparent())
                .get("/api/v1/notificaties/onbevestigd?ouderDan=PT1H").then().statusCode(200)
                .body("huisverbodId", hasItem(centrum));
        assertThat(trail.lines()).filteredOn(l -> l.zaken().contains(centrum)).singleElement()
                .satisfies(l -> assertThat(l.actie()).isEqualTo("ONBEVESTIGD"));
    }

    @Test
    void a_crafted_inbox_cursor_is_a_400_naming_the_parameter() {
        for (String raw : new String[]{"true|geen-tijd|x", "false|2026-01-01T00:00:00Z|geen-uuid", "ja|2026-01-01T00:00:00Z|"
                + java.util.UUID.randomUUID()}) {
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            Api.as("om-zsm").get("/api/v1/notificaties?volgende=" + cursor).statusCode(400)
                    .contentType("application/problem+json").body("invalidParams.name", hasItem("volgende"));
        }
    }
}
