package nl.thvhub.werkplek.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.thvhub.opvolging.Peilmoment;

/**
 * One case as its page shows it: a heading with status and deadlines, sections in the order a desk reads them (each
 * shown as far as the policy shows it, with "Afgeschermd" and the reason where it does not), and the forms of the
 * reader's desk.
 */
public record Zaakscherm(UUID id, String registratienummer, String status, String dag, String eindigt, String aftellen,
        List<Sectie> secties, Formulieren formulieren) {

    /**
     * A section of a page; {@code afgeschermd} says in words what of it the reader may not see, and why; {@code links}
     * lead to the pages that show more of it.
     */
    public record Sectie(String id, String titel, List<Veld> velden, Tabel tabel, List<String> afgeschermd, String leeg,
            List<Keuze> links) {

        public Sectie {
            links = links == null ? List.of() : List.copyOf(links);
        }

        public Sectie(String id, String titel, List<Veld> velden, Tabel tabel, List<String> afgeschermd, String leeg) {
            this(id, titel, velden, tabel, afgeschermd, leeg, List.of());
        }

        /** The same section with links to its pages (the link's {@code waarde} is the address). */
        public Sectie met(List<Keuze> verwijzingen) {
            return new Sectie(id, titel, velden, tabel, afgeschermd, leeg, verwijzingen);
        }
    }

    /** A labelled value. */
    public record Veld(String label, String waarde) {
    }

    /** A table with a caption and column headers. */
    public record Tabel(String bijschrift, List<String> kolommen, List<List<String>> rijen) {
    }

    /** A choice of a select or a radio group. */
    public record Keuze(String waarde, String label) {
    }

    /**
     * The forms the reader's desk has on this case (a form the reader may not send is absent), the adults a form may be
     * about and every person (whom a coordinator's assignment covers), and the values and errors of a form that came
     * back invalid.
     */
    public record Formulieren(boolean afdoening, boolean contactpoging, boolean overtreding, boolean reclasseringsadvies,
            boolean zorginbrengaanvraag,
            boolean toewijzing, boolean verlengingsadvies, boolean verlenging, boolean intrekking, boolean verwijzing,
            boolean afsluiting, boolean peilmoment, Integer versie, List<Keuze> personen, List<Keuze> allePersonen,
            Formulier ingevuld) {

        /** Whether the reader's desk has any form on this case. */
        public boolean iets() {
            return afdoening || contactpoging || overtreding || reclasseringsadvies || zorginbrengaanvraag || toewijzing
                    || verlengingsadvies
                    || verlenging || intrekking || verwijzing || afsluiting || peilmoment;
        }

        public List<Keuze> adviezen() {
            return keuzes(nl.thvhub.huisverbod.AdviesKeuze.values());
        }

        public List<Keuze> verlengingsgronden() {
            return keuzes(nl.thvhub.huisverbod.Verlengingsgrond.values());
        }

        /** Closing while monitoring still runs ends it early: the form then asks why (issue 35.1). */
        public boolean vroegAfsluiten() {
            return afsluiting && peilmoment;
        }

        /** Monitoring is extended by its coordinator while it runs (issue 35.1). */
        public boolean monitoringverlenging() {
            return peilmoment;
        }

        public List<Keuze> beeindigingsgronden() {
            return keuzes(nl.thvhub.huisverbod.Beeindigingsgrond.values());
        }

        public List<Keuze> monitoringverlengingsredenen() {
            return keuzes(nl.thvhub.huisverbod.Monitoringverlengingsreden.values());
        }

        public List<Keuze> intrekkingsgronden() {
            return keuzes(nl.thvhub.huisverbod.Intrekkingsgrond.values());
        }

        public List<Keuze> veiligheden() {
            return keuzes(Peilmoment.Veilig.values());
        }

        public List<Keuze> hulpLoopt() {
            return keuzes(Peilmoment.HulpLoopt.values());
        }

        public List<Keuze> terugvalsignalen() {
            return keuzes(Peilmoment.Terugvalsignaal.values());
        }

        public List<Keuze> leefgebieden() {
            return keuzes(nl.thvhub.zorg.Leefgebied.values());
        }

        public List<Keuze> organisaties() {
            return keuzes(nl.thvhub.platform.security.Organisatie.values());
        }

        public List<Keuze> toewijzingsrollen() {
            return List.of(new Keuze("ZORGCOORDINATOR", "Zorgcoördinator"), new Keuze("GEZINSMANAGER", "Gezinsmanager"));
        }

        public List<Keuze> beslissingen() {
            return keuzes(nl.thvhub.strafrecht.Afdoening.Beslissing.values());
        }

        public List<Keuze> vormen() {
            return keuzes(nl.thvhub.zorg.Contactmoment.Vorm.values());
        }

        public List<Keuze> medewerkingen() {
            return keuzes(nl.thvhub.zorg.Contactmoment.Medewerking.values());
        }

        public List<Keuze> soorten() {
            return keuzes(nl.thvhub.signalen.Overtreding.Soort.values());
        }

        public List<Keuze> melders() {
            return keuzes(nl.thvhub.signalen.Overtreding.Melder.values());
        }

        static List<Keuze> keuzes(Enum<?>[] waarden) {
            return java.util.Arrays.stream(waarden).map(w -> new Keuze(w.name(), Labels.code(w))).toList();
        }
    }

    /** A form sent back with its values and an error per field (the problem detail's text), or a general message. */
    public record Formulier(String naam, Map<String, String> waarden, Map<String, String> fouten, String melding) {

        public static Formulier leeg() {
            return new Formulier("", Map.of(), Map.of(), null);
        }

        /** The value sent for a field, for the form named {@code formulier} only. */
        public String waarde(String formulier, String veld) {
            return naam.equals(formulier) ? waarden.getOrDefault(veld, "") : "";
        }

        /**
         * Every error of the form, for the summary at its top (a field the form does not show is named there too), each
         * with the id of its field: a form whose field names repeat another form's on the page prefixes its ids.
         */
        public List<Veld> foutlijst() {
            String voorvoegsel = VOORVOEGSEL.getOrDefault(naam, "");
            return fouten.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new Veld(voorvoegsel + e.getKey(), Labels.veld(e.getKey()) + ": " + e.getValue())).toList();
        }

        /** The id prefix of forms whose field names another form on the case page uses too. */
        private static final Map<String, String> VOORVOEGSEL = Map.of("zorginbrengaanvraag", "zorginbreng-",
                "monitoringverlenging", "monitoring-");

        /** Whether this is the form named {@code formulier} sent for the item whose {@code veld} is {@code waarde}. */
        public boolean over(String formulier, String veld, String waarde) {
            return naam.equals(formulier) && waarde != null && waarde.equals(waarden.get(veld));
        }

        /** Whether a group of checkboxes of the form named {@code formulier} was sent with {@code waarde} ticked. */
        public boolean bevat(String formulier, String veld, String waarde) {
            String v = waarde(formulier, veld);
            return !v.isEmpty() && java.util.Arrays.asList(v.split(",")).contains(waarde);
        }

        /** The error of a field, for the form named {@code formulier} only. */
        public String fout(String formulier, String veld) {
            return naam.equals(formulier) ? fouten.get(veld) : null;
        }
    }
}
