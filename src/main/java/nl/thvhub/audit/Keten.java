package nl.thvhub.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashing rules of the audit chain, shared by the hub's sealer, its verifier and the offline verifier (JDK only, so
 * the command-line tool needs nothing else). The hashed part of a line holds no personal data: subjects and actors
 * appear as keyed pseudonyms.
 */
public final class Keten {

    public static final String BEGIN = "0".repeat(64);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final char SEP = '\u001f';

    private Keten() {
    }

    /**
     * The hashed fields of one line, in a fixed order. {@code huisverbodIds} are the cases of a line that names several
     * (V48), comma-separated in stored order; a line without them hashes exactly as lines did before they existed.
     */
    public record Inhoud(long id, OffsetDateTime tijdstip, String traceId, String spanId, String actorPseudoniem,
            String actorRol,
            String actorOrganisatie, String clientId, String doel, String beleidsversie, String actie, String huisverbodId,
            String betrokkenePseudoniem, String verstrekt, String onthouden, String uitkomst, String reden,
            String huisverbodIds) {

        String canonical() {
            StringBuilder sb = new StringBuilder(256);
            sb.append(id).append(SEP).append(MICROS.format(tijdstip.withOffsetSameInstant(ZoneOffset.UTC)));
            for (String s : new String[]{traceId, spanId, actorPseudoniem, actorRol, actorOrganisatie, clientId, doel,
                    beleidsversie, actie,
                    huisverbodId, betrokkenePseudoniem, verstrekt, onthouden, uitkomst, reden}) {
                sb.append(SEP).append(s == null ? "\u2400" : s);
            }
            if (huisverbodIds != null) {
                sb.append(SEP).append(huisverbodIds);
            }
            return sb.toString();
        }
    }

    /** The cases of a line that names several, as they are hashed: in stored order, comma-separated; null when none. */
    public static String zaken(java.util.UUID[] zaken) {
        if (zaken == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(zaken.length * 37);
        for (java.util.UUID z : zaken) {
            sb.append(sb.isEmpty() ? "" : ",").append(z);
        }
        return sb.toString();
    }

    public static String inhoudHash(Inhoud inhoud) {
        return sha256(inhoud.canonical());
    }

    public static String ketenHash(String vorige, String inhoudHash) {
        return sha256(vorige + inhoudHash);
    }

    /** A keyed, stable pseudonym (HMAC-SHA256) of an identifier; without the key it cannot be reversed or recomputed. */
    public static String pseudoniem(byte[] sleutel, String waarde) {
        return waarde == null ? null : pseudoniem(mac(sleutel), waarde);
    }

    /** The same with a prepared MAC (not thread-safe: one per thread). */
    public static String pseudoniem(Mac mac, String waarde) {
        return waarde == null ? null : HexFormat.of().formatHex(mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8)));
    }

    /** An HMAC-SHA256 instance initialised with the pseudonymisation key. */
    public static Mac mac(byte[] sleutel) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
