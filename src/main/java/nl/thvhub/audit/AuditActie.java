package nl.thvhub.audit;

/**
 * What an audit line records: one constant per kind of disclosure or privacy-relevant act. The name is what the log
 * stores and the FG searches by; README's glossary maps each to its REST path and GraphQL field.
 */
public enum AuditActie {
    // the case itself
    OPLEGGEN, LEZEN, LIJST, GESCHIEDENIS, TOEWIJZEN, VERLENGINGSADVIES, VERLENGD, INGETROKKEN, MONITORING_BEEINDIGD, AFGESLOTEN, HULPVERLENING_BIJGEWERKT,
    // signals on a case
    OVERTREDING_REGISTREREN, OVERTREDING_BEOORDELEN, OVERTREDING_VERVOLG, OVERTREDINGEN_LEZEN, OVERTREDINGEN_ZONDER_VERVOLG, GGZ_SIGNAAL_ZETTEN,
    // signals without a case
    ADRESMARKERING_PLAATSEN, ADRESMARKERING_OPVRAGEN, ADRESMARKERING_LEZEN, THV_AANVRAAG_INDIENEN, THV_AANVRAAG_LEZEN, THV_AANVRAAG_BESLISSEN, THV_AANVRAGEN_LEZEN, THV_AANVRAGEN_EVALUATIE,
    // the criminal track
    AFDOENING_REGISTREREN, AFDOENINGEN_LEZEN, PRIORITEITENLIJST,
    // consent and emergency access
    TOESTEMMING_VASTGELEGD, TOESTEMMING_INGETROKKEN,
    // notifications
    NOTIFICATIE, WEBHOOK, WEBHOOK_HERLEVERD, ONBEVESTIGD,
    // statistics and the import of history
    STATISTIEK_LEZEN, IMPORTEREN,
    // plumbing that discloses
    IDEMPOTENT_HERHAALD, RETENTIE_GEWIST,
    // the FG's own reads
    AUDIT_ZOEKEN, AUDIT_EXPORT, INZAGE_RAPPORT
}
