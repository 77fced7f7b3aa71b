package nl.thvhub.werkplek.api;

import java.util.ArrayList;
import java.util.List;

import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.werkplek.api.Zaakscherm.Sectie;
import nl.thvhub.werkplek.api.Zaakscherm.Tabel;
import nl.thvhub.werkplek.api.Zaakscherm.Veld;

/**
 * The UHG's panels on his person page (issue 33): where he stays, with who knew what when, and the shelter decision —
 * each as the API gave it; a reader who may see only whether a place is known gets that and "Afgeschermd" with why.
 */
final class Uhgsecties {

    private Uhgsecties() {
    }

    static Sectie verblijf(Verblijf.View vb, HuisverbodView v) {
        List<Veld> velden = new ArrayList<>();
        velden.add(new Veld("Verblijfplek bekend", vb.bekend() ? "ja" : "nee"));
        Tabel tabel = null;
        if (vb.soort() != null) {
            velden.add(new Veld("Verblijft", Labels.code(vb.soort()) + (vb.adres() == null ? "" : ", " + vb.adres())));
            velden.add(new Veld("Sinds", Labels.datum(vb.sinds())));
            velden.add(new Veld("Bron", vb.bron()));
            tabel = new Tabel("Wie wist wat wanneer", List.of("Versie", "Verblijft", "Sinds", "Vastgelegd door", "Op"),
                    vb.geschiedenis().stream().map(g -> List.of(String.valueOf(g.versie()),
                            Labels.code(g.soort()) + (g.adres() == null ? "" : ", " + g.adres()), Labels.datum(g.sinds()),
                            g.vastgelegdDoor() + " (" + Labels.naam(g.organisatie()) + ")", Labels.moment(g.vastgelegdOp())))
                            .toList());
        }
        return new Sectie("verblijfplek", "Verblijfplek van de uithuisgeplaatste", velden, tabel,
                uitleg(v, vb.onthouden(), Categorie.VERBLIJF_UHG), null);
    }

    static Sectie opvang(Opvang.View o, HuisverbodView v) {
        List<Veld> velden = new ArrayList<>();
        velden.add(new Veld("Opvang toegekend", o.toegekend() == null ? "nog geen besluit" : Labels.janee(o.toegekend())));
        if (o.besluit() != null) {
            velden.add(new Veld("Reden", o.besluit().reden()));
            if (o.besluit().nachten() != null) {
                velden.add(new Veld("Nachten", o.besluit().nachten().toString()));
            }
            velden.add(new Veld("Besloten op", Labels.datum(o.besluit().besluitOp())));
        }
        return new Sectie("opvang", "Opvang van de uithuisgeplaatste", velden, null,
                uitleg(v, o.onthouden(), Categorie.OPVANG_UHG), null);
    }

    private static List<String> uitleg(HuisverbodView v, List<Categorie> onthouden, Categorie c) {
        if (!onthouden.contains(c)) {
            return List.of();
        }
        List<String> regels = v.onthoudenUitleg().stream().filter(u -> u.categorie() == c)
                .map(u -> "Afgeschermd: " + Labels.naam(c) + " — " + Labels.reden(u.reden()) + ". Grondslag: "
                        + u.grondslag() + ".")
                .distinct().toList();
        return regels.isEmpty() ? List.of("Afgeschermd: " + Labels.naam(c) + " — niet voor u.") : regels;
    }
}
