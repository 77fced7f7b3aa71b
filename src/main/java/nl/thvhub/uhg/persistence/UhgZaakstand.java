package nl.thvhub.uhg.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.privacy.Categorie;

/** What the case read needs of the UHG's track: the police's open request, and the last question to GGZ. */
@ApplicationScoped
public class UhgZaakstand implements Zaakstandbron {

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("politieverzoek", """
                    (select json_build_object('id', pv.id, 'b', pv.betrokkene_id, 't', pv.termijn, 'op', pv.gevraagd_op,
                        'door', pv.gevraagd_door)
                       from politieverzoek pv where pv.huisverbod_id = h.id and pv.beantwoord_op is null)""",
                    "null::json", Set.of(Categorie.POLITIEVERZOEK)),
            // a fact of the decision: the question to GGZ gives GGZ reach of the case
            Kolom.altijd("ggzvraag", """
                    (select json_build_object('id', gv.id, 'b', gv.betrokkene_id, 'op', gv.gevraagd_op, 'tot', gv.vervalt_op,
                        'door', gv.gevraagd_door)
                       from ggzvraag gv where gv.huisverbod_id = h.id order by gv.gevraagd_op desc limit 1)"""));

    @Override
    public List<Kolom> kolommen() {
        return KOLOMMEN;
    }
}
