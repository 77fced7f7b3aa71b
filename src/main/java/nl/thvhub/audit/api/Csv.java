package nl.thvhub.audit.api;

import java.util.List;

import nl.thvhub.audit.AuditZoeken;

/** RFC 4180 CSV of audit lines: a header, CRLF line ends, fields quoted when they hold a separator, quote or line break. */
final class Csv {

    private static final String HEADER = "id,tijdstip,traceId,actorSubject,actorGebruiker,actorRol,actorOrganisatie,clientId,noodtoegangReden,doel,"
            + "beleidsversie,actie,huisverbodId,betrokkeneId,verstrekt,onthouden,uitkomst,reden,ketenVolgnr";

    private Csv() {
    }

    static String of(List<AuditZoeken.Regel> regels) {
        StringBuilder sb = new StringBuilder(HEADER).append("\r\n");
        for (AuditZoeken.Regel r : regels) {
            Object[] fields = {r.id(), r.tijdstip(), r.traceId(), r.actorSubject(), r.actorGebruiker(), r.actorRol(),
                    r.actorOrganisatie(),
                    r.clientId(), r.noodtoegangReden(), r.doel(), r.beleidsversie(), r.actie(), r.huisverbodId(),
                    r.betrokkeneId(),
                    String.join(" ", r.verstrekt()), String.join(" ", r.onthouden()), r.uitkomst(), r.reden(), r.ketenVolgnr()};
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(nl.thvhub.platform.Csv.escape(fields[i]));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

}
