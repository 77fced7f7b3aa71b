package nl.thvhub.huisverbod.service;

import java.util.List;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.privacy.Besluit;

/**
 * A case together with the decision of what its reader may see of it, as {@link Zaaktoegang} returns it when the reader
 * may see the case. {@code taken} are the case's open tasks at the moment of reading, care deadlines included.
 */
public record Inzage(Huisverbod zaak, Besluit besluit, List<String> taken) implements Uitkomst {
}
