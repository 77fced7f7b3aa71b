package nl.thvhub.statistiek;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.Huisverbod;

/**
 * The rules of one historical THV, read through a format's accessors (JSON values, or CSV cells under their header):
 * each broken rule is one {@link Importstatus.Fout} naming the field; a line with none is a {@link Historisch}.
 */
abstract class Importvelden {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final int regel;
    private final List<Importstatus.Fout> fouten;

    Importvelden(int regel, List<Importstatus.Fout> fouten) {
        this.regel = regel;
        this.fouten = fouten;
    }

    abstract String tekst(String veld);

    abstract Boolean waarheid(String veld);

    abstract Integer getal(String veld);

    void fout(String veld, String reden) {
        fouten.add(new Importstatus.Fout(regel, veld, reden));
    }

    Importregel.Uitkomst historisch(Instant nu, List<Historisch.Persoon> personen) {
        String externId = tekst("externId");
        if (externId == null || externId.isBlank() || externId.length() > 100 || Importregel.heeftStuurtekens(externId)) {
            fout("externId", "verplicht, 1 tot 100 tekens");
        }
        Instant opgelegd = moment(tekst("opgelegdOp"), nu);
        Gemeente gemeente = code(Gemeente.class, tekst("gemeente"), "gemeente", this, true);
        String wijk = tekst("wijk");
        if (wijk != null && (wijk.length() > 100 || Importregel.heeftStuurtekens(wijk))) {
            fout("wijk", "hoogstens 100 tekens");
        }
        boolean verlengd = vlag("verlengd");
        boolean ingetrokken = vlag("ingetrokken");
        boolean vanuitZorg = vlag("vanuitZorg");
        boolean herhaling = vlag("herhaling");
        boolean minderjarigen = vlag("minderjarigen");
        Integer overtredingen = getal("aantalOvertredingen");
        if (overtredingen != null && (overtredingen < 0 || overtredingen > 1000)) {
            fout("aantalOvertredingen", "0 tot 1000");
        }
        GeweldType type = code(GeweldType.class, tekst("geweldType"), "geweldType", this, false);
        GeweldErnst ernst = code(GeweldErnst.class, tekst("geweldErnst"), "geweldErnst", this, false);
        boolean rihg = vlag("rihg");
        boolean strafrechtelijkTraject = vlag("strafrechtelijkTraject");
        nl.thvhub.huisverbod.JaNeeOnduidelijk intiemeTerreur = code(nl.thvhub.huisverbod.JaNeeOnduidelijk.class,
                tekst("intiemeTerreur"), "intiemeTerreur", this, false);
        if (opgelegd != null) {
            LocalDate dag = LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE);
            for (int i = 0; i < personen.size(); i++) {
                if (personen.get(i).geboortedatum().isAfter(dag)) {
                    fout("betrokkenen[" + i + "].geboortedatum", "ligt na de dag van opleggen");
                }
            }
        }
        if (!fouten.isEmpty()) {
            return new Importregel.Uitkomst(null, List.copyOf(fouten));
        }
        return new Importregel.Uitkomst(new Historisch(externId.trim(), opgelegd, gemeente, wijk == null ? null : wijk.trim(),
                verlengd,
                ingetrokken, vanuitZorg, herhaling, overtredingen == null ? 0 : overtredingen, minderjarigen, type, ernst,
                rihg, strafrechtelijkTraject, intiemeTerreur, List.copyOf(personen)), List.of());
    }

    private boolean vlag(String veld) {
        Boolean b = waarheid(veld);
        return b != null && b;
    }

    /** A date (the day, in Amsterdam) or a date-time with offset; not before the law, not in the future. */
    private Instant moment(String tekst, Instant nu) {
        if (tekst == null) {
            fout("opgelegdOp", "verplicht");
            return null;
        }
        Instant moment;
        try {
            moment = tekst.length() == 10
                    ? LocalDate.parse(tekst, DATUM).atStartOfDay(Huisverbod.TIJDZONE).toInstant()
                    : OffsetDateTime.parse(tekst).toInstant();
        } catch (DateTimeException e) {
            fout("opgelegdOp", "geen bestaande datum (JJJJ-MM-DD) of datum-tijd met tijdzone");
            return null;
        }
        if (moment.isAfter(nu)) {
            fout("opgelegdOp", "ligt in de toekomst");
            return null;
        }
        if (LocalDate.ofInstant(moment, Huisverbod.TIJDZONE).isBefore(Importregel.WET_IN_WERKING)) {
            fout("opgelegdOp", "voor 1 maart 2009 bestond het tijdelijk huisverbod niet");
            return null;
        }
        return moment;
    }

    static <E extends Enum<E>> E code(Class<E> type, String tekst, String veld, Importvelden lezer, boolean verplicht) {
        if (tekst == null) {
            if (verplicht) {
                lezer.fout(veld, "verplicht");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, tekst);
        } catch (IllegalArgumentException e) {
            lezer.fout(veld, "een van " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    static LocalDate datum(String tekst, String veld, Importvelden lezer) {
        if (tekst == null) {
            lezer.fout(veld, "verplicht");
            return null;
        }
        try {
            return LocalDate.parse(tekst, DATUM);
        } catch (DateTimeException e) {
            lezer.fout(veld, "geen bestaande datum (JJJJ-MM-DD)");
            return null;
        }
    }
}
