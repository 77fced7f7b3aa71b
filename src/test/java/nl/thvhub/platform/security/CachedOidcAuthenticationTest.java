package nl.thvhub.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Tokens;

/**
 * OIDC's verified identities are reused (issues 37.3 and 32) with real Keycloak tokens and sessions: the second request
 * is not verified again and answers the same; a token that differs in one byte is verified on its own and refused; acting
 * for another employee is a different identity; a missing or malformed token is OIDC's, unchanged. A werkplek session is
 * verified once per page view only the first time, a session cookie changed in one byte is a new login, and a logout
 * sends the next page view of the same session to OIDC.
 */
@QuarkusTest
class CachedOidcAuthenticationTest {

    @Inject
    CachedOidcAuthentication authentication;

    @BeforeEach
    void leeg() {
        authentication.clear();
    }

    @Test
    void a_token_is_verified_once_and_then_answered_from_the_cache_with_the_same_identity() {
        String token = Tokens.of("om-zsm");
        long hits = authentication.hits();
        long misses = authentication.misses();
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"));
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"));
        assertThat(authentication.misses() - misses).isEqualTo(1);
        assertThat(authentication.hits() - hits).isEqualTo(1);
    }

    @Test
    void a_token_changed_in_its_signature_is_refused_although_the_real_one_is_cached() {
        String token = Tokens.of("om-zsm");
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String vervalst = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(vervalst).get("/api/v1/ik").then().statusCode(401);
        given().auth().oauth2(vervalst).get("/api/v1/ik").then().statusCode(401);
    }

    @Test
    void acting_for_another_employee_is_another_identity_verified_on_its_own() {
        String token = Tokens.partner("partner-blijfgroep");
        given().auth().oauth2(token).header("Namens", "zorgcoordinator").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator"));
        long misses = authentication.misses();
        given().auth().oauth2(token).header("Namens", "zorgcoordinator-2").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator-2"));
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("partnerSysteem", equalTo(true));
        assertThat(authentication.misses() - misses).isEqualTo(2);
    }

    @Test
    void without_a_token_or_with_a_malformed_one_the_answer_is_401_as_before() {
        given().get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Bearer ").get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Bearer geen-jwt").get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Basic b206enNt").get("/api/v1/ik").then().statusCode(401);
    }

    @Test
    void a_werkplek_session_is_verified_once_and_its_next_page_views_come_from_the_cache() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.getMetSessie("/werkplek/huisverboden/" + id);
            long hits = authentication.hits();
            long misses = authentication.misses();

            HttpResponse<String> r = b.getMetSessie("/werkplek/huisverboden/" + id);

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("Personen in deze zaak");
            assertThat(authentication.hits() - hits).isEqualTo(1);
            assertThat(authentication.misses() - misses).isZero();
        }
    }

    @Test
    void a_werkplek_session_cookie_changed_in_one_byte_is_sent_to_the_login_although_the_real_one_is_cached() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.getMetSessie("/werkplek/huisverboden/" + id);
            String cookies = b.cookies().stream().filter(c -> c.getName().startsWith("q_session"))
                    .map(c -> c.getName() + "=" + vervals(c.getName(), c.getValue())).collect(Collectors.joining("; "));

            HttpResponse<String> r = zonderVolgen("/werkplek/huisverboden/" + id, cookies);

            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.body()).doesNotContain("Personen in deze zaak");
        }
    }

    @Test
    void after_logout_the_next_page_view_of_that_session_goes_to_oidc_again() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.getMetSessie("/werkplek/huisverboden/" + id);
            String cookies = b.cookies().stream().filter(c -> c.getName().startsWith("q_session"))
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            b.open("/werkplek/uitloggen");
            long misses = authentication.misses();

            zonderVolgen("/werkplek/huisverboden/" + id, cookies);

            assertThat(authentication.misses() - misses).isEqualTo(1);
        }
    }

    /** The ID token's session cookie with one character of its encrypted value changed; the others as they are. */
    private static String vervals(String naam, String waarde) {
        if (!naam.equals("q_session_werkplek")) {
            return waarde;
        }
        int i = waarde.length() / 2;
        return waarde.substring(0, i) + (waarde.charAt(i) == 'A' ? 'B' : 'A') + waarde.substring(i + 1);
    }

    private static HttpResponse<String> zonderVolgen(String pad, String cookies) {
        try {
            return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                    HttpRequest.newBuilder(URI.create(Browser.basis() + pad)).header("Cookie", cookies).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
