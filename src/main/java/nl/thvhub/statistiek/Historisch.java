package nl.thvhub.statistiek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;

/** One historical THV as imported: enough to count it and to recognise a repeat, nothing of a running case. */
public record Historisch(String externId, Instant opgelegdOp, Gemeente gemeente, String wijk, boolean verlengd,
        boolean ingetrokken, boolean vanuitZorg, boolean herhaling, int aantalOvertredingen, boolean minderjarigen,
        GeweldType geweldType, GeweldErnst geweldErnst, boolean rihg, boolean strafrechtelijkTraject,
        nl.thvhub.huisverbod.JaNeeOnduidelijk intiemeTerreur, List<Persoon> betrokkenen) {

    /** A person of an imported THV, as in the case API. */
    public record Persoon(BetrokkeneRol rol, String naam, LocalDate geboortedatum) {
    }
}
