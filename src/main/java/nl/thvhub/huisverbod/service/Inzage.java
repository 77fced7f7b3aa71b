package nl.thvhub.huisverbod.service;

import java.util.List;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.privacy.Besluit;

/**
 * A case together with the decision of what its reader may see of it, as {@link Zaaktoegang} returns it when the reader
 * may see the case. {@code werk} are the case's open tasks the reader may see (the work queue's rule); {@code taken}
 * the deprecated task names of before, care deadlines included.
 */
public record Inzage(Huisverbod zaak, Besluit besluit, List<String> taken, List<Taak> werk) implements Uitkomst {
}
