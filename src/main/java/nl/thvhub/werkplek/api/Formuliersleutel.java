package nl.thvhub.werkplek.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The werkplek's guard against cross-site request forgery, scoped to its own forms so the JSON API is untouched: every
 * form carries a token that is an HMAC of the login session (Keycloak's {@code sid}), keyed by a key derived from the
 * session secret. Another site cannot know it; it is the same on every replica and changes with every login.
 */
@ApplicationScoped
public class Formuliersleutel {

    /** The name of the hidden form field. */
    public static final String VELD = "csrf";
    /** Identity attribute: the session's form token. */
    static final String ATTRIBUUT = "thv.werkplek.formuliersleutel";

    private final SecretKeySpec sleutel;

    public Formuliersleutel(WerkplekConfig config) {
        String geheim = config.sessieSleutel();
        this.sleutel = new SecretKeySpec(hmac(new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                "thv-werkplek-formulier"), "HmacSHA256");
    }

    /** The token of this login session's forms (worked out once per verified session by {@link Formulieraugmentor}). */
    public String voor(SecurityIdentity identity) {
        String bekend = identity.getAttribute(ATTRIBUUT);
        return bekend != null ? bekend : bereken(identity);
    }

    String bereken(SecurityIdentity identity) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(sleutel, sessie(identity)));
    }

    /** Whether a posted token belongs to this login session (compared in constant time). */
    public boolean klopt(SecurityIdentity identity, String token) {
        return token != null && MessageDigest.isEqual(voor(identity).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Keycloak's session id (stable across token refreshes), else the subject and the login's moment. */
    private static String sessie(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object sid = jwt.getClaim("sid");
            return sid != null ? "sid:" + sid : "sub:" + jwt.getSubject() + ":" + jwt.getClaim("auth_time");
        }
        return "naam:" + identity.getPrincipal().getName();
    }

    private static byte[] hmac(SecretKeySpec key, String waarde) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(waarde.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
