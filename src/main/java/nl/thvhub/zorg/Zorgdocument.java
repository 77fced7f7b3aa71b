package nl.thvhub.zorg;

import java.util.List;
import java.util.Optional;

import io.vertx.core.json.JsonArray;

/**
 * A stored care document as the services that keep one see it (the care record's analysis, network and plans, and the
 * follow-through's monitoring report and care advice): its current version and the versions kept.
 */
public final class Zorgdocument {

    private Zorgdocument() {
    }

    /** The current version of a document: its number, items and who wrote it. */
    public record Document(int versie, JsonArray items, Versie door) {
    }

    /**
     * A document as its readers get it: the current version (empty: never written) and who wrote which version, with
     * each version's items (to show a reader only the versions that changed something it may see).
     */
    public record MetVersies(Optional<Document> document, List<Versie> versies, List<JsonArray> inhoud) {

        /**
         * The versions that changed what this reader sees: {@code zichtbaar} projects a version's items onto what the
         * reader may see; a version whose projection equals its predecessor's (or, for the first, is empty) changed
         * nothing for this reader and is left out.
         */
        public List<Versie> zichtbareVersies(java.util.function.UnaryOperator<JsonArray> zichtbaar) {
            List<Versie> getoond = new java.util.ArrayList<>();
            JsonArray vorige = new JsonArray();
            for (int i = 0; i < versies.size(); i++) {
                JsonArray deze = zichtbaar.apply(inhoud.get(i));
                if (!deze.equals(vorige)) {
                    getoond.add(versies.get(i));
                }
                vorige = deze;
            }
            return List.copyOf(getoond);
        }

        /** The current version number; 0 when the document was never written. */
        public int versie() {
            return document.map(Document::versie).orElse(0);
        }
    }
}
