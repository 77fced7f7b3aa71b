package nl.thvhub.werkplek.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.service.OpvangService;
import nl.thvhub.uhg.service.PolitieverzoekService;
import nl.thvhub.uhg.service.Uhgrechten;
import nl.thvhub.uhg.service.VerblijfService;
import nl.thvhub.werkplek.api.Zaakscherm.Sectie;
import nl.thvhub.werkplek.api.Zaakscherm.Tabel;

/**
 * Builds the UHG's page from the API's own reads (the case view, where he stays, shelter, the requests to the police),
 * each audited by its service; a part the policy withholds is "Afgeschermd" with the case view's reason. A refused form
 * of this page comes back here, beside its field.
 */
@RequestScoped
class Uhgpagina {

    private final Werkplekgebruiker gebruiker;
    private final Zaaktoegang toegang;
    private final VerblijfService verblijf;
    private final OpvangService opvang;
    private final PolitieverzoekService verzoeken;
    private final Clock clock;

    Uhgpagina(Werkplekgebruiker gebruiker, Zaaktoegang toegang, VerblijfService verblijf, OpvangService opvang,
            PolitieverzoekService verzoeken, Clock clock) {
        this.gebruiker = gebruiker;
        this.toegang = toegang;
        this.verblijf = verblijf;
        this.opvang = opvang;
        this.verzoeken = verzoeken;
        this.clock = clock;
    }

    Uni<Response> toon(UUID zaak, String melding, Zaakscherm.Formulier ingevuld, int status) {
        Kader kader = gebruiker.kader("zaak", melding);
        Rol rol = gebruiker.actor().rol();
        return toegang.lees(gebruiker.actor(), zaak).chain(inzage -> {
            HuisverbodView v = HuisverbodView.of(inzage, clock.instant());
            HuisverbodView.BetrokkeneView uhg = v.betrokkenen() == null
                    ? null
                    : v.betrokkenen().stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE).findFirst()
                            .orElse(null);
            if (uhg == null) {
                throw ProblemException.notFound();
            }
            boolean loopt = v.toegestaneActies() != null && !v.toegestaneActies().isEmpty();
            List<Sectie> secties = new ArrayList<>();
            boolean[] magPlaats = {false};
            List<Politieverzoek.View> lijst = new ArrayList<>();
            return verblijf.lees(gebruiker.actor(), zaak, uhg.id()).invoke(vb -> {
                magPlaats[0] = vb.soort() != null || vb.onthouden().isEmpty();
                secties.add(Uhgsecties.verblijf(vb, v));
            }).chain(() -> opvang.lees(gebruiker.actor(), zaak, uhg.id())).invoke(o -> secties.add(Uhgsecties.opvang(o, v)))
                    .chain(() -> verzoeken.lijst(gebruiker.actor(), zaak).invoke(lijst::addAll)
                            .map(l -> verzoeksectie(l))
                            .onFailure(ProblemException.class)
                            .recoverWithItem(e -> afgeschermd(e, v)))
                    .map(s -> {
                        secties.add(s);
                        boolean politie = Uhgrechten.isPolitie(rol);
                        String open = lijst.stream().filter(Politieverzoek.View::open).map(p -> p.id().toString())
                                .findFirst().orElse(null);
                        boolean coordinatorVanUhg = rol.isCoordinator() && s.afgeschermd().isEmpty()
                                && magPlaats[0];
                        Uhgscherm u = new Uhgscherm(v.id().toString(), v.registratienummer(), uhg.id().toString(), uhg.naam(),
                                secties,
                                loopt && Uhgrechten.magVerblijfSchrijven(rol) && magPlaats[0],
                                loopt && rol == Rol.VEILIG_THUIS, loopt && coordinatorVanUhg && open == null,
                                loopt && politie ? open : null, ingevuld);
                        return Schermuitvoer.html(status, Schermen.uhg(kader, u));
                    });
        });
    }

    private static Sectie verzoeksectie(List<Politieverzoek.View> lijst) {
        Tabel tabel = lijst.isEmpty()
                ? null
                : new Tabel("Verzoeken aan de politie", List.of("Gevraagd", "Wat", "Uiterlijk", "Toelichting", "Antwoord"),
                        lijst.stream().map(p -> List.of(Labels.moment(p.gevraagdOp()) + " door " + p.gevraagdDoor(),
                                Labels.code(p.soort()), Labels.datum(p.termijn()), p.toelichting(),
                                p.open()
                                        ? "nog niet beantwoord"
                                        : Labels.code(p.uitkomst()) + ": " + p.antwoord() + " (" + p.beantwoordDoor() + ")"))
                                .toList());
        return new Sectie("politieverzoeken", "Verzoeken aan de politie", List.of(), tabel, List.of(),
                lijst.isEmpty() ? "Nog geen verzoeken." : null);
    }

    /** The requests are the UHG's coordinator's and the police's: others see why not. */
    private static Sectie afgeschermd(Throwable e, HuisverbodView v) {
        int status = ((ProblemException) e).problem().status();
        if (status != 403) {
            throw (ProblemException) e;
        }
        List<String> uitleg = v.onthoudenUitleg().stream().filter(o -> o.categorie() == Categorie.POLITIEVERZOEK)
                .map(o -> "Afgeschermd: Verzoeken aan de politie — " + Labels.reden(o.reden()) + ". Grondslag: "
                        + o.grondslag() + ".")
                .distinct().toList();
        return new Sectie("politieverzoeken", "Verzoeken aan de politie", List.of(), null,
                uitleg.isEmpty() ? List.of("Afgeschermd: Verzoeken aan de politie — niet voor u.") : uitleg, null);
    }
}
