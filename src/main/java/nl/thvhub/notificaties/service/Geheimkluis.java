package nl.thvhub.notificaties.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.notificaties.WebhookConfig;

/**
 * Webhook signing secrets at rest: AES-256-GCM under a key from the environment ({@code THV_WEBHOOK_SECRET_KEY}), so a
 * copy of the database (a backup, a dump) does not let anyone forge the hub's signatures. Stored as
 * {@code v1:base64(iv | ciphertext | tag)}; a value without the prefix is a secret from before encryption and is read
 * as it is until {@link AbonnementService} re-encrypts it at start-up.
 */
@ApplicationScoped
public class Geheimkluis {

    private static final String PREFIX = "v1:";
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec sleutel;

    public Geheimkluis(WebhookConfig config) {
        try {
            // any length of configured key material; SHA-256 turns it into exactly one AES-256 key
            byte[] key = MessageDigest.getInstance("SHA-256").digest(config.geheimSleutel().getBytes(StandardCharsets.UTF_8));
            if (config.geheimSleutel().length() < 32) {
                throw new IllegalStateException("thv.webhooks.geheim-sleutel must be at least 32 characters");
            }
            this.sleutel = new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String versleutel(String geheim) {
        try {
            byte[] iv = new byte[IV];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, sleutel, new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(geheim.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV + ct.length];
            System.arraycopy(iv, 0, out, 0, IV);
            System.arraycopy(ct, 0, out, IV, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("webhook secret could not be encrypted", e);
        }
    }

    public String ontsleutel(String opgeslagen) {
        if (!isVersleuteld(opgeslagen)) {
            return opgeslagen;
        }
        try {
            byte[] in = Base64.getDecoder().decode(opgeslagen.substring(PREFIX.length()));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, sleutel, new GCMParameterSpec(128, in, 0, IV));
            return new String(c.doFinal(in, IV, in.length - IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("webhook secret could not be decrypted (wrong THV_WEBHOOK_SECRET_KEY?)", e);
        }
    }

    public static boolean isVersleuteld(String opgeslagen) {
        return opgeslagen != null && opgeslagen.startsWith(PREFIX);
    }
}
