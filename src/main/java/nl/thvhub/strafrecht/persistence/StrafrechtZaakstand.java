package nl.thvhub.strafrecht.persistence;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.privacy.Categorie;

/** What the case read needs of the criminal track: whether ZSM has decided. */
@ApplicationScoped
public class StrafrechtZaakstand implements Zaakstandbron {

    private static final List<Kolom> KOLOMMEN = List.of(new Kolom("zsm_beoordeeld",
            "exists (select 1 from afdoening af where af.huisverbod_id = h.id)", "false", Set.of(Categorie.STRAFRECHT)));

    @Override
    public List<Kolom> kolommen() {
        return KOLOMMEN;
    }
}
