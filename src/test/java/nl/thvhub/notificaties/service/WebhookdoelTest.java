package nl.thvhub.notificaties.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may reach: only public ones; loopback only with the demo switch (issue 15.8). */
class WebhookdoelTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.0.10", "169.254.169.254", "100.64.1.1", "0.0.0.0",
            "224.0.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:10.0.0.1", "::",
            // IPv6 forms that carry an internal IPv4 address (issue 29, item 18), Teredo, documentation, local NAT64
            "64:ff9b::a9fe:a9fe", "64:ff9b::127.0.0.1", "2002:0a00:0001::1", "2002:a9fe:a9fe::", "::10.0.0.1",
            "::127.0.0.1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "64:ff9b:1::a00:1"})
    void internal_addresses_are_not_public(String ip) throws UnknownHostException {
        assertThat(Webhookdoel.openbaar(InetAddress.getByName(ip))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "145.97.39.155", "2a00:1450:4001:80b::200e", "64:ff9b::5db8:d70e",
            "2002:5db8:d70e::1"})
    void public_addresses_are_public(String ip) throws UnknownHostException {
        assertThat(Webhookdoel.openbaar(InetAddress.getByName(ip))).isTrue();
    }

    @Test
    void loopback_is_allowed_only_with_the_demo_switch() {
        assertThat(Webhookdoel.controleer("http://127.0.0.1:9/hook", true)).isPresent();
        assertThat(Webhookdoel.controleer("http://127.0.0.1:9/hook", false)).isEmpty();
        assertThat(Webhookdoel.controleer("https://127.0.0.1/hook", false)).isEmpty();
    }

    @Test
    void a_literal_private_address_is_refused_over_https_too() {
        assertThat(Webhookdoel.controleer("https://10.0.0.5/hook", true)).isEmpty();
        assertThat(Webhookdoel.controleer("https://[fd00::1]/hook", true)).isEmpty();
    }

    @Test
    void plain_http_goes_only_to_a_loopback_name() {
        assertThat(Webhookdoel.vorm("http://partner.example/hook", true)).isEmpty();
        assertThat(Webhookdoel.vorm("https://partner.example/hook", false)).isPresent();
        assertThat(Webhookdoel.vorm("https://user@partner.example/hook", false)).isEmpty();
        assertThat(Webhookdoel.vorm("ftp://partner.example/hook", true)).isEmpty();
    }

    /** Issue 38: the docs promise a literal loopback address; a name, even "localhost", can be re-pointed. */
    @Test
    void plain_http_to_localhost_by_name_is_refused_and_to_the_literal_address_allowed() {
        assertThat(Webhookdoel.vorm("http://localhost:9099/hook", true)).isEmpty();
        assertThat(Webhookdoel.vorm("http://127.0.0.1:9099/hook", true)).isPresent();
        assertThat(Webhookdoel.vorm("http://[::1]:9099/hook", true)).isPresent();
    }
}
