package nl.thvhub.opvolging.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Deelwerk;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.opvolging.persistence.Opvolgingcodec;
import nl.thvhub.opvolging.persistence.PeilmomentRepository;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Besluit;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.service.Zorgdocumenten;
import nl.thvhub.zorg.service.Zorgrechten;

/**
 * Monitoring after the THV: the coordinator's check-ins and the monitoring report that closing needs (category
 * HULPVERLENING of the case; a person's referral outcome per person). Read and written through the access seam.
 */
@ApplicationScoped
public class MonitoringService {

    static final String EINDRAPPORT = "EINDRAPPORT";

    private final Zaaktoegang toegang;
    private final Zaakboek boek;
    private final PeilmomentRepository peilmomenten;
    private final Zorgdocumenten schrijver;
    private final Validator validator;

    MonitoringService(Zaaktoegang toegang, Zaakboek boek, PeilmomentRepository peilmomenten,
            Zorgdocumenten schrijver, Validator validator) {
        this.toegang = toegang;
        this.boek = boek;
        this.peilmomenten = peilmomenten;
        this.schrijver = schrijver;
        this.validator = validator;
    }

    /** The check-ins of a case, newest first; they are about the family, so every person's line is logged. */
    public Uni<List<Peilmoment.View>> peilmomenten(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.PEILMOMENTEN_LEZEN, null, (conn, inzage, now) -> {
            vereisHulp(inzage.besluit());
            return peilmomenten.list(conn, zaakId)
                    .map(l -> new Deelwerk.Deel<>(l, Zorgrechten.gezin(inzage.zaak(), Categorie.HULPVERLENING)));
        });
    }

    public Uni<Peilmoment.View> peilmomentVastleggen(Actor actor, UUID zaakId, Peilmoment.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        if (new HashSet<>(v.terugvalSignalen()).size() != v.terugvalSignalen().size()) {
            throw ProblemException.invalid("terugvalSignalen", "noemt een signaal meer dan eens");
        }
        return toegang.werk(actor, zaakId, AuditActie.PEILMOMENT_VASTGELEGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.PEILMOMENT, null);
            vereisHulp(inzage.besluit());
            Zorgrechten.open(h, now);
            if (v.datum().isAfter(LocalDate.ofInstant(now, Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("datum", "ligt in de toekomst");
            }
            if (v.datum().isBefore(LocalDate.ofInstant(h.opgelegdOp(), Huisverbod.TIJDZONE))) {
                throw ProblemException.invalid("datum", "ligt voor de oplegging van het huisverbod");
            }
            String toelichting = Invoer.tekst(v.toelichting());
            Peilmoment.View p = new Peilmoment.View(UUID.randomUUID(), zaakId, v.datum(), v.veilig(),
                    List.copyOf(v.terugvalSignalen()), v.hulpLoopt(), toelichting, actor.gebruikersnaam(),
                    actor.organisatie(), now);
            return peilmomenten.insert(conn, p)
                    .chain(() -> boek.gebeurtenis(conn, zaakId, Gebeurtenissoort.PEILMOMENT_VASTGELEGD, actor, now,
                            new JsonObject().put("peilmomentId", p.id().toString()).put("datum", p.datum().toString())
                                    .put("veilig", p.veilig().name())))
                    .replaceWith(new Deelwerk.Deel<>(p, Zorgrechten.gezin(h, Categorie.HULPVERLENING)));
        });
    }

    /** The monitoring report as the reader may see it: the case's outcome, and the referral outcome per visible person. */
    public Uni<Eindrapport.View> eindrapport(Actor actor, UUID zaakId) {
        return toegang.werk(actor, zaakId, AuditActie.EINDRAPPORT_LEZEN, null,
                (conn, inzage, now) -> view(conn, inzage));
    }

    /**
     * Writes the report (or its waiver) as the next version: the case's outcome on every measure, and for each person
     * named once the referral outcome; or only {@code afgezienReden}.
     */
    public Uni<Eindrapport.View> eindrapportVastleggen(Actor actor, UUID zaakId, Integer versie, Eindrapport.Vastlegging v) {
        Invoer.vereist(v);
        Invoer.valideer(validator, v);
        valideer(v);
        return toegang.werk(actor, zaakId, AuditActie.EINDRAPPORT_VASTGELEGD, null, (conn, inzage, now) -> {
            Huisverbod h = inzage.zaak();
            Zorgrechten.vereis(actor, h, Zorgrechten.Onderdeel.EINDRAPPORT, null);
            vereisHulp(inzage.besluit());
            Zorgrechten.open(h, now);
            List<Eindrapport.Persoon> personen = new ArrayList<>();
            List<Eindrapport.PersoonInvoer> invoer = v.verwijzingGeslaagd() == null ? List.of() : v.verwijzingGeslaagd();
            for (int i = 0; i < invoer.size(); i++) {
                Huisverbod.Betrokkene p = Zorgrechten.persoon(h, invoer.get(i).betrokkeneId(),
                        "verwijzingGeslaagd[" + i + "].betrokkeneId");
                personen.add(new Eindrapport.Persoon(p.id(), invoer.get(i).uitkomst()));
            }
            List<Eindrapport.ZonderVerwijzing> zonder = new ArrayList<>();
            List<Eindrapport.ZonderVerwijzingInvoer> zonderInvoer = v.zonderVerwijzing() == null
                    ? List.of()
                    : v.zonderVerwijzing();
            for (int i = 0; i < zonderInvoer.size(); i++) {
                Huisverbod.Betrokkene p = Zorgrechten.persoon(h, zonderInvoer.get(i).betrokkeneId(),
                        "zonderVerwijzing[" + i + "].betrokkeneId");
                zonder.add(new Eindrapport.ZonderVerwijzing(p.id(), zonderInvoer.get(i).reden()));
            }
            String reden = Invoer.tekst(v.afgezienReden());
            Eindrapport.Inhoud inhoud = new Eindrapport.Inhoud(v.dreigingAfgenomen(), List.copyOf(personen),
                    v.relatieBeeindigd(), v.recidiveBekend(), Invoer.tekst(v.toelichting()), reden, v.gescheidenWonen(),
                    zonder);
            return schrijver
                    .vervang(conn, actor, zaakId, EINDRAPPORT, zaakId, versie, doc -> Opvolgingcodec.eindrapport(inhoud),
                            Gebeurtenissoort.EINDRAPPORT_VASTGELEGD, new JsonObject().put("afgezien", reden != null), now)
                    .chain(() -> view(conn, inzage));
        });
    }

    private Uni<Deelwerk.Deel<Eindrapport.View>> view(SqlConnection conn, Inzage inzage) {
        Besluit b = inzage.besluit();
        Huisverbod h = inzage.zaak();
        boolean zaak = b.mag(Categorie.HULPVERLENING);
        if (!b.magIets(Categorie.HULPVERLENING)) {
            throw ProblemException.forbidden("Het eindrapport is voor uw rol onthouden (categorie HULPVERLENING).");
        }
        return schrijver.metVersies(conn, h.id(), EINDRAPPORT, h.id()).map(g -> {
            Eindrapport.Inhoud e = g.document().map(d -> Opvolgingcodec.eindrapport(d.items())).orElse(null);
            List<Eindrapport.Persoon> zichtbaar = e == null
                    ? List.of()
                    : e.verwijzingGeslaagd().stream().filter(p -> b.mag(Categorie.HULPVERLENING, p.betrokkeneId()))
                            .toList();
            List<Eindrapport.ZonderVerwijzing> zonder = e == null
                    ? List.of()
                    : e.zonderVerwijzing().stream().filter(p -> b.mag(Categorie.HULPVERLENING, p.betrokkeneId())).toList();
            boolean onthouden = !zaak || (e != null && (zichtbaar.size() < e.verwijzingGeslaagd().size()
                    || zonder.size() < e.zonderVerwijzing().size()));
            Map<UUID, Set<Categorie>> getoond = zaak ? Zorgrechten.gezin(h, Categorie.HULPVERLENING) : new HashMap<>();
            zichtbaar.forEach(p -> getoond.put(p.betrokkeneId(), Set.of(Categorie.HULPVERLENING)));
            zonder.forEach(p -> getoond.put(p.betrokkeneId(), Set.of(Categorie.HULPVERLENING)));
            Eindrapport.View view = new Eindrapport.View(h.id(),
                    g.versie(),
                    zaak && e != null ? e.dreigingAfgenomen() : null, zichtbaar,
                    zaak && e != null ? e.relatieBeeindigd() : null, zaak && e != null ? e.recidiveBekend() : null,
                    zaak && e != null ? e.toelichting() : null, zaak && e != null ? e.afgezienReden() : null,
                    zaak && e != null ? e.gescheidenWonen() : null, zonder, g.versies(),
                    onthouden ? List.of(Categorie.HULPVERLENING) : List.of());
            return new Deelwerk.Deel<>(view, getoond);
        });
    }

    /** Either a waiver with its reason alone, or the report with every measure; each person named once. */
    private static void valideer(Eindrapport.Vastlegging v) {
        List<Problem.InvalidParam> fout = new ArrayList<>();
        if (v.zonderVerwijzing() != null && v.zonderVerwijzing().stream().anyMatch(java.util.Objects::isNull)) {
            fout.add(new Problem.InvalidParam("zonderVerwijzing", "bevat een lege reden"));
        } else if (v.zonderVerwijzing() != null && v.zonderVerwijzing().stream()
                .map(Eindrapport.ZonderVerwijzingInvoer::betrokkeneId).distinct().count() != v.zonderVerwijzing().size()) {
            fout.add(new Problem.InvalidParam("zonderVerwijzing", "noemt een persoon meer dan eens"));
        }
        if (Invoer.tekst(v.afgezienReden()) != null) {
            if (v.dreigingAfgenomen() != null || v.relatieBeeindigd() != null || v.recidiveBekend() != null
                    || v.gescheidenWonen() != null
                    || (v.verwijzingGeslaagd() != null && !v.verwijzingGeslaagd().isEmpty())
                    || Invoer.tekst(v.toelichting()) != null) {
                fout.add(new Problem.InvalidParam("afgezienReden", "afzien sluit een eindrapport uit: geef alleen de reden"));
            }
        } else {
            if (v.dreigingAfgenomen() == null) {
                fout.add(new Problem.InvalidParam("dreigingAfgenomen", "verplicht (JA, NEE of ONDUIDELIJK), of afgezienReden"));
            }
            if (v.relatieBeeindigd() == null) {
                fout.add(new Problem.InvalidParam("relatieBeeindigd", "verplicht (JA, NEE of ONDUIDELIJK)"));
            }
            if (v.recidiveBekend() == null) {
                fout.add(new Problem.InvalidParam("recidiveBekend", "verplicht (JA, NEE of ONDUIDELIJK)"));
            }
            if (v.verwijzingGeslaagd() == null) {
                fout.add(new Problem.InvalidParam("verwijzingGeslaagd",
                        "verplicht: de uitkomst per verwezen persoon (mag leeg)"));
            } else if (v.verwijzingGeslaagd().contains(null)) {
                fout.add(new Problem.InvalidParam("verwijzingGeslaagd", "bevat een lege uitkomst"));
            } else if (v.verwijzingGeslaagd().stream().map(Eindrapport.PersoonInvoer::betrokkeneId).distinct()
                    .count() != v.verwijzingGeslaagd().size()) {
                fout.add(new Problem.InvalidParam("verwijzingGeslaagd", "noemt een persoon meer dan eens"));
            }
        }
        if (!fout.isEmpty()) {
            fout.sort(Comparator.comparing(Problem.InvalidParam::name));
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", fout);
        }
    }

    private static void vereisHulp(Besluit b) {
        if (!b.mag(Categorie.HULPVERLENING)) {
            throw ProblemException.forbidden("De monitoring van deze zaak is voor uw rol onthouden (categorie HULPVERLENING).");
        }
    }
}
