package nl.thvhub.platform;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an answer that several requests share (one {@link Samenloop} round) as JSON once instead of once per request:
 * desks refreshing the priority list at the same moment receive the same unchangeable object, so they receive the same
 * bytes. Recognised by identity, never by equality, so an answer computed for other readers (another key of the round)
 * is never taken for this one; the last {@value #PLAATSEN} answers are kept.
 */
@ApplicationScoped
public class GedeeldeJson {

    /** A round's answer is asked for while the round is delivered; a handful of keys is in flight at once. */
    static final int PLAATSEN = 8;

    private final ObjectMapper mapper;
    private final Object[] antwoorden = new Object[PLAATSEN];
    private final byte[][] teksten = new byte[PLAATSEN][];
    private int volgende;

    public GedeeldeJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The JSON of {@code antwoord}, which must not change after it was first written. */
    public byte[] json(Object antwoord) {
        synchronized (this) {
            for (int i = 0; i < PLAATSEN; i++) {
                if (antwoorden[i] == antwoord) {
                    return teksten[i];
                }
            }
        }
        // written outside the lock: two first callers may both write it, and both get the same bytes
        byte[] tekst;
        try {
            tekst = mapper.writeValueAsBytes(antwoord);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
        synchronized (this) {
            antwoorden[volgende] = antwoord;
            teksten[volgende] = tekst;
            volgende = (volgende + 1) % PLAATSEN;
        }
        return tekst;
    }
}
