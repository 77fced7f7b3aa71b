package nl.thvhub.notificaties.service;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a webhook may go: an https URL (http only to loopback with the demo switch) whose host resolves only to public
 * addresses, so a partner cannot make the hub call its own network (SSRF: loopback, private, link-local, unique-local,
 * carrier-grade NAT, multicast). Checked when a subscription is made and again, by IP, before every delivery.
 */
public final class Webhookdoel {

    /** A checked target: the URL and the address the delivery connects to. */
    public record Doel(URI uri, InetAddress adres, int poort, boolean https) {
    }

    private Webhookdoel() {
    }

    /** Syntax only (no DNS): scheme, host, length. */
    public static Optional<URI> vorm(String url, boolean loopbackToegestaan) {
        if (url == null || url.length() > 500) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            // plain http only to a literal loopback address: not even "localhost", a name a hosts file can re-point
            boolean loopbackNaam = java.util.Set.of("127.0.0.1", "[::1]").contains(uri.getHost());
            if ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopbackToegestaan && loopbackNaam) {
                return Optional.of(uri);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves the host (blocking: call it off the event loop) and returns the address to connect to when every address
     * of the host is allowed; empty otherwise. Loopback is allowed only with the demo switch, and then also over http.
     */
    public static Optional<Doel> controleer(String url, boolean loopbackToegestaan) {
        Optional<URI> vorm = vorm(url, loopbackToegestaan);
        if (vorm.isEmpty()) {
            return Optional.empty();
        }
        URI uri = vorm.get();
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        List<InetAddress> adressen;
        try {
            adressen = Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        boolean https = "https".equals(uri.getScheme());
        for (InetAddress a : adressen) {
            boolean loopback = a.isLoopbackAddress();
            if (loopback ? !loopbackToegestaan : !openbaar(a)) {
                return Optional.empty();
            }
            if (!https && !loopback) {
                return Optional.empty();
            }
        }
        int poort = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return Optional.of(new Doel(uri, adressen.get(0), poort, https));
    }

    /** Whether an address is on the public internet (not the hub's own or any private network). */
    static boolean openbaar(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            return b0 != 0 && !(b0 == 100 && b1 >= 64 && b1 < 128) && !(b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0)
                    && !(b0 == 198 && (b1 == 18 || b1 == 19)) && b0 < 240;
        }
        if (a instanceof Inet6Address) {
            int b0 = b[0] & 0xff;
            int b1 = b[1] & 0xff;
            // fc00::/7 unique-local; 2001:db8::/32 documentation; 2001::/32 Teredo (its IPv4 is obfuscated: refused);
            // 64:ff9b:1::/48 local-use NAT64
            if ((b0 & 0xfe) == 0xfc || b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8
                    || b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0
                    || b0 == 0 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && b[4] == 0 && b[5] == 1) {
                return false;
            }
            // an address that carries an IPv4 address is judged as that IPv4 address: IPv4-mapped ::ffff:a.b.c.d,
            // IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96 (RFC 6052) and 6to4 2002:AABB:CCDD::/16 (RFC 3056)
            boolean nul = true;
            for (int i = 0; i < 10; i++) {
                nul &= b[i] == 0;
            }
            boolean nat64 = b0 == 0 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
            for (int i = 4; i < 12 && nat64; i++) {
                nat64 = b[i] == 0;
            }
            if (nul && ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || b[10] == 0 && b[11] == 0) || nat64) {
                return ipv4Openbaar(Arrays.copyOfRange(b, 12, 16));
            }
            if (b0 == 0x20 && b1 == 0x02) {
                return ipv4Openbaar(Arrays.copyOfRange(b, 2, 6));
            }
        }
        return true;
    }

    private static boolean ipv4Openbaar(byte[] ipv4) {
        try {
            return openbaar(InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
