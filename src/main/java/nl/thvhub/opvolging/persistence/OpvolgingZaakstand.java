package nl.thvhub.opvolging.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.privacy.Categorie;

/**
 * What the case read needs of the follow-through: the last check-in, the report's state, the advice's risk and its open
 * request, and the open Reclassering request.
 */
@ApplicationScoped
public class OpvolgingZaakstand implements Zaakstandbron {

    private static final Set<Categorie> HULP = Set.of(Categorie.HULPVERLENING);
    private static final Set<Categorie> ZORGADVIES = Set.of(Categorie.ZORGADVIES);

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("laatste_peilmoment", """
                    (select json_build_object('d', pm.datum, 'v', pm.veilig, 'h', pm.hulp_loopt) from peilmoment pm
                       where pm.huisverbod_id = h.id order by pm.datum desc, pm.vastgelegd_op desc limit 1)""",
                    "null::json", HULP),
            new Kolom("eindrapport", """
                    (select case when er.afgezien then 'AFGEZIEN' else 'OPGESTELD' end
                       from opvolging_eindrapport er where er.huisverbod_id = h.id)""", "null::text", HULP),
            new Kolom("zorgadvies_risico",
                    "(select za.risico from opvolging_zorgadvies za where za.huisverbod_id = h.id)", "null::text",
                    ZORGADVIES),
            new Kolom("zorgadviesaanvraag", """
                    (select json_build_object('id', zv.id, 't', zv.termijn, 'op', zv.gevraagd_op, 'door', zv.gevraagd_door)
                       from zorgadviesaanvraag zv where zv.huisverbod_id = h.id and zv.beantwoord_op is null)""",
                    "null::json", ZORGADVIES),
            // a fact of the decision: the open Reclassering request gives the Reclassering worker reach of the case
            Kolom.altijd("reclasseringsaanvraag", """
                    (select json_build_object('t', ra.termijn, 'op', ra.aangevraagd_op, 'tot', ra.vervalt_op)
                       from reclasseringsadvies ra
                       where ra.huisverbod_id = h.id and ra.geleverd_op is null and ra.einde_op is null)"""));

    @Override
    public List<Kolom> kolommen() {
        return KOLOMMEN;
    }
}
