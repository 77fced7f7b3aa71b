package nl.thvhub.notificaties.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing per Standard Webhooks 1.0: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">},
 * several space-separated while a rotated-out secret still counts. Secrets are {@code whsec_} + base64 of 32 random
 * bytes; the key is the decoded bytes. A secret chosen by a partner before 0.3.0 (no {@code whsec_}) keys by its UTF-8
 * bytes, which is what the libraries do with {@code whsec_} + base64 of it.
 */
public final class Handtekening {

    public static final String VOORVOEGSEL = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Handtekening() {
    }

    /** A new secret, to be shown once to its subscriber. */
    public static String nieuwGeheim() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return VOORVOEGSEL + Base64.getEncoder().encodeToString(b);
    }

    /** The HMAC key of a secret. */
    static byte[] sleutel(String geheim) {
        return geheim.startsWith(VOORVOEGSEL)
                ? Base64.getDecoder().decode(geheim.substring(VOORVOEGSEL.length()))
                : geheim.getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code webhook-signature} header: one {@code v1,…} per secret, space-separated. */
    public static String header(List<String> geheimen, String id, long tijdstempel, String body) {
        String inhoud = id + "." + tijdstempel + "." + body;
        return geheimen.stream().map(g -> "v1," + hmac(sleutel(g), inhoud)).collect(Collectors.joining(" "));
    }

    private static String hmac(byte[] sleutel, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
