package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.Huisverbod;

/** The case as partners read it, over REST and GraphQL alike. Withheld categories are named in {@code onthouden}. */
public record HuisverbodView(UUID id, String registratienummer, String gemeente, String wijk, String status, Instant opgelegdOp,
        Instant eindmoment, boolean verlengd, boolean herhaling, HerhalingView herhalingVan, AdresView adres,
        List<BetrokkeneView> betrokkenen, GeweldView geweld, Boolean strafrechtelijkTraject, String coordinerendeOrganisatie,
        Instant monitoringEinde, Instant peilmoment, List<ToewijzingView> toewijzingen, AdviesView verlengingsadvies,
        IntrekkingView intrekking, AfsluitingView afsluiting, List<String> openTaken, List<String> toegestaneActies, int versie,
        List<String> onthouden) {

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

    public static HuisverbodView of(Huisverbod h, Instant now) {
        Huisverbod.Adres a = h.adres();
        return new HuisverbodView(h.id(), h.registratienummer(), h.gemeente().name(), h.wijk(), h.status(now).name(),
                h.opgelegdOp(),
                h.eindmoment(), h.verlengd(), h.herhalingVan() != null,
                h.herhalingVan() == null ? null : new HerhalingView(h.herhalingVan(), h.herhalingGrond()),
                new AdresView(a.straat(), a.huisnummer(), a.postcode(), a.plaats()),
                h.betrokkenen().stream().map(b -> new BetrokkeneView(b.id(), b.rol().name(), b.naam(), b.geboortedatum()))
                        .toList(),
                new GeweldView(h.geweldType().name(), h.geweldErnst().name(), h.intiemeTerreur().name()),
                h.strafrechtelijkTraject(),
                h.coordinerendeOrganisatie().name(), h.monitoringEinde(), h.peilmoment(),
                h.toewijzingen().stream()
                        .map(t -> new ToewijzingView(t.rol().name(), t.gebruikersnaam(), t.organisatie().name(),
                                t.toegewezenOp()))
                        .toList(),
                h.verlengingsadvies() == null
                        ? null
                        : new AdviesView(h.verlengingsadvies().advies(), h.verlengingsadvies().motivering(),
                                h.verlengingsadvies().op()),
                h.ingetrokkenOp() == null ? null : new IntrekkingView(h.ingetrokkenOp(), h.intrekkingReden()),
                h.overdracht() == null
                        ? null
                        : new AfsluitingView(h.afgeslotenOp(), h.overdracht().aan(), h.overdracht().datum(),
                                h.overdracht().gezamenlijkGesprek()),
                h.openTaken(now), h.toegestaneActies(now).stream().map(Actie::pad).toList(), h.versie(), List.of());
    }
}
