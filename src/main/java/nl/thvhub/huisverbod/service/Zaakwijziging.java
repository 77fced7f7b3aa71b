package nl.thvhub.huisverbod.service;

import java.time.Instant;

import nl.thvhub.huisverbod.Huisverbod;

/** Copy-with for the lifecycle columns of the immutable case record: each transition names only what it changes. */
final class Zaakwijziging {

    private final Huisverbod h;
    private Instant eindmoment;
    private Instant monitoringEinde;
    private Huisverbod.Advies advies;
    private Instant verlengdOp;
    private Huisverbod.Verlengingsbesluit verlengingsbesluit;
    private Instant ingetrokkenOp;
    private String intrekkingReden;
    private nl.thvhub.huisverbod.Intrekkingsgrond intrekkingGrond;
    private Instant beeindigdOp;
    private String beeindigingReden;
    private nl.thvhub.huisverbod.Beeindigingsgrond beeindigingGrond;
    private Huisverbod.Monitoringverlenging monitoringVerlenging;
    private Instant afgeslotenOp;
    private Huisverbod.Overdracht overdracht;
    private Huisverbod.Hulpverlening hulpverlening;

    Zaakwijziging(Huisverbod h) {
        this.h = h;
        eindmoment = h.eindmoment();
        monitoringEinde = h.monitoringEinde();
        advies = h.verlengingsadvies();
        verlengdOp = h.verlengdOp();
        verlengingsbesluit = h.verlengingsbesluit();
        ingetrokkenOp = h.ingetrokkenOp();
        intrekkingReden = h.intrekkingReden();
        intrekkingGrond = h.intrekkingGrond();
        beeindigdOp = h.beeindigdOp();
        beeindigingReden = h.beeindigingReden();
        beeindigingGrond = h.beeindigingGrond();
        monitoringVerlenging = h.monitoringVerlenging();
        afgeslotenOp = h.afgeslotenOp();
        overdracht = h.overdracht();
        hulpverlening = h.hulpverlening();
    }

    Zaakwijziging eindmoment(Instant v) {
        eindmoment = v;
        return this;
    }

    Zaakwijziging monitoringEinde(Instant v) {
        monitoringEinde = v;
        return this;
    }

    Zaakwijziging advies(Huisverbod.Advies v) {
        advies = v;
        return this;
    }

    Zaakwijziging verlengdOp(Instant v) {
        verlengdOp = v;
        return this;
    }

    Zaakwijziging verlengingsbesluit(Huisverbod.Verlengingsbesluit v) {
        verlengingsbesluit = v;
        return this;
    }

    Zaakwijziging intrekkingGrond(nl.thvhub.huisverbod.Intrekkingsgrond v) {
        intrekkingGrond = v;
        return this;
    }

    Zaakwijziging ingetrokkenOp(Instant v) {
        ingetrokkenOp = v;
        return this;
    }

    Zaakwijziging intrekkingReden(String v) {
        intrekkingReden = v;
        return this;
    }

    Zaakwijziging beeindigdOp(Instant v) {
        beeindigdOp = v;
        return this;
    }

    Zaakwijziging beeindigingReden(String v) {
        beeindigingReden = v;
        return this;
    }

    Zaakwijziging beeindigingGrond(nl.thvhub.huisverbod.Beeindigingsgrond v) {
        beeindigingGrond = v;
        return this;
    }

    Zaakwijziging monitoringVerlenging(Huisverbod.Monitoringverlenging v) {
        monitoringVerlenging = v;
        return this;
    }

    Zaakwijziging afgeslotenOp(Instant v) {
        afgeslotenOp = v;
        return this;
    }

    Zaakwijziging overdracht(Huisverbod.Overdracht v) {
        overdracht = v;
        return this;
    }

    Huisverbod build() {
        return new Huisverbod(h.id(), h.registratienummer(), h.gemeente(), h.wijk(), h.adres(), h.opgelegdOp(), eindmoment,
                monitoringEinde, h.coordinerendeOrganisatie(), h.geweldType(), h.geweldErnst(), h.intiemeTerreur(),
                h.strafrechtelijkTraject(), h.herhalingVan(), h.herhalingGrond(), h.herhalingImport(), advies, verlengdOp,
                verlengingsbesluit, ingetrokkenOp, intrekkingReden, intrekkingGrond,
                beeindigdOp, beeindigingReden, beeindigingGrond, monitoringVerlenging, afgeslotenOp, overdracht, h.versie(),
                h.betrokkenen(), h.toewijzingen(),
                h.verblijfUhg(), h.verblijfAchterblijvers(), hulpverlening, h.signalen());
    }

    static Zaakwijziging van(Huisverbod h) {
        return new Zaakwijziging(h);
    }
}
