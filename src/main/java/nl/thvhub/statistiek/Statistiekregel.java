package nl.thvhub.statistiek;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Gemeente;

/**
 * One row of the statistics: a group (a grouping field that is {@code null} means the total over it, as SQL ROLLUP
 * gives; the last row is the grand total) and its counts. A count withheld by small-cell suppression is {@code null} and
 * named in {@code onderdrukt}. The UHG's measures (issue 33): UHGs with a known place to stay and with shelter granted
 * (by their last record), requests to the police made and answered, and UHGs by their cooperation at the last contact
 * that reached them. The mayor's decisions (issue 34): THVs decided not to be extended, and withdrawals by their coded
 * ground (a withdrawal without one counts in {@code ingetrokken} only).
 */
@Type("Statistiekregel")
@Schema(name = "Statistiekregel")
public record Statistiekregel(Integer jaar, Integer kwartaal, Gemeente gemeente, Regio regio, Long aantal, Long verlengd,
        Long ingetrokken, Long vanuitZorg, Long herhaling, Long metOvertredingen, Long metMinderjarigen, Long aanhoudingen,
        Long uhg, Long uhgBereikt, Long verwijzingenAchterblijver, Long gestartAchterblijver, Long verwijzingenUhg,
        Long gestartUhg, Long verwijzingenKind, Long gestartKind, Long uhgMetVerblijf, Long opvangToegekend,
        Long politieverzoeken, Long politieverzoekenBeantwoord, Long uhgMedewerkingJa, Long uhgMedewerkingDeels,
        Long uhgMedewerkingNee, Long nietVerlengd, Long ingetrokkenVeiligheidsafspraken,
        Long ingetrokkenJuridischNietHoudbaar, Long ingetrokkenRechterOpgeheven, Long ingetrokkenAnders,
        Double wachttijdMediaanDagen,
        @NotNull List<@NotNull String> onderdrukt) {

    /** The counted measures, in the order of the record, as they are named in {@code onderdrukt}. */
    public static final List<String> MATEN = List.of("aantal", "verlengd", "ingetrokken", "vanuitZorg", "herhaling",
            "metOvertredingen", "metMinderjarigen", "aanhoudingen", "uhg", "uhgBereikt", "verwijzingenAchterblijver",
            "gestartAchterblijver", "verwijzingenUhg", "gestartUhg", "verwijzingenKind", "gestartKind", "uhgMetVerblijf",
            "opvangToegekend", "politieverzoeken", "politieverzoekenBeantwoord", "uhgMedewerkingJa", "uhgMedewerkingDeels",
            "uhgMedewerkingNee", "nietVerlengd", "ingetrokkenVeiligheidsafspraken", "ingetrokkenJuridischNietHoudbaar",
            "ingetrokkenRechterOpgeheven", "ingetrokkenAnders");

    /** The median is named in {@code onderdrukt} when it rests on too few started referrals to show. */
    public static final String MEDIAAN = "wachttijdMediaanDagen";
}
