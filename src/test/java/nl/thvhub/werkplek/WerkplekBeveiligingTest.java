package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.KeycloakResource;

/**
 * The werkplek's login stays out of the API's way and its pages guard what they show: a werkplek page without a session
 * is sent to the login, the bearer-only API still answers 401 (and GraphQL its error) without a redirect, every page with case data
 * is never cached and may not be framed, the session cookie is scoped to /werkplek, and a page view is audited as an
 * API read is, naming the werkplek's client.
 */
@QuarkusTest
class WerkplekBeveiligingTest {

    private static HttpResponse<String> get(String pad) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.basis() + pad)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_werkplek_page_without_a_session_redirects_to_the_login_of_the_werkplek_client() throws Exception {
        HttpResponse<String> r = get("/werkplek/taken");

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow())
                .startsWith(KeycloakResource.issuer() + "/protocol/openid-connect/auth").contains("client_id=thv-werkplek")
                .contains("code_challenge_method=S256");
    }

    @Test
    void the_api_answers_401_and_graphql_its_error_without_a_token_and_neither_redirects() throws Exception {
        HttpResponse<String> rest = get("/api/v1/huisverboden");
        HttpResponse<String> graphql = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.basis()
                + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ ik { rol } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(rest.statusCode()).isEqualTo(401);
        assertThat(rest.headers().firstValue("Location")).isEmpty();
        // GraphQL answers as GraphQL does (an error in the body), never with the werkplek's login redirect
        assertThat(graphql.statusCode()).isNotEqualTo(302);
        assertThat(graphql.headers().firstValue("Location")).isEmpty();
        assertThat(graphql.body()).contains("errors").doesNotContain("\"data\":{\"ik\":{");
    }

    @Test
    void the_style_sheets_are_served_without_a_login() throws Exception {
        HttpResponse<String> r = get("/werkplek/stijl/thv-thema.css");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    @Test
    void a_case_page_is_never_cached_may_not_be_framed_runs_no_inline_script_and_keeps_the_session_cookie_in_werkplek() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            HttpResponse<String> r = b.getMetSessie("/werkplek/huisverboden/" + id);

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'")
                    .contains("default-src 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(b.cookies()).filteredOn(c -> c.getName().startsWith("q_session")).isNotEmpty()
                    .allSatisfy(c -> {
                        assertThat(c.getPath()).isEqualTo("/werkplek");
                        assertThat(c.isHttpOnly()).isTrue();
                    });
        }
    }

    @Test
    void a_page_view_is_audited_like_an_api_read_naming_the_werkplek_client() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id);
        }
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and client_id = 'thv-werkplek'"
                + " and actor_gebruiker = 'politie-thv' and uitkomst = 'TOEGESTAAN' and doel = 'handhaving-thv'"))
                .isPositive();
    }

    @Test
    void a_logout_at_keycloak_ends_the_werkplek_session_through_the_back_channel() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id);
            assertThat(b.tekst()).contains("Personen in deze zaak");

            // the user logs out at Keycloak itself (another application, or the account console): Keycloak calls the
            // hub's back-channel logout endpoint, which ends the werkplek session although its cookie still holds tokens
            b.openBuiten(KeycloakResource.issuer() + "/protocol/openid-connect/logout");
            // the click returns when the form is sent: opening the hub at once can overtake Keycloak's back-channel call
            b.klikEnWacht("kc-logout");
            b.open("/werkplek/huisverboden/" + id);

            assertThat(b.adres()).startsWith(KeycloakResource.issuer());
            assertThat(b.tekst()).doesNotContain("Personen in deze zaak");
        }
    }
}
