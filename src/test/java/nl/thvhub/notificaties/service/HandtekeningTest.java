package nl.thvhub.notificaties.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;

/**
 * The hub's webhook signature checked by the official Java library of Standard Webhooks
 * ({@code com.standardwebhooks:standardwebhooks}), in plain JUnit: what the library accepts and refuses is what a
 * partner's receiver will. The npm libraries check real deliveries in WebhookStandaardTest.
 */
class HandtekeningTest {

    private static final String BODY = "{\"specversion\":\"1.0\",\"type\":\"nl.thvhub.huisverbod.opgelegd\"}";

    private static Map<String, List<String>> headers(String id, long tijdstempel, String handtekening) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(tijdstempel)),
                "webhook-signature", List.of(handtekening));
    }

    private static long nu() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void a_generated_secret_is_whsec_and_32_random_bytes_and_never_the_same_twice() {
        String geheim = Handtekening.nieuwGeheim();
        assertThat(geheim).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(geheim.substring(6))).hasSize(32);
        assertThat(Handtekening.nieuwGeheim()).isNotEqualTo(geheim);
    }

    @Test
    void the_library_verifies_what_the_hub_signs() {
        String geheim = Handtekening.nieuwGeheim();
        long t = nu();
        String header = Handtekening.header(List.of(geheim), "msg_1", t, BODY);
        assertThatNoException().isThrownBy(() -> new Webhook(geheim).verify(BODY, headers("msg_1", t, header)));
    }

    @Test
    void the_hubs_signature_is_the_librarys_own() throws Exception {
        String geheim = Handtekening.nieuwGeheim();
        long t = nu();
        assertThat(Handtekening.header(List.of(geheim), "msg_2", t, BODY))
                .isEqualTo(new Webhook(geheim).sign("msg_2", t, BODY));
    }

    @Test
    void one_changed_character_of_the_body_does_not_verify() {
        String geheim = Handtekening.nieuwGeheim();
        long t = nu();
        String header = Handtekening.header(List.of(geheim), "msg_3", t, BODY);
        assertThatThrownBy(() -> new Webhook(geheim).verify(BODY.replace("opgelegd", "opgelegt"), headers("msg_3", t, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void another_delivery_id_or_timestamp_does_not_verify() {
        String geheim = Handtekening.nieuwGeheim();
        long t = nu();
        String header = Handtekening.header(List.of(geheim), "msg_4", t, BODY);
        assertThatThrownBy(() -> new Webhook(geheim).verify(BODY, headers("msg_5", t, header)))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> new Webhook(geheim).verify(BODY, headers("msg_4", t - 1, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void a_delivery_older_than_five_minutes_is_refused_by_the_library() {
        String geheim = Handtekening.nieuwGeheim();
        long oud = nu() - 6 * 60;
        String header = Handtekening.header(List.of(geheim), "msg_6", oud, BODY);
        assertThatThrownBy(() -> new Webhook(geheim).verify(BODY, headers("msg_6", oud, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void during_rotation_a_receiver_with_either_secret_verifies() {
        String oud = Handtekening.nieuwGeheim();
        String nieuw = Handtekening.nieuwGeheim();
        long t = nu();
        String header = Handtekening.header(List.of(nieuw, oud), "msg_7", t, BODY);
        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThatNoException().isThrownBy(() -> new Webhook(oud).verify(BODY, headers("msg_7", t, header)));
        assertThatNoException().isThrownBy(() -> new Webhook(nieuw).verify(BODY, headers("msg_7", t, header)));
        assertThatThrownBy(() -> new Webhook(Handtekening.nieuwGeheim()).verify(BODY, headers("msg_7", t, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void a_secret_chosen_before_0_3_0_verifies_as_whsec_plus_base64_of_its_bytes() {
        String gekozen = "een-geheim-van-de-partner-2025";
        long t = nu();
        String header = Handtekening.header(List.of(gekozen), "msg_8", t, BODY);
        String alsLibrary = "whsec_" + Base64.getEncoder().encodeToString(gekozen.getBytes(StandardCharsets.UTF_8));
        assertThatNoException().isThrownBy(() -> new Webhook(alsLibrary).verify(BODY, headers("msg_8", t, header)));
    }
}
