package nl.thvhub.huisverbod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.thvhub.platform.security.Organisatie;

/**
 * A case as stored, with the lifecycle rules that follow from its dates: status, deadlines and the actions the current
 * state allows. Pure and clock-driven, so the rules are tested without a database.
 */
public record Huisverbod(UUID id, String registratienummer, Gemeente gemeente, String wijk, Adres adres, Instant opgelegdOp,
        Instant eindmoment, Instant monitoringEinde, Organisatie coordinerendeOrganisatie, GeweldType geweldType,
        GeweldErnst geweldErnst, JaNeeOnduidelijk intiemeTerreur, boolean strafrechtelijkTraject, UUID herhalingVan,
        Herhalingsgrond herhalingGrond, Importherkomst herhalingImport, Advies verlengingsadvies, Instant verlengdOp,
        Verlengingsbesluit verlengingsbesluit, Instant ingetrokkenOp, String intrekkingReden, Intrekkingsgrond intrekkingGrond,
        Instant beeindigdOp, String beeindigingReden, Beeindigingsgrond beeindigingGrond,
        Monitoringverlenging monitoringVerlenging, Instant afgeslotenOp, Overdracht overdracht, int versie,
        List<Betrokkene> betrokkenen, List<Toewijzing> toewijzingen,
        String verblijfUhg, String verblijfAchterblijvers, Hulpverlening hulpverlening, Signalen signalen) {

    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");

    /** The import that made a case a repeat ({@code herhalingGrond} IMPORT): which import, and when it was made. */
    public record Importherkomst(UUID importId, Instant geimporteerdOp) {
    }

    public static final Duration DUUR = Duration.ofDays(10);
    public static final Duration DUUR_VERLENGD = Duration.ofDays(28);
    public static final Duration PEILMOMENT_NA_EINDE = Duration.ofDays(42);
    /** Monitoring runs at most this many months after the THV's end, extensions included (issue 35.1). */
    public static final int MONITORING_MAXIMAAL_MAANDEN = 12;
    /** The task to prepare closing opens this long before monitoring ends (issue 35.1: not at the six-week check-in). */
    public static final Duration AFSLUITING_VOORBEREIDEN_VOOR_EINDE = Duration.ofDays(14);

    /** The THV address. */
    public record Adres(String straat, String huisnummer, String postcode, String plaats) {
    }

    /** A person involved in the case. */
    public record Betrokkene(UUID id, BetrokkeneRol rol, String naam, LocalDate geboortedatum) {
    }

    /**
     * An active assignment of a professional to the case, covering the persons named in {@code betrokkenen} or, when it
     * names none, everyone (a coordinator for the victims beside one for the UHG, seed §2.3).
     */
    public record Toewijzing(UUID id, ToewijzingRol rol, String gebruikersnaam, Organisatie organisatie, Instant toegewezenOp,
            List<UUID> betrokkenen) {

        public Toewijzing {
            betrokkenen = betrokkenen == null ? List.of() : List.copyOf(betrokkenen);
        }

        /** An assignment covering everyone. */
        public Toewijzing(UUID id, ToewijzingRol rol, String gebruikersnaam, Organisatie organisatie, Instant toegewezenOp) {
            this(id, rol, gebruikersnaam, organisatie, toegewezenOp, List.of());
        }

        /** Whether it covers everyone of the case. */
        public boolean iedereen() {
            return betrokkenen.isEmpty();
        }

        /** Whether it covers this person. */
        public boolean dekt(UUID betrokkene) {
            return betrokkenen.isEmpty() || betrokkenen.contains(betrokkene);
        }
    }

    /** The coordinator's advice on extension, with its grounds when it advises to extend. */
    public record Advies(AdviesKeuze advies, List<Verlengingsgrond> gronden, String motivering, Instant op) {

        public Advies {
            gronden = gronden == null ? List.of() : List.copyOf(gronden);
        }
    }

    /**
     * The last extension of monitoring (issue 35.1): why (coded, with text) and when; the new end is
     * {@code monitoringEinde}, at most {@link #MONITORING_MAXIMAAL_MAANDEN} months after the THV's end.
     */
    public record Monitoringverlenging(Monitoringverlengingsreden reden, String toelichting, Instant op) {
    }

    /** The mayor's decision on extension, either way, with its motivation (issue 34.4). */
    public record Verlengingsbesluit(AdviesKeuze besluit, String motivering, Instant op) {
    }

    /**
     * The help plan and safety agreements as text: the goals of the hulpverleningsplan and veiligheidsplan of the care
     * record, one per line (category HULPVERLENING); kept for readers of the free-text fields of before the plans.
     */
    public record Hulpverlening(String plan, String veiligheidsafspraken) {
    }

    /**
     * The signals registered around the case (feature signalen), read with it in the same statement: the violation
     * counts (category OVERTREDINGEN) and the GGZ flag per person (category GGZ).
     */
    public record Signalen(Overtredingen overtredingen, List<GgzSignaal> ggz, Zorgstand zorg, Opvolging opvolging) {

        public static final Signalen GEEN = new Signalen(Overtredingen.GEEN, List.of(), Zorgstand.GEEN, Opvolging.GEEN);
    }

    /**
     * The follow-through of the case (feature opvolging and strafrecht), read with it: the last monitoring check-in,
     * whether the monitoring report was written or waived ({@code OPGESTELD}, {@code AFGEZIEN}, null), the risk level of
     * the zorgadvies (null: none) and the OM's open request for a Reclassering advice report (null: none open).
     */
    public record Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
            Adviesaanvraag reclasseringsadvies, boolean zsmBeoordeeld, Politieverzoek politieverzoek, GgzVraag ggzVraag,
            Zorgadviesaanvraag zorgadviesaanvraag, List<Nazorg> nazorg) {

        public static final Opvolging GEEN = new Opvolging(null, null, null, null, false, null, null, null, List.of());

        public Opvolging {
            nazorg = nazorg == null ? List.of() : List.copyOf(nazorg);
        }

        /** Without a care track after closing. */
        public Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
                Adviesaanvraag reclasseringsadvies, boolean zsmBeoordeeld, Politieverzoek politieverzoek, GgzVraag ggzVraag,
                Zorgadviesaanvraag zorgadviesaanvraag) {
            this(laatstePeilmoment, eindrapport, zorgadviesRisico, reclasseringsadvies, zsmBeoordeeld, politieverzoek, ggzVraag,
                    zorgadviesaanvraag, List.of());
        }

        /** Without an open request of ZSM for the care advice. */
        public Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
                Adviesaanvraag reclasseringsadvies, boolean zsmBeoordeeld, Politieverzoek politieverzoek, GgzVraag ggzVraag) {
            this(laatstePeilmoment, eindrapport, zorgadviesRisico, reclasseringsadvies, zsmBeoordeeld, politieverzoek, ggzVraag,
                    null);
        }

        /** Without a question to GGZ. */
        public Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
                Adviesaanvraag reclasseringsadvies, boolean zsmBeoordeeld, Politieverzoek politieverzoek) {
            this(laatstePeilmoment, eindrapport, zorgadviesRisico, reclasseringsadvies, zsmBeoordeeld, politieverzoek, null);
        }

        /** Without an open request to the police. */
        public Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
                Adviesaanvraag reclasseringsadvies, boolean zsmBeoordeeld) {
            this(laatstePeilmoment, eindrapport, zorgadviesRisico, reclasseringsadvies, zsmBeoordeeld, null, null);
        }

        /** Without an afdoening registered (ZSM has not assessed the case yet). */
        public Opvolging(Peilmoment laatstePeilmoment, String eindrapport, String zorgadviesRisico,
                Adviesaanvraag reclasseringsadvies) {
            this(laatstePeilmoment, eindrapport, zorgadviesRisico, reclasseringsadvies, false);
        }
    }

    /**
     * A care track that runs on after closing (feature zorg, issue 35.2 and 35.3): the gezinsmanager who carries on, or
     * intensive case management, with its owner and, for ICM, its next review date. Its owner keeps writing the record.
     */
    public record Nazorg(UUID id, String soort, String eigenaar, Organisatie organisatie, LocalDate evaluatieOp) {
    }

    /** ZSM's open request for the care advice (feature zorg, issue 34.2): due when, asked when and by whom. */
    public record Zorgadviesaanvraag(UUID id, LocalDate termijn, Instant gevraagdOp, String gevraagdDoor) {

        /** Due at the end of its day (Amsterdam). */
        public Instant vervaltOp() {
            return termijn.plusDays(1).atStartOfDay(TIJDZONE).toInstant();
        }
    }

    /** The open request of the UHG's coordinator to the police (feature uhg): about whom, due when, asked by whom. */
    public record Politieverzoek(UUID id, UUID betrokkeneId, LocalDate termijn, Instant gevraagdOp, String gevraagdDoor) {

        /** Due at the end of its day (Amsterdam). */
        public Instant vervaltOp() {
            return termijn.plusDays(1).atStartOfDay(TIJDZONE).toInstant();
        }
    }

    /**
     * The last question of the UHG's coordinator to the GGZ organisation whether a person is known to it (feature uhg):
     * open until GGZ sets that person's flag after it was asked, or until {@code vervaltOp}.
     */
    public record GgzVraag(UUID id, UUID betrokkeneId, Instant gevraagdOp, Instant vervaltOp, String gevraagdDoor) {
    }

    /** Whether the last question to GGZ still stands: not answered, not lapsed, on a case not closed. */
    public boolean ggzVraagOpen(Instant now) {
        GgzVraag v = signalen.opvolging().ggzVraag();
        return v != null && afgeslotenOp == null && now.isBefore(v.vervaltOp()) && !ggzVraagBeantwoord();
    }

    /** Whether GGZ answered the last question: it set that person's flag after it was asked. */
    public boolean ggzVraagBeantwoord() {
        GgzVraag v = signalen.opvolging().ggzVraag();
        return v != null && signalen.ggz().stream()
                .anyMatch(g -> g.betrokkeneId().equals(v.betrokkeneId()) && !g.gewijzigdOp().isBefore(v.gevraagdOp()));
    }

    /** A monitoring check-in as the case view summarises it (category HULPVERLENING). */
    public record Peilmoment(LocalDate datum, String veilig, String hulpLoopt) {
    }

    /** An open request for an advice report: its due date and when it was made. */
    public record Adviesaanvraag(LocalDate termijn, Instant aangevraagdOp, Instant vervaltOp) {

        /** Whether the request still stands: it lapses at {@code vervaltOp}, a set time after its due date. */
        public boolean loopt(Instant now) {
            return now.isBefore(vervaltOp);
        }
    }

    /**
     * What the care record (feature zorg) says about reaching the persons and starting help, read with the case: per
     * person the last contact attempt and whether any attempt reached them, and since when the oldest referral that has
     * not started waits (category HULPVERLENING, per person).
     */
    public record Zorgstand(List<Contact> laatsteContacten, LocalDate verwijzingOpenSinds) {

        public static final Zorgstand GEEN = new Zorgstand(List.of(), null);

        /** Whether the person was reached by at least one contact attempt. */
        public boolean bereikt(UUID betrokkene) {
            return laatsteContacten.stream().anyMatch(c -> c.betrokkeneId().equals(betrokkene) && c.ooitBereikt());
        }
    }

    /** The last contact attempt with one person, and whether any attempt reached that person. */
    public record Contact(UUID betrokkeneId, LocalDate datum, String vorm, boolean bereikt, boolean ooitBereikt) {
    }

    /**
     * Violations: confirmed ones, suspected ones awaiting the police, confirmed ones without follow-up yet, and the
     * follow-ups in order of the violations.
     */
    public record Overtredingen(int aantal, int vermoed, int zonderVervolg, List<Vervolgactie> vervolgacties,
            Instant oudsteZonderVervolg) {

        public static final Overtredingen GEEN = new Overtredingen(0, 0, 0, List.of(), null);

        /** Without the moment of the oldest confirmed violation awaiting follow-up. */
        public Overtredingen(int aantal, int vermoed, int zonderVervolg, List<Vervolgactie> vervolgacties) {
            this(aantal, vermoed, zonderVervolg, vervolgacties, null);
        }
    }

    /** The GGZ flag for one person: involvement, institution and contact (never a diagnosis). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "GgzSignaal")
    public record GgzSignaal(@jakarta.validation.constraints.NotNull UUID betrokkeneId,
            @jakarta.validation.constraints.NotNull GgzBetrokkenheid betrokkenheid, String instelling, String contactRol,
            String contactTelefoon, Instant gewijzigdOp) {
    }

    /**
     * The warme overdracht recorded at closing: to whom, when, whether in a joint talk (else why not), which hub partner
     * receives it (null: a party outside the hub) and its confirmation of receipt, once given.
     */
    public record Overdracht(String aan, LocalDate datum, boolean gezamenlijkGesprek, String geenGesprekReden,
            Organisatie organisatie, Bevestiging bevestiging, Instant bereikTot) {
    }

    /** Receipt of the hand-over confirmed: on which day, by whom (for a party outside the hub, as the coordinator heard). */
    public record Bevestiging(LocalDate op, String door, Organisatie organisatie, Instant vastgelegdOp) {
    }

    /** The end of the THV for a case imposed at {@code opgelegdOp}: 10 days, or 28 days in total after extension. */
    public static Instant eindmoment(Instant opgelegdOp, boolean verlengd) {
        return opgelegdOp.plus(verlengd ? DUUR_VERLENGD : DUUR);
    }

    /** Monitoring runs 3 months after the end (Blijf Groep) or 6 months (Sociaal Team AA). */
    public static Instant monitoringEinde(Instant eindmoment, Organisatie coordinator) {
        int months = coordinator == Organisatie.SOCIAAL_TEAM_AA ? 6 : 3;
        return ZonedDateTime.ofInstant(eindmoment, TIJDZONE).plusMonths(months).toInstant();
    }

    /** The latest end monitoring may be extended to: {@link #MONITORING_MAXIMAAL_MAANDEN} months after the THV's end. */
    public Instant monitoringUiterlijk() {
        return ZonedDateTime.ofInstant(eindmoment, TIJDZONE).plusMonths(MONITORING_MAXIMAAL_MAANDEN).toInstant();
    }

    public boolean verlengd() {
        return verlengdOp != null;
    }

    public Instant peilmoment() {
        return eindmoment.plus(PEILMOMENT_NA_EINDE);
    }

    public Status status(Instant now) {
        if (afgeslotenOp != null) {
            return Status.AFGESLOTEN;
        }
        if (ingetrokkenOp != null) {
            return Status.INGETROKKEN;
        }
        if (now.isBefore(eindmoment)) {
            return verlengd() ? Status.VERLENGD : Status.OPGELEGD;
        }
        if (beeindigdOp != null || !now.isBefore(monitoringEinde)) {
            return Status.BEEINDIGD;
        }
        return Status.MONITORING;
    }

    public boolean heeftMinderjarigen() {
        return betrokkenen.stream().anyMatch(b -> !volwassen(b));
    }

    /** Whether a person counts as an adult: not a child of the case, and 18 or older on the day the THV was imposed. */
    public boolean volwassen(Betrokkene b) {
        return b.rol() != BetrokkeneRol.KIND
                && !b.geboortedatum().plusYears(18).isAfter(LocalDate.ofInstant(opgelegdOp, TIJDZONE));
    }

    public List<Toewijzing> toewijzingen(ToewijzingRol rol) {
        return toewijzingen.stream().filter(t -> t.rol() == rol).toList();
    }

    public boolean isToegewezenAan(String gebruikersnaam, ToewijzingRol rol) {
        return toewijzingen.stream().anyMatch(t -> t.rol() == rol && t.gebruikersnaam().equals(gebruikersnaam));
    }

    /** Whether this user holds an assignment in this role that covers this person. */
    public boolean isToegewezenAan(String gebruikersnaam, ToewijzingRol rol, UUID betrokkene) {
        return toewijzingen.stream()
                .anyMatch(t -> t.rol() == rol && t.gebruikersnaam().equals(gebruikersnaam) && t.dekt(betrokkene));
    }

    /**
     * The coordinator who holds a person's tasks: the first assigned coordinator whose assignment covers the person
     * (the UHG's own coordinator for the UHG), or, for tasks about the case, one covering everyone before one covering
     * some, each the earliest assigned; null when none is.
     */
    public Toewijzing coordinatorVoor(UUID betrokkene) {
        return toewijzingen(ToewijzingRol.ZORGCOORDINATOR).stream()
                .filter(t -> betrokkene == null || t.dekt(betrokkene))
                .min(java.util.Comparator.comparing((Toewijzing t) -> betrokkene == null && !t.iedereen())
                        .thenComparing(Toewijzing::toegewezenOp))
                .orElse(null);
    }

    /** The uithuisgeplaatste of the case, if it names one. */
    public java.util.Optional<Betrokkene> uithuisgeplaatste() {
        return betrokkenen.stream().filter(b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE).findFirst();
    }

    /** The care tasks' deadlines (configured): a UHG reached after imposition, a referral started after sign-up. */
    public record Zorgtermijnen(Duration uhgBereikt, Duration verwijzingGestart, Duration peilmomentMarge,
            Duration overdrachtBevestiging) {
    }

    /**
     * Tasks still open on the case, such as a gezinsmanager that must be assigned because minors are involved, a UHG
     * nobody reached within the deadline ({@code UHG_NIET_BEREIKT}), a referral that did not start in time
     * ({@code VERWIJZING_NIET_GESTART}), a missed six-week check-in ({@code PEILMOMENT_GEMIST}), an open request for a
     * Reclassering advice ({@code RECLASSERINGSADVIES_LEVEREN}) and, on a closed case, a hand-over nobody confirmed in
     * time ({@code OVERDRACHT_NIET_BEVESTIGD}).
     */
    public List<String> openTaken(Instant now, Zorgtermijnen termijnen) {
        List<String> taken = openTaken(now);
        Status status = status(now);
        if (status == Status.AFGESLOTEN && overdrachtOnbevestigd()
                && !now.isBefore(afgeslotenOp.plus(termijnen.overdrachtBevestiging()))) {
            taken.add("OVERDRACHT_NIET_BEVESTIGD");
        }
        if (status == Status.AFGESLOTEN || status == Status.INGETROKKEN) {
            return taken;
        }
        if (signalen.opvolging().reclasseringsadvies() != null && signalen.opvolging().reclasseringsadvies().loopt(now)) {
            taken.add("RECLASSERINGSADVIES_LEVEREN");
        }
        if (peilmomentGemist(now, termijnen.peilmomentMarge())) {
            taken.add("PEILMOMENT_GEMIST");
        }
        boolean uhgNietBereikt = betrokkenen.stream().anyMatch(
                b -> b.rol() == BetrokkeneRol.UITHUISGEPLAATSTE && !signalen.zorg().bereikt(b.id()));
        if (uhgNietBereikt && !now.isBefore(opgelegdOp.plus(termijnen.uhgBereikt()))) {
            taken.add("UHG_NIET_BEREIKT");
        }
        LocalDate open = signalen.zorg().verwijzingOpenSinds();
        if (open != null && !now.isBefore(open.atStartOfDay(TIJDZONE).toInstant().plus(termijnen.verwijzingGestart()))) {
            taken.add("VERWIJZING_NIET_GESTART");
        }
        return taken;
    }

    /** Whether the case was handed over and nobody confirmed receipt yet. */
    public boolean overdrachtOnbevestigd() {
        return overdracht != null && overdracht.bevestiging() == null;
    }

    /**
     * Whether the six-week check-in was missed: monitoring runs, its date passed by more than the margin, and no check-in
     * was recorded from the margin before its date on.
     */
    public boolean peilmomentGemist(Instant now, Duration marge) {
        if (status(now) != Status.MONITORING || now.isBefore(peilmoment().plus(marge))) {
            return false;
        }
        Peilmoment laatste = signalen.opvolging().laatstePeilmoment();
        LocalDate vanaf = LocalDate.ofInstant(peilmoment().minus(marge), TIJDZONE);
        return laatste == null || laatste.datum().isBefore(vanaf);
    }

    /** The lifecycle tasks still open on the case (the care tasks need their deadlines: see the overload). */
    public List<String> openTaken(Instant now) {
        List<String> taken = new ArrayList<>();
        Status status = status(now);
        if (status == Status.AFGESLOTEN || status == Status.INGETROKKEN) {
            return taken;
        }
        if (toewijzingen(ToewijzingRol.ZORGCOORDINATOR).isEmpty()) {
            taken.add("ZORGCOORDINATOR_TOEWIJZEN");
        }
        if (heeftMinderjarigen() && toewijzingen(ToewijzingRol.GEZINSMANAGER).isEmpty()) {
            taken.add("GEZINSMANAGER_TOEWIJZEN");
        }
        if (status == Status.OPGELEGD && verlengingsadvies == null) {
            taken.add("VERLENGINGSADVIES_GEVEN");
        }
        if (status == Status.MONITORING && !now.isBefore(monitoringEinde.minus(AFSLUITING_VOORBEREIDEN_VOOR_EINDE))) {
            taken.add("AFSLUITING_VOORBEREIDEN");
        }
        return taken;
    }

    /** The lifecycle actions the current state allows (who may perform them is checked separately). */
    public List<Actie> toegestaneActies(Instant now) {
        return switch (status(now)) {
            // the mayor may decide not to extend without an advice; extending waits for it (evaluation §2.3.1)
            case OPGELEGD -> verlengingsadvies == null
                    ? List.of(Actie.VERLENGINGSADVIES, Actie.VERLENGINGSBESLUIT, Actie.INTREKKING, Actie.TOEWIJZING)
                    : List.of(Actie.VERLENGINGSADVIES, Actie.VERLENGING, Actie.VERLENGINGSBESLUIT, Actie.INTREKKING,
                            Actie.TOEWIJZING);
            case VERLENGD -> List.of(Actie.INTREKKING, Actie.TOEWIJZING);
            case MONITORING -> List.of(Actie.BEEINDIGING, Actie.AFSLUITING, Actie.MONITORING_VERLENGING, Actie.TOEWIJZING);
            case BEEINDIGD -> List.of(Actie.AFSLUITING, Actie.TOEWIJZING);
            case INGETROKKEN, AFGESLOTEN -> List.of();
        };
    }
}
