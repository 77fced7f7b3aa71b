package nl.thvhub.signalen.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.privacy.Categorie;

/** What the case read needs of the signals: the violations' summary and GGZ's flags. */
@ApplicationScoped
public class SignalenZaakstand implements Zaakstandbron {

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("overtredingen", """
                    (select json_build_object('aantal', count(*) filter (where ov.status = 'BEVESTIGD'),
                        'vermoed', count(*) filter (where ov.status = 'VERMOED'),
                        'zonderVervolg', count(*) filter (where ov.status = 'BEVESTIGD' and ov.vervolgactie is null),
                        'vervolgacties', coalesce(json_agg(ov.vervolgactie order by ov.moment)
                                           filter (where ov.vervolgactie is not null), '[]'::json),
                        'oudste', min(ov.moment) filter (where ov.status = 'BEVESTIGD' and ov.vervolgactie is null))
                       from overtreding ov where ov.huisverbod_id = h.id)""",
                    "json_build_object('aantal', 0, 'vermoed', 0, 'zonderVervolg', 0, 'vervolgacties', '[]'::json)",
                    Set.of(Categorie.OVERTREDINGEN)),
            // GGZ flags: the GGZ part, and whether GGZ answered its question (only GGZ's own readers are reached by it)
            new Kolom("ggz_signalen", """
                    (select coalesce(json_agg(json_build_object('b', gs.betrokkene_id, 'j', gs.betrokkenheid,
                        'i', gs.instelling, 'r', gs.contact_rol, 't', gs.contact_telefoon, 'op', gs.gewijzigd_op)
                        order by gs.betrokkene_id), '[]'::json)
                       from ggz_signaal gs where gs.huisverbod_id = h.id)""", "'[]'::json", Set.of(Categorie.GGZ)));

    @Override
    public List<Kolom> kolommen() {
        return KOLOMMEN;
    }
}
