package nl.thvhub.audit.api;

import java.util.List;

import nl.thvhub.audit.AuditZoeken;
import nl.thvhub.audit.Keten;
import nl.thvhub.platform.csv.CsvTabel;

/** The FG's audit export as CSV, written by the hub's one CSV writer ({@code platform.csv.CsvTabel}). */
final class Csv {

    private static final String[] KOLOMMEN = {"id", "tijdstip", "traceId", "actorSubject", "actorGebruiker", "actorRol",
            "actorOrganisatie", "clientId", "noodtoegangReden", "doel", "beleidsversie", "actie", "huisverbodId",
            "huisverbodIds",
            "betrokkeneId", "verstrekt", "onthouden", "uitkomst", "reden", "ketenVolgnr"};

    private Csv() {
    }

    static String of(List<AuditZoeken.Regel> regels) {
        CsvTabel t = CsvTabel.met(KOLOMMEN);
        for (AuditZoeken.Regel r : regels) {
            t.regel(r.id(), r.tijdstip(), r.traceId(), r.actorSubject(), r.actorGebruiker(), r.actorRol(),
                    r.actorOrganisatie(), r.clientId(), r.noodtoegangReden(), r.doel(), r.beleidsversie(), r.actie(),
                    r.huisverbodId(),
                    r.huisverbodIds() == null
                            ? null
                            : Keten.zaken(r.huisverbodIds().toArray(java.util.UUID[]::new)).replace(',', ' '),
                    r.betrokkeneId(), String.join(" ", r.verstrekt()), String.join(" ", r.onthouden()),
                    r.uitkomst(), r.reden(), r.ketenVolgnr());
        }
        return t.tekst();
    }

}
