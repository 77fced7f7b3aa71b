package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;

/**
 * The kinds of task a case opens for a desk. Each kind's rule (when it opens, for whom, about whom, its due moment,
 * when it is done) is {@link Taakregels} in Java and {@code TaakRepository} in SQL, pinned to each other by a test; the
 * policy file names the category each kind reveals ({@code onthulling.taken}).
 */
@Enum("Taaksoort")
public enum Taaksoort {
    /** Veilig Thuis assigns a coordinator, the day of imposition. */
    ZORGCOORDINATOR_TOEWIJZEN,
    /** Veilig Thuis assigns a gezinsmanager where minors are involved (not in Amstelveen and Aalsmeer). */
    GEZINSMANAGER_TOEWIJZEN,
    /** The coordinator reaches each adult; a person not reached stays open, overdue. */
    EERSTE_CONTACT,
    /** The coordinator advises on extension, two days before the THV ends. */
    VERLENGINGSADVIES_GEVEN,
    /** The mayor decides on extension once the advice is in, before the THV ends. */
    VERLENGING_BESLUITEN,
    /** ZSM assesses a running THV with a criminal track before it ends (the priority list's rule). */
    ZSM_BEOORDELEN,
    /** The wijkagent follows up a confirmed violation. */
    OVERTREDING_OPVOLGEN,
    /** The coordinator sees that a referral starts. */
    VERWIJZING_STARTEN,
    /** The coordinator holds the six-week check-in. */
    PEILMOMENT_HOUDEN,
    /** The coordinator writes the monitoring report before monitoring ends. */
    EINDRAPPORT_OPSTELLEN,
    /** The coordinator closes the case once monitoring has ended. */
    AFSLUITEN,
    /** The receiving partner confirms a warm hand-over. */
    OVERDRACHT_BEVESTIGEN,
    /** The Reclassering delivers its advice by the requested date. */
    RECLASSERINGSADVIES_LEVEREN,
    /** The police (the wijkagent of the case's wijk, or the police THV desk) answer the UHG's coordinator's request. */
    POLITIEVERZOEK_UITVOEREN,
    /** The UHG's coordinator follows up the own request to the police until it is answered. */
    POLITIEVERZOEK_AFWACHTEN,
    /** The GGZ organisation answers whether it knows a person (with the person's GGZ flag), within a set period. */
    GGZ_BEKEND_BEANTWOORDEN,
    /** The case's coordinator gives the care advice ZSM asked for, by the requested date (issue 34.2). */
    ZORGINBRENG_GEVEN,
    /** The owner of intensive case management after the THV reviews it by its review date (issue 35.2). */
    ICM_EVALUEREN
}
