package nl.thvhub.huisverbod;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * The rule of every task kind in Java, derived from the case's state like its status: no scheduler is needed for a task
 * to open or close. {@code TaakRepository} holds the same rule in SQL for the work queue; {@code TaakregelsSqlTest}
 * pins the two to each other on the same rows.
 */
public final class Taakregels {

    private static final Taak.Houder VEILIG_THUIS = new Taak.Houder(Organisatie.VEILIG_THUIS, Rol.VEILIG_THUIS, null);

    /** An ICM review enters its owner's work queue this many days before its date (issue 35.2). */
    public static final int ICM_VOORAF_DAGEN = 14;

    private Taakregels() {
    }

    /** The tasks open on this case at this moment, in a stable order (kind, then person). */
    public static List<Taak> open(Huisverbod h, Instant now, Taaktermijnen t) {
        List<Taak> taken = new ArrayList<>();
        boolean open = h.afgeslotenOp() == null && h.ingetrokkenOp() == null;
        Status status = h.status(now);
        Taak.Houder coordinator = coordinator(h, null);
        Instant opgelegd = h.opgelegdOp();
        if (open && h.toewijzingen(ToewijzingRol.ZORGCOORDINATOR).isEmpty()) {
            taken.add(taak(h, Taaksoort.ZORGCOORDINATOR_TOEWIJZEN, null, opgelegd, eindeVanDag(opgelegd), VEILIG_THUIS));
        }
        if (open && h.heeftMinderjarigen() && h.gemeente() != Gemeente.AMSTELVEEN && h.gemeente() != Gemeente.AALSMEER
                && h.toewijzingen(ToewijzingRol.GEZINSMANAGER).isEmpty()) {
            taken.add(taak(h, Taaksoort.GEZINSMANAGER_TOEWIJZEN, null, opgelegd, opgelegd.plus(t.gezinsmanager()),
                    VEILIG_THUIS));
        }
        if (open) {
            LocalDate dag = LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE);
            for (Huisverbod.Betrokkene p : h.betrokkenen()) {
                boolean volwassen = p.rol() != BetrokkeneRol.KIND && !p.geboortedatum().plusYears(18).isAfter(dag);
                if (volwassen && !h.signalen().zorg().bereikt(p.id())) {
                    taken.add(taak(h, Taaksoort.EERSTE_CONTACT, p, opgelegd, opgelegd.plus(t.eersteContact()),
                            coordinator(h, p.id())));
                }
            }
        }
        if (status == Status.OPGELEGD && h.verlengingsadvies() == null) {
            taken.add(taak(h, Taaksoort.VERLENGINGSADVIES_GEVEN, null, opgelegd,
                    h.eindmoment().minus(t.verlengingsadviesVoorEinde()), coordinator));
        }
        if (status == Status.OPGELEGD && h.verlengingsadvies() != null && h.verlengingsbesluit() == null) {
            taken.add(taak(h, Taaksoort.VERLENGING_BESLUITEN, null, h.verlengingsadvies().op(), h.eindmoment(),
                    new Taak.Houder(Organisatie.GEMEENTE, Rol.GEMEENTE, null)));
        }
        Huisverbod.Opvolging opvolging = h.signalen().opvolging();
        if ((status == Status.OPGELEGD || status == Status.VERLENGD) && h.strafrechtelijkTraject()
                && !opvolging.zsmBeoordeeld()) {
            taken.add(taak(h, Taaksoort.ZSM_BEOORDELEN, null, opgelegd, h.eindmoment(),
                    new Taak.Houder(Organisatie.OM, Rol.OM_ZSM, null)));
        }
        Instant overtreding = h.signalen().overtredingen().oudsteZonderVervolg();
        if (open && overtreding != null) {
            taken.add(taak(h, Taaksoort.OVERTREDING_OPVOLGEN, null, overtreding, overtreding.plus(t.overtredingOpvolgen()),
                    new Taak.Houder(Organisatie.POLITIE, Rol.WIJKAGENT, null)));
        }
        LocalDate verwijzing = h.signalen().zorg().verwijzingOpenSinds();
        if (open && verwijzing != null) {
            Instant sinds = verwijzing.atStartOfDay(Huisverbod.TIJDZONE).toInstant();
            taken.add(taak(h, Taaksoort.VERWIJZING_STARTEN, null, sinds, sinds.plus(t.verwijzingGestart()), coordinator));
        }
        Instant peilVanaf = h.peilmoment().minus(t.peilmomentMarge());
        Huisverbod.Peilmoment laatste = opvolging.laatstePeilmoment();
        if (status == Status.MONITORING && !now.isBefore(peilVanaf) && (laatste == null
                || laatste.datum().isBefore(LocalDate.ofInstant(peilVanaf, Huisverbod.TIJDZONE)))) {
            taken.add(taak(h, Taaksoort.PEILMOMENT_HOUDEN, null, peilVanaf, h.peilmoment().plus(t.peilmomentMarge()),
                    coordinator));
        }
        Instant monitoringTot = h.beeindigdOp() != null && h.beeindigdOp().isBefore(h.monitoringEinde())
                ? h.beeindigdOp()
                : h.monitoringEinde();
        Instant rapportVanaf = min(h.beeindigdOp(), h.monitoringEinde().minus(t.eindrapportOpent()));
        if (open && !now.isBefore(h.eindmoment()) && opvolging.eindrapport() == null && !now.isBefore(rapportVanaf)) {
            taken.add(taak(h, Taaksoort.EINDRAPPORT_OPSTELLEN, null, rapportVanaf, monitoringTot, coordinator));
        }
        if (status == Status.BEEINDIGD) {
            taken.add(taak(h, Taaksoort.AFSLUITEN, null, monitoringTot, monitoringTot.plus(t.afsluiten()), coordinator));
        }
        Huisverbod.Overdracht overdracht = h.overdracht();
        if (h.afgeslotenOp() != null && overdracht != null && overdracht.organisatie() != null
                && overdracht.bevestiging() == null
                && (overdracht.bereikTot() == null || now.isBefore(overdracht.bereikTot()))) {
            taken.add(taak(h, Taaksoort.OVERDRACHT_BEVESTIGEN, null, h.afgeslotenOp(),
                    h.afgeslotenOp().plus(t.overdrachtBevestiging()), new Taak.Houder(overdracht.organisatie(), null, null)));
        }
        Huisverbod.Adviesaanvraag advies = opvolging.reclasseringsadvies();
        if (open && advies != null && advies.loopt(now)) {
            taken.add(taak(h, Taaksoort.RECLASSERINGSADVIES_LEVEREN, null, advies.aangevraagdOp(),
                    advies.termijn().plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant(),
                    new Taak.Houder(Organisatie.RECLASSERING, Rol.RECLASSERING, null)));
        }
        Huisverbod.Zorgadviesaanvraag inbreng = opvolging.zorgadviesaanvraag();
        if (open && inbreng != null) {
            taken.add(taak(h, Taaksoort.ZORGINBRENG_GEVEN, null, inbreng.gevraagdOp(), inbreng.vervaltOp(), coordinator));
        }
        Huisverbod.Politieverzoek verzoek = opvolging.politieverzoek();
        if (open && verzoek != null) {
            Huisverbod.Betrokkene uhg = h.betrokkenen().stream().filter(b -> b.id().equals(verzoek.betrokkeneId()))
                    .findFirst().orElse(null);
            taken.add(taak(h, Taaksoort.POLITIEVERZOEK_UITVOEREN, uhg, verzoek.gevraagdOp(), verzoek.vervaltOp(),
                    new Taak.Houder(Organisatie.POLITIE, null, null)));
            taken.add(taak(h, Taaksoort.POLITIEVERZOEK_AFWACHTEN, uhg, verzoek.gevraagdOp(), verzoek.vervaltOp(),
                    new Taak.Houder(h.coordinerendeOrganisatie(), null, verzoek.gevraagdDoor())));
        }
        Huisverbod.GgzVraag vraag = opvolging.ggzVraag();
        if (open && vraag != null && h.ggzVraagOpen(now)) {
            Huisverbod.Betrokkene persoon = h.betrokkenen().stream().filter(b -> b.id().equals(vraag.betrokkeneId()))
                    .findFirst().orElse(null);
            taken.add(taak(h, Taaksoort.GGZ_BEKEND_BEANTWOORDEN, persoon, vraag.gevraagdOp(),
                    vraag.gevraagdOp().plus(t.ggzVraag()), new Taak.Houder(Organisatie.GGZ, Rol.GGZ, null)));
        }
        for (Huisverbod.Nazorg n : opvolging.nazorg()) {
            if (h.afgeslotenOp() == null || !"ICM".equals(n.soort()) || n.evaluatieOp() == null) {
                continue;
            }
            Instant vanaf = n.evaluatieOp().minusDays(ICM_VOORAF_DAGEN).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
            if (!now.isBefore(vanaf)) {
                taken.add(taak(h, Taaksoort.ICM_EVALUEREN, null, vanaf,
                        n.evaluatieOp().plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant(),
                        new Taak.Houder(n.organisatie(), null, n.eigenaar())));
            }
        }
        return taken;
    }

    /**
     * Coordinator tasks are held by the coordinating organisation, and by an assigned coordinator where there is one: for
     * a person's task the coordinator covering that person (the UHG's own), else {@link Huisverbod#coordinatorVoor}.
     */
    private static Taak.Houder coordinator(Huisverbod h, java.util.UUID betrokkene) {
        Huisverbod.Toewijzing toegewezen = h.coordinatorVoor(betrokkene);
        return new Taak.Houder(h.coordinerendeOrganisatie(), null, toegewezen == null ? null : toegewezen.gebruikersnaam());
    }

    /** The first moment of the next calendar day in Amsterdam: a task due "the day of" is due at its end. */
    static Instant eindeVanDag(Instant moment) {
        return LocalDate.ofInstant(moment, Huisverbod.TIJDZONE).plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static Taak taak(Huisverbod h, Taaksoort soort, Huisverbod.Betrokkene p, Instant sinds, Instant vervaltOp,
            Taak.Houder houder) {
        return new Taak(soort, h.id(), h.registratienummer(), p == null ? null : p.id(), p == null ? null : p.rol(), sinds,
                vervaltOp, houder);
    }
}
