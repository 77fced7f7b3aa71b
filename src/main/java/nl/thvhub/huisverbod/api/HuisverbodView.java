package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.AdviesKeuze;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.GgzBetrokkenheid;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Intrekkingsgrond;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.Verlengingsgrond;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;

/** The case as partners read it, over REST and GraphQL alike. Withheld categories are named in {@code onthouden}. */
@Schema(name = "Huisverbod")
@Type("Huisverbod")
@Description("Een tijdelijk huisverbod zoals de lezer het mag zien; wat het beleid onthoudt is null en staat in onthouden")
public record HuisverbodView(UUID id, String registratienummer, Gemeente gemeente, String wijk, Status status,
        Instant opgelegdOp,
        Instant eindmoment, Boolean verlengd, Boolean herhaling, HerhalingView herhalingVan, AdresView adres,
        List<@NotNull BetrokkeneView> betrokkenen, GeweldView geweld, Boolean strafrechtelijkTraject, String verblijfUhg,
        String verblijfAchterblijvers, HulpverleningView hulpverlening, Organisatie coordinerendeOrganisatie,
        Instant monitoringEinde, Instant peilmoment, List<@NotNull ToewijzingView> toewijzingen, AdviesView verlengingsadvies,
        VerlengingsbesluitView verlengingsbesluit,
        IntrekkingView intrekking, AfsluitingView afsluiting, OvertredingenView overtredingen,
        List<@NotNull GgzSignaalView> ggzSignalen, Boolean uhgBereikt, LaatsteContactView laatsteContact,
        MonitoringView monitoring,
        @Schema(deprecated = true, description = "Vervangen door taken (met vervaldatum); verdwijnt in de volgende versie") @Deprecated List<@NotNull String> openTaken,
        List<@NotNull TaakView> taken, List<@NotNull String> toegestaneActies,
        Integer versie,
        @NotNull List<@NotNull Categorie> onthouden,
        @Schema(description = "Per onthouden categorie (en per persoon waar het beleid per persoon beslist): waarom, met de grondslag van uw regel uit het deelbeleid") @Description("Per onthouden categorie (en per persoon): waarom, met de grondslag van uw regel") @NotNull List<@NotNull OnthoudingView> onthoudenUitleg)
        implements
            nl.thvhub.platform.Herleesbaar {

    public static final String SOORT = "huisverbod";
    /** Tasks of the care record: shown only to readers of its help data. */
    private static final java.util.Set<String> ZORGTAKEN = java.util.Set.of("UHG_NIET_BEREIKT", "VERWIJZING_NIET_GESTART",
            "PEILMOMENT_GEMIST", "OVERDRACHT_NIET_BEVESTIGD");
    /** Tasks of the criminal track: shown only to readers of STRAFRECHT. */
    private static final java.util.Set<String> STRAFTAKEN = java.util.Set.of("RECLASSERINGSADVIES_LEVEREN");

    /** A write's case view is read again on an Idempotency-Key replay, through the privacy decision of then. */
    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    @org.eclipse.microprofile.graphql.Ignore
    public nl.thvhub.platform.Herlezing herlezing() {
        return id == null ? null : new nl.thvhub.platform.Herlezing(SOORT, id, id);
    }

    /**
     * What makes this case a repeat, so a reader can check it: an earlier case ({@code huisverbodId}) on ground PERSOON,
     * ADRES or PERSOON_EN_ADRES, or a gemeente's import of historical THVs naming the UHG (ground IMPORT, with
     * {@code importId} and {@code geimporteerdOp}; {@code huisverbodId} is then null).
     */
    @Schema(name = "Herhaling")
    @Type("Herhaling")
    public record HerhalingView(UUID huisverbodId, @NotNull nl.thvhub.huisverbod.Herhalingsgrond grond, UUID importId,
            Instant geimporteerdOp) {

        static HerhalingView van(Huisverbod h) {
            if (h.herhalingImport() != null) {
                return new HerhalingView(null, h.herhalingGrond(), h.herhalingImport().importId(),
                        h.herhalingImport().geimporteerdOp());
            }
            return h.herhalingVan() == null ? null : new HerhalingView(h.herhalingVan(), h.herhalingGrond(), null, null);
        }
    }

    /** The THV address. */
    @Schema(name = "HuisverbodAdres")
    @Type("HuisverbodAdres")
    public record AdresView(@NotNull String straat, @NotNull String huisnummer, @NotNull String postcode,
            @NotNull String plaats) {
    }

    /** A person involved in the case. */
    @Schema(name = "Betrokkene")
    @Type("Betrokkene")
    public record BetrokkeneView(@NotNull UUID id, @NotNull BetrokkeneRol rol, @NotNull String naam,
            @NotNull LocalDate geboortedatum) {
    }

    /** The violence that led to the THV. */
    @Schema(name = "Geweld")
    @Type("Geweld")
    public record GeweldView(@NotNull GeweldType type, @NotNull GeweldErnst ernst, @NotNull JaNeeOnduidelijk intiemeTerreur) {
    }

    /** An active assignment. */
    @Schema(name = "Toewijzing")
    @Type("Toewijzing")
    public record ToewijzingView(@NotNull ToewijzingRol rol, @NotNull String gebruikersnaam, @NotNull Organisatie organisatie,
            @NotNull Instant toegewezenOp,
            @Schema(description = "De betrokkenen die deze toewijzing dekt, voor zover u ze ziet; null: iedereen") List<@NotNull UUID> betrokkenen) {
    }

    /** The coordinator's advice on extension. */
    @Schema(name = "Verlengingsadvies")
    @Type("Verlengingsadvies")
    public record AdviesView(@NotNull AdviesKeuze advies,
            @Schema(description = "De gronden voor verlenging (VERLENGINGSADVIES); null als onthouden") List<@NotNull Verlengingsgrond> gronden,
            String motivering, @NotNull Instant gegevenOp) {
    }

    /** The mayor's decision on extension, either way (issue 34.4). */
    @Schema(name = "Verlengingsbesluit")
    @Type("Verlengingsbesluit")
    public record VerlengingsbesluitView(@NotNull AdviesKeuze besluit, @NotNull Instant genomenOp,
            @Schema(description = "De motivering van de burgemeester (GEWELD); null als onthouden of niet gegeven") String motivering) {
    }

    /** Withdrawal, if any. */
    @Schema(name = "Intrekking")
    @Type("Intrekking")
    public record IntrekkingView(@NotNull Instant ingetrokkenOp, String reden,
            @Schema(description = "De gecodeerde grond; null als die niet is opgegeven") Intrekkingsgrond grond) {
    }

    /**
     * Closing with warme overdracht, if closed: to whom, which hub partner receives it (null: a party outside the hub),
     * why there was no joint talk, and the confirmation of receipt once given.
     */
    @Schema(name = "Afsluiting")
    @Type("Afsluiting")
    public record AfsluitingView(@NotNull Instant afgeslotenOp, String overdrachtAan, @NotNull LocalDate overdrachtDatum,
            @NotNull boolean gezamenlijkGesprek, String geenGesprekReden, Organisatie overdrachtOrganisatie,
            OverdrachtBevestigingView bevestiging) {
    }

    /** Receipt of the warm hand-over confirmed: the day, by whom and for which organisation. */
    @Schema(name = "OverdrachtBevestiging")
    @Type("OverdrachtBevestiging")
    public record OverdrachtBevestigingView(@NotNull LocalDate bevestigdOp, String bevestigdDoor,
            @NotNull Organisatie organisatie, @NotNull Instant vastgelegdOp) {
    }

    /**
     * Monitoring after the THV (category HULPVERLENING): the last check-in, whether the six-week check-in is on track,
     * the monitoring report ({@code OPGESTELD}, {@code AFGEZIEN}, or null while there is none), the last extension of
     * monitoring and, when it ended before its planned end, why.
     */
    @Schema(name = "MonitoringStand")
    @Type("MonitoringStand")
    public record MonitoringView(LaatstePeilmomentView laatstePeilmoment, @NotNull boolean opSchema, String eindrapport,
            MonitoringverlengingView verlenging, BeeindigingView beeindiging) {
    }

    /** The last extension of monitoring: why (coded and in text) and when; the new end is the case's monitoringEinde. */
    @Schema(name = "Monitoringverlenging")
    @Type("Monitoringverlenging")
    public record MonitoringverlengingView(@NotNull nl.thvhub.huisverbod.Monitoringverlengingsreden reden,
            @NotNull String toelichting, @NotNull Instant op) {
    }

    /** Monitoring ended before its planned end: when, on which coded ground (null before issue 35), and why. */
    @Schema(name = "Beeindiging")
    @Type("Beeindiging")
    public record BeeindigingView(@NotNull Instant op, nl.thvhub.huisverbod.Beeindigingsgrond grond, String reden) {
    }

    /** The last monitoring check-in in short: its date, whether it was safe and whether help runs. */
    @Schema(name = "LaatstePeilmoment")
    @Type("LaatstePeilmoment")
    public record LaatstePeilmomentView(@NotNull LocalDate datum, @NotNull String veilig, @NotNull String hulpLoopt) {
    }

    /**
     * Violations of the THV: confirmed ones, suspected ones awaiting the police, confirmed ones without follow-up, and
     * the follow-ups (category OVERTREDINGEN).
     */
    @Schema(name = "OvertredingenSamenvatting")
    @Type("OvertredingenSamenvatting")
    public record OvertredingenView(@NotNull int aantal, @NotNull int vermoed, @NotNull int zonderVervolg,
            @NotNull List<@NotNull Vervolgactie> vervolgacties) {
    }

    /** The GGZ flag for one person (category GGZ, per person): never a diagnosis or treatment. */
    @Schema(name = "GgzSignaalInZaak")
    @Type("GgzSignaalInZaak")
    public record GgzSignaalView(@NotNull UUID betrokkeneId, @NotNull GgzBetrokkenheid betrokkenheid, String instelling,
            ContactpersoonView contactpersoon, @NotNull Instant gewijzigdOp) {
    }

    /** A contact at the GGZ institution: a role and a phone number, not a name. */
    @Schema(name = "GgzContactpersoon")
    @Type("GgzContactpersoon")
    public record ContactpersoonView(String rol, String telefoon) {
    }

    /** The last contact attempt with a person the reader may see help data of (category HULPVERLENING, per person). */
    @Schema(name = "LaatsteContact")
    @Type("LaatsteContact")
    public record LaatsteContactView(@NotNull UUID betrokkeneId, @NotNull LocalDate datum, @NotNull String vorm,
            @NotNull boolean bereikt) {
    }

    /** The help plan and safety agreements. */
    @Schema(name = "HulpverleningInZaak")
    @Type("HulpverleningInZaak")
    public record HulpverleningView(String plan, String veiligheidsafspraken) {
    }

    /**
     * Redacts the case by the privacy decision, field by field: a field whose category may not be shown is null, a person
     * whose identity may not be shown is left out, and the withheld categories are named in {@code onthouden}.
     */
    public static HuisverbodView of(Inzage inzage, Instant now) {
        Huisverbod h = inzage.zaak();
        Besluit b = inzage.besluit();
        boolean kern = b.mag(Categorie.KERN);
        Huisverbod.Adres a = h.adres();
        List<BetrokkeneView> personen = h.betrokkenen().stream()
                .filter(p -> b.mag(p.rol() == BetrokkeneRol.KIND ? Categorie.KINDEREN : Categorie.IDENTITEIT, p.id()))
                .map(p -> new BetrokkeneView(p.id(), p.rol(), p.naam(), p.geboortedatum())).toList();
        boolean kinderen = h.betrokkenen().stream().filter(p -> p.rol() == BetrokkeneRol.KIND)
                .allMatch(p -> b.mag(Categorie.KINDEREN, p.id()));
        boolean hulp = b.magIets(Categorie.HULPVERLENING);
        List<String> openTaken = inzage.taken().stream().filter(t -> kinderen || !t.equals("GEZINSMANAGER_TOEWIJZEN"))
                .filter(t -> hulp || !ZORGTAKEN.contains(t))
                .filter(t -> b.mag(Categorie.STRAFRECHT) || !STRAFTAKEN.contains(t)).toList();
        Huisverbod.Hulpverlening hv = h.hulpverlening();
        return new HuisverbodView(kern ? h.id() : null, kern ? h.registratienummer() : null, kern ? h.gemeente() : null,
                kern ? h.wijk() : null, kern ? h.status(now) : null, kern ? h.opgelegdOp() : null,
                kern ? h.eindmoment() : null,
                kern ? h.verlengd() : null, kern ? h.herhalingGrond() != null : null,
                kern ? HerhalingView.van(h) : null,
                b.mag(Categorie.WONING) ? new AdresView(a.straat(), a.huisnummer(), a.postcode(), a.plaats()) : null,
                personen.isEmpty() && !h.betrokkenen().isEmpty() ? null : personen,
                b.mag(Categorie.GEWELD)
                        ? new GeweldView(h.geweldType(), h.geweldErnst(), h.intiemeTerreur())
                        : null,
                b.mag(Categorie.STRAFRECHT) ? h.strafrechtelijkTraject() : null,
                b.mag(Categorie.VERBLIJF_UHG) ? h.verblijfUhg() : null,
                b.mag(Categorie.VERBLIJF_AB) ? h.verblijfAchterblijvers() : null,
                b.mag(Categorie.HULPVERLENING) && hv != null
                        ? new HulpverleningView(hv.plan(), hv.veiligheidsafspraken())
                        : null,
                kern ? h.coordinerendeOrganisatie() : null, kern ? h.monitoringEinde() : null,
                kern ? h.peilmoment() : null,
                kern
                        ? h.toewijzingen().stream()
                                .filter(t -> b.magToewijzing(t.rol().name()))
                                .map(t -> new ToewijzingView(t.rol(), t.gebruikersnaam(), t.organisatie(),
                                        t.toegewezenOp(), t.iedereen() ? null : zichtbaar(t.betrokkenen(), personen)))
                                .toList()
                        : null,
                kern && h.verlengingsadvies() != null
                        ? new AdviesView(h.verlengingsadvies().advies(),
                                b.magVeld("verlengingsadvies.gronden") ? h.verlengingsadvies().gronden() : null,
                                b.magVeld("verlengingsadvies.motivering") ? h.verlengingsadvies().motivering() : null,
                                h.verlengingsadvies().op())
                        : null,
                kern && h.verlengingsbesluit() != null
                        ? new VerlengingsbesluitView(h.verlengingsbesluit().besluit(), h.verlengingsbesluit().op(),
                                b.magVeld("verlengingsbesluit.motivering") ? h.verlengingsbesluit().motivering() : null)
                        : null,
                kern && h.ingetrokkenOp() != null
                        ? new IntrekkingView(h.ingetrokkenOp(), h.intrekkingReden(), h.intrekkingGrond())
                        : null,
                b.mag(Categorie.HULPVERLENING) && h.overdracht() != null ? afsluiting(h) : null,
                b.mag(Categorie.OVERTREDINGEN) ? overtredingen(h.signalen().overtredingen()) : null,
                ggz(h, b), uhgBereikt(h, b), laatsteContact(h, b),
                b.mag(Categorie.HULPVERLENING) ? monitoring(h, inzage.taken()) : null,
                kern ? openTaken : null,
                kern ? inzage.werk().stream().map(t -> TaakView.van(t, now)).toList() : null,
                kern ? h.toegestaneActies(now).stream().map(Actie::pad).toList() : null,
                kern ? h.versie() : null,
                b.onthouden().stream().sorted().toList(),
                uitleg(b, personen));
    }

    /** The persons of an assignment the reader may see (an id never reveals that a hidden person exists). */
    private static List<UUID> zichtbaar(List<UUID> ids, List<BetrokkeneView> personen) {
        return ids.stream().filter(id -> personen.stream().anyMatch(p -> p.id().equals(id))).toList();
    }

    /**
     * The explanations, per person only for persons the reader may see (an explanation never reveals that a hidden
     * person exists: it then speaks of the case), without repeats.
     */
    private static List<OnthoudingView> uitleg(Besluit b, List<BetrokkeneView> zichtbaar) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        zichtbaar.forEach(p -> ids.add(p.id()));
        return b.toelichting().stream()
                .map(o -> new OnthoudingView(o.categorie(), ids.contains(o.betrokkeneId()) ? o.betrokkeneId() : null,
                        o.reden(), o.grondslag()))
                .distinct().toList();
    }

    /** Why a category is withheld from this reader (about one person where {@code betrokkeneId} is set). */
    @Schema(name = "Onthouding")
    @Type("Onthouding")
    public record OnthoudingView(@NotNull Categorie categorie, UUID betrokkeneId,
            @NotNull nl.thvhub.privacy.Onthoudingsreden reden, @NotNull String grondslag) {
    }

    private static AfsluitingView afsluiting(Huisverbod h) {
        Huisverbod.Overdracht o = h.overdracht();
        Huisverbod.Bevestiging bv = o.bevestiging();
        return new AfsluitingView(h.afgeslotenOp(), o.aan(), o.datum(), o.gezamenlijkGesprek(), o.geenGesprekReden(),
                o.organisatie(),
                bv == null ? null : new OverdrachtBevestigingView(bv.op(), bv.door(), bv.organisatie(), bv.vastgelegdOp()));
    }

    private static MonitoringView monitoring(Huisverbod h, List<String> taken) {
        Huisverbod.Peilmoment p = h.signalen().opvolging().laatstePeilmoment();
        Huisverbod.Monitoringverlenging v = h.monitoringVerlenging();
        return new MonitoringView(p == null ? null : new LaatstePeilmomentView(p.datum(), p.veilig(), p.hulpLoopt()),
                !taken.contains("PEILMOMENT_GEMIST"), h.signalen().opvolging().eindrapport(),
                v == null ? null : new MonitoringverlengingView(v.reden(), v.toelichting(), v.op()),
                h.beeindigdOp() == null
                        ? null
                        : new BeeindigingView(h.beeindigdOp(), h.beeindigingGrond(), h.beeindigingReden()));
    }

    /** Whether every UHG was reached; null unless the reader may see help data of every UHG. */
    private static Boolean uhgBereikt(Huisverbod h, Besluit b) {
        List<Huisverbod.Betrokkene> uhg = h.betrokkenen().stream().filter(p -> p.rol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                .toList();
        if (uhg.isEmpty() || !uhg.stream().allMatch(p -> b.mag(Categorie.HULPVERLENING, p.id()))) {
            return null;
        }
        return uhg.stream().allMatch(p -> h.signalen().zorg().bereikt(p.id()));
    }

    /** The latest contact attempt among the persons the reader may see help data of. */
    private static LaatsteContactView laatsteContact(Huisverbod h, Besluit b) {
        return h.signalen().zorg().laatsteContacten().stream().filter(c -> b.mag(Categorie.HULPVERLENING, c.betrokkeneId()))
                .max(java.util.Comparator.comparing(Huisverbod.Contact::datum))
                .map(c -> new LaatsteContactView(c.betrokkeneId(), c.datum(), c.vorm(), c.bereikt())).orElse(null);
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
