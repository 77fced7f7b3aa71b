package nl.thvhub.opvolging.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Afsluitdeelnemer;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.persistence.Opvolgingcodec;
import nl.thvhub.zorg.service.VerwijzingService;
import nl.thvhub.zorg.service.Zorgdocumenten;

/**
 * The closing criterion per person (issue 35.1): every adult of the case has a referral that started, or the monitoring
 * report names why that person was not referred (NIET_NODIG, WEIGERT, ELDERS_IN_ZORG). Care must not end by the clock
 * for a person nobody found help for.
 */
@ApplicationScoped
public class Verwijzingscriterium implements Afsluitdeelnemer {

    private final VerwijzingService verwijzingen;
    private final Zorgdocumenten documenten;

    Verwijzingscriterium(VerwijzingService verwijzingen, Zorgdocumenten documenten) {
        this.verwijzingen = verwijzingen;
        this.documenten = documenten;
    }

    @Override
    public Uni<List<String>> ontbreekt(SqlConnection conn, Huisverbod h) {
        return verwijzingen.gestart(conn, h.id()).chain(gestart -> documenten
                .huidig(conn, h.id(), MonitoringService.EINDRAPPORT, h.id()).map(rapport -> {
                    Set<UUID> gedekt = new HashSet<>(gestart);
                    rapport.map(d -> Opvolgingcodec.eindrapport(d.items())).ifPresent(
                            e -> e.zonderVerwijzing().stream().map(Eindrapport.ZonderVerwijzing::betrokkeneId)
                                    .forEach(gedekt::add));
                    return h.betrokkenen().stream().filter(h::volwassen).filter(p -> !gedekt.contains(p.id()))
                            .map(p -> "betrokkene " + p.id() + " (" + p.rol() + ") heeft geen gestarte verwijzing en het "
                                    + "eindrapport noemt niet waarom niet (zonderVerwijzing: NIET_NODIG, WEIGERT of ELDERS_IN_ZORG)")
                            .toList();
                }));
    }
}
