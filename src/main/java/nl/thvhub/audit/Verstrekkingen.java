package nl.thvhub.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How a request's audit lines are stored: lines that differ only in their case, and name no data subject (the rows of a
 * list), become one line naming all those cases, so a desk's list of 200 cases is one disclosure, one line (V48).
 */
public final class Verstrekkingen {

    /**
     * A line to store: {@code zaken} holds the cases of a line that names several (then {@code regel.huisverbodId()} is
     * null), and is null for a line about one case or none.
     */
    public record TeSchrijven(AuditRegel regel, List<UUID> zaken) {
    }

    private Verstrekkingen() {
    }

    /** The lines as they are stored, in the order their first line came. */
    public static List<TeSchrijven> perVerstrekking(List<AuditRegel> regels) {
        // one slot per stored line: a line that cannot be merged, or a group (lines equal but for their case)
        List<Object> volgorde = new ArrayList<>(Math.min(regels.size(), 16));
        Map<AuditRegel, Groep> groepen = new LinkedHashMap<>();
        for (AuditRegel r : regels) {
            if (r.huisverbodId() == null || r.betrokkeneId() != null) {
                volgorde.add(r);
                continue;
            }
            groepen.computeIfAbsent(zonderZaak(r), k -> {
                Groep g = new Groep(k, new ArrayList<>());
                volgorde.add(g);
                return g;
            }).regels().add(r);
        }
        if (groepen.isEmpty()) {
            return regels.stream().map(r -> new TeSchrijven(r, null)).toList();
        }
        List<TeSchrijven> uit = new ArrayList<>(volgorde.size());
        for (Object slot : volgorde) {
            if (!(slot instanceof Groep groep)) {
                uit.add(new TeSchrijven((AuditRegel) slot, null));
                continue;
            }
            Set<UUID> zaken = new LinkedHashSet<>();
            groep.regels().forEach(r -> zaken.add(r.huisverbodId()));
            if (zaken.size() < 2) {
                groep.regels().forEach(r -> uit.add(new TeSchrijven(r, null)));
            } else {
                uit.add(new TeSchrijven(groep.sleutel(), List.copyOf(zaken)));
            }
        }
        return uit;
    }

    /** Lines equal but for their case, and that line without its case. */
    private record Groep(AuditRegel sleutel, List<AuditRegel> regels) {
    }

    private static AuditRegel zonderZaak(AuditRegel r) {
        return new AuditRegel(r.tijdstip(), r.trace(), r.actorSubject(), r.actorGebruiker(), r.actorRol(),
                r.actorOrganisatie(), r.clientId(), r.noodtoegangReden(), r.doel(), r.beleidsversie(), r.actie(), null,
                r.betrokkeneId(), r.verstrekt(), r.onthouden(), r.uitkomst(), r.reden());
    }
}
