package nl.thvhub.zorg.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.privacy.Categorie;

/**
 * What the case read needs of the care record: the plans' goals, the last contact per person, the oldest open referral
 * and the running aftercare. Only this class and {@link Zorgcodec} know the plans' stored JSON layout.
 */
@ApplicationScoped
public class ZorgZaakstand implements Zaakstandbron {

    private static final Set<Categorie> HULP = Set.of(Categorie.HULPVERLENING);

    private static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("plan_tekst", doelen("HULPVERLENINGSPLAN"), "null::text", HULP),
            new Kolom("veiligheid_tekst", doelen("VEILIGHEIDSPLAN"), "null::text", HULP),
            new Kolom("contacten", """
                    (select coalesce(json_agg(json_build_object('b', l.betrokkene_id, 'd', l.datum, 'v', l.vorm,
                        'r', l.bereikt, 'ooit', l.ooit)), '[]'::json)
                       from (select distinct on (cm.betrokkene_id) cm.betrokkene_id, cm.datum, cm.vorm, cm.bereikt,
                               bool_or(cm.bereikt) over (partition by cm.betrokkene_id) as ooit
                             from contactmoment cm where cm.huisverbod_id = h.id
                             order by cm.betrokkene_id, cm.datum desc, cm.vastgelegd_op desc) l)""", "'[]'::json", HULP),
            new Kolom("verwijzing_open_sinds", """
                    (select min(vw.aangemeld_op) from verwijzing vw where vw.huisverbod_id = h.id
                       and vw.status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST'))""", "null::date", HULP),
            new Kolom("nazorg", """
                    (select json_agg(json_build_object('id', nz.id, 's', nz.soort, 'g', nz.eigenaar, 'o', nz.organisatie,
                        'e', nz.evaluatie_op) order by nz.gestart_op)
                       from nazorg nz where nz.huisverbod_id = h.id and nz.einde_op is null)""", "null::json", HULP));

    /** The goals of the case's plan of this kind, one per line in the plan's order. */
    private static String doelen(String soort) {
        return """
                (select string_agg(i.item->>'doel', E'\\n' order by i.nr) from zorgdocument zd,
                        jsonb_array_elements(zd.inhoud->'items') with ordinality as i(item, nr)
                   where zd.huisverbod_id = h.id and zd.soort = '%s' and zd.sleutel = h.id)""".formatted(soort);
    }

    @Override
    public List<Kolom> kolommen() {
        return KOLOMMEN;
    }
}
