package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;

/** The case as partners read it, over REST and GraphQL alike. Withheld categories are named in {@code onthouden}. */
public record HuisverbodView(UUID id, String registratienummer, String gemeente, String wijk, String status, Instant opgelegdOp,
        Instant eindmoment, Boolean verlengd, Boolean herhaling, HerhalingView herhalingVan, AdresView adres,
        List<BetrokkeneView> betrokkenen, GeweldView geweld, Boolean strafrechtelijkTraject, String verblijfUhg,
        String verblijfAchterblijvers, HulpverleningView hulpverlening, String coordinerendeOrganisatie,
        Instant monitoringEinde, Instant peilmoment, List<ToewijzingView> toewijzingen, AdviesView verlengingsadvies,
        IntrekkingView intrekking, AfsluitingView afsluiting, OvertredingenView overtredingen,
        List<GgzSignaalView> ggzSignalen, List<String> openTaken, List<String> toegestaneActies,
        Integer versie,
        List<String> onthouden) implements nl.thvhub.platform.Herleesbaar {

    public static final String SOORT = "huisverbod";

    /** A write's case view is read again on an Idempotency-Key replay, through the privacy decision of then. */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.graphql.Ignore
    public nl.thvhub.platform.Herlezing herlezing() {
        return id == null ? null : new nl.thvhub.platform.Herlezing(SOORT, id, id);
    }

    /** The earlier case that makes this one a repeat, and on what ground (PERSOON, ADRES, PERSOON_EN_ADRES). */
    public record HerhalingView(UUID huisverbodId, String grond) {
    }

    /** The THV address. */
    public record AdresView(String straat, String huisnummer, String postcode, String plaats) {
    }

    /** A person involved in the case. */
    public record BetrokkeneView(UUID id, String rol, String naam, LocalDate geboortedatum) {
    }

    /** The violence that led to the THV. */
    public record GeweldView(String type, String ernst, String intiemeTerreur) {
    }

    /** An active assignment. */
    public record ToewijzingView(String rol, String gebruikersnaam, String organisatie, Instant toegewezenOp) {
    }

    /** The coordinator's advice on extension. */
    public record AdviesView(String advies, String motivering, Instant gegevenOp) {
    }

    /** Withdrawal, if any. */
    public record IntrekkingView(Instant ingetrokkenOp, String reden) {
    }

    /** Closing with warme overdracht, if closed. */
    public record AfsluitingView(Instant afgeslotenOp, String overdrachtAan, LocalDate overdrachtDatum,
            boolean gezamenlijkGesprek) {
    }

    /**
     * Violations of the THV: confirmed ones, suspected ones awaiting the police, confirmed ones without follow-up, and
     * the follow-ups (category OVERTREDINGEN).
     */
    public record OvertredingenView(int aantal, int vermoed, int zonderVervolg, List<String> vervolgacties) {
    }

    /** The GGZ flag for one person (category GGZ, per person): never a diagnosis or treatment. */
    public record GgzSignaalView(UUID betrokkeneId, String betrokkenheid, String instelling, ContactpersoonView contactpersoon,
            Instant gewijzigdOp) {
    }

    /** A contact at the GGZ institution: a role and a phone number, not a name. */
    public record ContactpersoonView(String rol, String telefoon) {
    }

    /** The help plan and safety agreements. */
    public record HulpverleningView(String plan, String veiligheidsafspraken) {
    }

    /**
     * Redacts the case by the privacy decision, field by field: a field whose category may not be shown is null, a person
     * whose identity may not be shown is left out, and the withheld categories are named in {@code onthouden}.
     */
    public static HuisverbodView of(HuisverbodService.Inzage inzage, Instant now) {
        Huisverbod h = inzage.zaak();
        Besluit b = inzage.besluit();
        boolean kern = b.mag(Categorie.KERN);
        Huisverbod.Adres a = h.adres();
        List<BetrokkeneView> personen = h.betrokkenen().stream()
                .filter(p -> b.mag(p.rol() == BetrokkeneRol.KIND ? Categorie.KINDEREN : Categorie.IDENTITEIT, p.id()))
                .map(p -> new BetrokkeneView(p.id(), p.rol().name(), p.naam(), p.geboortedatum())).toList();
        boolean kinderen = h.betrokkenen().stream().filter(p -> p.rol() == BetrokkeneRol.KIND)
                .allMatch(p -> b.mag(Categorie.KINDEREN, p.id()));
        List<String> openTaken = h.openTaken(now).stream().filter(t -> kinderen || !t.equals("GEZINSMANAGER_TOEWIJZEN"))
                .toList();
        Huisverbod.Hulpverlening hv = h.hulpverlening();
        return new HuisverbodView(kern ? h.id() : null, kern ? h.registratienummer() : null, kern ? h.gemeente().name() : null,
                kern ? h.wijk() : null, kern ? h.status(now).name() : null, kern ? h.opgelegdOp() : null,
                kern ? h.eindmoment() : null,
                kern ? h.verlengd() : null, kern ? h.herhalingVan() != null : null,
                kern && h.herhalingVan() != null ? new HerhalingView(h.herhalingVan(), h.herhalingGrond()) : null,
                b.mag(Categorie.WONING) ? new AdresView(a.straat(), a.huisnummer(), a.postcode(), a.plaats()) : null,
                personen.isEmpty() && !h.betrokkenen().isEmpty() ? null : personen,
                b.mag(Categorie.GEWELD)
                        ? new GeweldView(h.geweldType().name(), h.geweldErnst().name(), h.intiemeTerreur().name())
                        : null,
                b.mag(Categorie.STRAFRECHT) ? h.strafrechtelijkTraject() : null,
                b.mag(Categorie.VERBLIJF_UHG) ? h.verblijfUhg() : null,
                b.mag(Categorie.VERBLIJF_AB) ? h.verblijfAchterblijvers() : null,
                b.mag(Categorie.HULPVERLENING) && hv != null
                        ? new HulpverleningView(hv.plan(), hv.veiligheidsafspraken())
                        : null,
                kern ? h.coordinerendeOrganisatie().name() : null, kern ? h.monitoringEinde() : null,
                kern ? h.peilmoment() : null,
                kern
                        ? h.toewijzingen().stream()
                                .filter(t -> b.magToewijzing(t.rol().name()))
                                .map(t -> new ToewijzingView(t.rol().name(), t.gebruikersnaam(), t.organisatie().name(),
                                        t.toegewezenOp()))
                                .toList()
                        : null,
                kern && h.verlengingsadvies() != null
                        ? new AdviesView(h.verlengingsadvies().advies(),
                                b.magVeld("verlengingsadvies.motivering") ? h.verlengingsadvies().motivering() : null,
                                h.verlengingsadvies().op())
                        : null,
                kern && h.ingetrokkenOp() != null ? new IntrekkingView(h.ingetrokkenOp(), h.intrekkingReden()) : null,
                b.mag(Categorie.HULPVERLENING) && h.overdracht() != null
                        ? new AfsluitingView(h.afgeslotenOp(), h.overdracht().aan(), h.overdracht().datum(),
                                h.overdracht().gezamenlijkGesprek())
                        : null,
                b.mag(Categorie.OVERTREDINGEN) ? overtredingen(h.signalen().overtredingen()) : null,
                ggz(h, b),
                kern ? openTaken : null, kern ? h.toegestaneActies(now).stream().map(Actie::pad).toList() : null,
                kern ? h.versie() : null,
                b.onthoudenCodes());
    }

    private static OvertredingenView overtredingen(Huisverbod.Overtredingen o) {
        return new OvertredingenView(o.aantal(), o.vermoed(), o.zonderVervolg(), o.vervolgacties());
    }

    /** The flags of the persons the reader may see GGZ data of; null when it may see none of them. */
    private static List<GgzSignaalView> ggz(Huisverbod h, Besluit b) {
        boolean any = h.betrokkenen().stream().anyMatch(p -> b.mag(Categorie.GGZ, p.id()));
        if (!any) {
            return null;
        }
        return h.signalen().ggz().stream().filter(g -> b.mag(Categorie.GGZ, g.betrokkeneId()))
                .map(g -> new GgzSignaalView(g.betrokkeneId(), g.betrokkenheid(), g.instelling(),
                        g.contactRol() == null && g.contactTelefoon() == null
                                ? null
                                : new ContactpersoonView(g.contactRol(), g.contactTelefoon()),
                        g.gewijzigdOp()))
                .toList();
    }
}
