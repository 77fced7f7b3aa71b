package nl.thvhub.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.security.Organisatie;

/**
 * The one way plain tests make a case ({@link Huisverbod}, no database): imposed in Amsterdam's wijk centrum at a given
 * moment, coordinated by Blijf Groep, a UHG and a victim, nothing else happened; each method sets what did happen since.
 * The record has 31 components, so tests that spell them out break on every new one and hide what they are about.
 */
public final class Zaakbouwer {

    private final Instant opgelegdOp;
    private final List<Huisverbod.Betrokkene> betrokkenen = new ArrayList<>();
    private final List<Huisverbod.Toewijzing> toewijzingen = new ArrayList<>();
    private Organisatie coordinator = Organisatie.BLIJF_GROEP;
    private boolean strafrechtelijkTraject = true;
    private Huisverbod.Advies advies;
    private Instant verlengdOp;
    private Instant ingetrokkenOp;
    private Instant beeindigdOp;
    private Instant afgeslotenOp;
    private Huisverbod.Overdracht overdracht;
    private Huisverbod.Signalen signalen = Huisverbod.Signalen.GEEN;
    private boolean eigenPersonen;

    private Zaakbouwer(Instant opgelegdOp) {
        this.opgelegdOp = opgelegdOp;
        betrokkenen.add(persoon(BetrokkeneRol.UITHUISGEPLAATSTE, LocalDate.of(1980, 1, 1)));
        betrokkenen.add(persoon(BetrokkeneRol.ACHTERBLIJVER, LocalDate.of(1982, 2, 2)));
    }

    /** A case imposed at this moment. */
    public static Zaakbouwer opgelegdOp(Instant opgelegdOp) {
        return new Zaakbouwer(opgelegdOp);
    }

    private static Huisverbod.Betrokkene persoon(BetrokkeneRol rol, LocalDate geboren) {
        return new Huisverbod.Betrokkene(UUID.randomUUID(), rol, rol.name().substring(0, 1), geboren);
    }

    /** These persons instead of the default UHG and victim (the first call replaces them, later calls add). */
    public Zaakbouwer met(Huisverbod.Betrokkene... personen) {
        if (!eigenPersonen) {
            betrokkenen.clear();
            eigenPersonen = true;
        }
        betrokkenen.addAll(List.of(personen));
        return this;
    }

    /** A child added to the persons. */
    public Zaakbouwer metKind() {
        betrokkenen.add(persoon(BetrokkeneRol.KIND, LocalDate.of(2018, 5, 5)));
        return this;
    }

    /** An assignment of this user in this role, at the moment of imposition, to someone of the given organisation. */
    public Zaakbouwer toegewezen(ToewijzingRol rol, String gebruikersnaam, Organisatie organisatie) {
        toewijzingen.add(new Huisverbod.Toewijzing(UUID.randomUUID(), rol, gebruikersnaam, organisatie, opgelegdOp));
        return this;
    }

    /** A coordinator's assignment covering only the persons of these roles (a coordinator for the UHG, one for the victims). */
    public Zaakbouwer coordinatorVoor(String gebruikersnaam, BetrokkeneRol... rollen) {
        List<BetrokkeneRol> welke = List.of(rollen);
        List<UUID> gedekt = betrokkenen.stream().filter(b -> welke.contains(b.rol())).map(Huisverbod.Betrokkene::id).toList();
        toewijzingen.add(new Huisverbod.Toewijzing(UUID.randomUUID(), ToewijzingRol.ZORGCOORDINATOR, gebruikersnaam,
                coordinator, opgelegdOp.plusSeconds(toewijzingen.size()), gedekt));
        return this;
    }

    /** These assignments as they are. */
    public Zaakbouwer toewijzingen(List<Huisverbod.Toewijzing> lijst) {
        toewijzingen.addAll(lijst);
        return this;
    }

    public Zaakbouwer coordinerendeOrganisatie(Organisatie organisatie) {
        this.coordinator = organisatie;
        return this;
    }

    public Zaakbouwer strafrechtelijkTraject(boolean traject) {
        this.strafrechtelijkTraject = traject;
        return this;
    }

    public Zaakbouwer advies(Huisverbod.Advies gegeven) {
        this.advies = gegeven;
        return this;
    }

    public Zaakbouwer verlengdOp(Instant moment) {
        this.verlengdOp = moment;
        return this;
    }

    public Zaakbouwer ingetrokkenOp(Instant moment) {
        this.ingetrokkenOp = moment;
        return this;
    }

    public Zaakbouwer beeindigdOp(Instant moment) {
        this.beeindigdOp = moment;
        return this;
    }

    public Zaakbouwer afgeslotenOp(Instant moment) {
        this.afgeslotenOp = moment;
        return this;
    }

    public Zaakbouwer overdracht(Huisverbod.Overdracht gedaan) {
        this.overdracht = gedaan;
        return this;
    }

    public Zaakbouwer signalen(Huisverbod.Signalen bekend) {
        this.signalen = bekend;
        return this;
    }

    /** The case, its deadlines computed by the hub's own rules from what happened. */
    public Huisverbod bouw() {
        Instant eind = Huisverbod.eindmoment(opgelegdOp, verlengdOp != null);
        return new Huisverbod(UUID.randomUUID(), "THV-1", Gemeente.AMSTERDAM, "centrum",
                new Huisverbod.Adres("Teststraat", "1", "1011AB", "Amsterdam"), opgelegdOp, eind,
                Huisverbod.monitoringEinde(eind, coordinator), coordinator, GeweldType.PARTNERGEWELD, GeweldErnst.ERNSTIG,
                JaNeeOnduidelijk.NEE, strafrechtelijkTraject, null, null, null, advies, verlengdOp, null, ingetrokkenOp, null,
                null, beeindigdOp, null, null, null, afgeslotenOp, overdracht, 1, List.copyOf(betrokkenen),
                List.copyOf(toewijzingen), null,
                null, null, signalen);
    }
}
