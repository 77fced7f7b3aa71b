package nl.thvhub.platform;

import java.util.Map;

/**
 * The {@code operationId} of every REST operation: the name a generated client gives its method. Where GraphQL has the
 * same operation, the name is the GraphQL field's, so both APIs speak of {@code huisverbodOpleggen}.
 * {@code OpenApiDocumentTest} fails when an operation has none, so a new endpoint gets its name here.
 */
final class Operatienamen {

    static final Map<String, String> PER_OPERATIE = Map.ofEntries(
            Map.entry("POST /abonnementen", "abonnementAanmaken"),
            Map.entry("GET /abonnementen", "abonnementen"),
            Map.entry("DELETE /abonnementen/{id}", "abonnementBeeindigen"),
            Map.entry("POST /abonnementen/{id}/geheim", "abonnementGeheimRoteren"),
            Map.entry("GET /abonnementen/{id}/afleveringen", "afleveringen"),
            Map.entry("POST /abonnementen/{id}/afleveringen/{afleveringId}/herlevering", "afleveringHerleveren"),
            Map.entry("GET /adresmarkeringen", "adresmarkeringOpvragenVerouderd"),
            Map.entry("POST /adresmarkeringen", "adresmarkeringPlaatsen"),
            Map.entry("POST /adresmarkeringen/zoeken", "adresmarkering"),
            Map.entry("GET /audit", "auditregels"),
            Map.entry("GET /audit/verificatie", "auditketenVerifieren"),
            Map.entry("POST /huisverboden", "huisverbodOpleggen"),
            Map.entry("GET /huisverboden", "huisverboden"),
            Map.entry("POST /import/huisverboden", "huisverbodenImporteren"),
            Map.entry("GET /import/{id}", "importStatus"),
            Map.entry("DELETE /import/{id}", "importIntrekken"),
            Map.entry("GET /statistieken/huisverboden", "statistieken"),
            Map.entry("GET /huisverboden/{id}", "huisverbod"),
            Map.entry("GET /huisverboden/{id}/afdoeningen", "afdoeningen"),
            Map.entry("POST /huisverboden/{id}/afdoeningen", "afdoeningRegistreren"),
            Map.entry("POST /huisverboden/{id}/afsluiting", "afsluiten"),
            Map.entry("POST /huisverboden/{id}/beeindiging", "monitoringBeeindigen"),
            Map.entry("GET /huisverboden/{id}/geschiedenis", "geschiedenis"),
            Map.entry("PUT /huisverboden/{id}/ggz-signaal", "ggzSignaalZetten"),
            Map.entry("PUT /huisverboden/{id}/hulpverlening", "hulpverleningBijwerken"),
            Map.entry("POST /huisverboden/{id}/intrekking", "intrekken"),
            Map.entry("POST /huisverboden/{id}/overtredingen", "overtredingRegistreren"),
            Map.entry("GET /huisverboden/{id}/overtredingen", "overtredingen"),
            Map.entry("POST /huisverboden/{id}/overtredingen/{overtredingId}/beoordeling", "overtredingBeoordelen"),
            Map.entry("PUT /huisverboden/{id}/overtredingen/{overtredingId}/vervolg", "overtredingVervolgVastleggen"),
            Map.entry("POST /huisverboden/{id}/toewijzingen", "toewijzen"),
            Map.entry("POST /huisverboden/{id}/verlenging", "verlengen"),
            Map.entry("POST /huisverboden/{id}/verlengingsadvies", "verlengingsadviesGeven"),
            Map.entry("GET /huisverboden/{id}/betrokkenen/{betrokkeneId}/probleemanalyse", "probleemanalyse"),
            Map.entry("PUT /huisverboden/{id}/betrokkenen/{betrokkeneId}/probleemanalyse", "probleemanalyseVastleggen"),
            Map.entry("GET /huisverboden/{id}/betrokkenen/{betrokkeneId}/netwerk", "netwerk"),
            Map.entry("PUT /huisverboden/{id}/betrokkenen/{betrokkeneId}/netwerk", "netwerkVastleggen"),
            Map.entry("GET /huisverboden/{id}/plannen/{soort}", "plan"),
            Map.entry("PUT /huisverboden/{id}/plannen/{soort}", "planVastleggen"),
            Map.entry("GET /huisverboden/{id}/verwijzingen", "verwijzingen"),
            Map.entry("POST /huisverboden/{id}/verwijzingen", "verwijzingAanmelden"),
            Map.entry("POST /huisverboden/{id}/verwijzingen/{verwijzingId}/status", "verwijzingStatusWijzigen"),
            Map.entry("GET /huisverboden/{id}/contactmomenten", "contactmomenten"),
            Map.entry("POST /huisverboden/{id}/contactmomenten", "contactmomentVastleggen"),
            Map.entry("GET /huisverboden/{id}/monitoring/peilmomenten", "peilmomenten"),
            Map.entry("POST /huisverboden/{id}/monitoring/peilmomenten", "peilmomentVastleggen"),
            Map.entry("GET /huisverboden/{id}/monitoring/eindrapport", "eindrapport"),
            Map.entry("PUT /huisverboden/{id}/monitoring/eindrapport", "eindrapportVastleggen"),
            Map.entry("POST /huisverboden/{id}/overdracht/bevestiging", "overdrachtBevestigen"),
            Map.entry("GET /huisverboden/{id}/zorgadvies", "zorgadvies"),
            Map.entry("PUT /huisverboden/{id}/zorgadvies", "zorgadviesVastleggen"),
            Map.entry("GET /huisverboden/{id}/reclasseringsadvies", "reclasseringsadviezen"),
            Map.entry("POST /huisverboden/{id}/reclasseringsadvies/aanvraag", "reclasseringsadviesAanvragen"),
            Map.entry("PUT /huisverboden/{id}/reclasseringsadvies", "reclasseringsadviesLeveren"),
            Map.entry("DELETE /huisverboden/{id}/reclasseringsadvies/aanvraag", "reclasseringsadviesAanvraagIntrekken"),
            Map.entry("GET /ik", "ik"),
            Map.entry("GET /inzage/{betrokkeneId}", "inzagerapport"),
            Map.entry("GET /noodtoegang", "noodtoegangen"),
            Map.entry("POST /noodtoegang/{id}/beoordeling", "noodtoegangBeoordelen"),
            Map.entry("GET /notificaties", "notificaties"),
            Map.entry("GET /notificaties/onbevestigd", "onbevestigdeNotificaties"),
            Map.entry("POST /notificaties/{id}/bevestiging", "notificatieBevestigen"),
            Map.entry("GET /overtredingen/zonder-vervolg", "overtredingenZonderVervolg"),
            Map.entry("GET /thv-aanvragen", "thvAanvragen"),
            Map.entry("POST /thv-aanvragen", "thvAanvraagIndienen"),
            Map.entry("GET /thv-aanvragen/evaluatie", "thvAanvraagEvaluatie"),
            Map.entry("GET /thv-aanvragen/{id}", "thvAanvraag"),
            Map.entry("POST /thv-aanvragen/{id}/beslissing", "thvAanvraagBeslissen"),
            Map.entry("POST /toestemmingen", "toestemmingVastleggen"),
            Map.entry("GET /toestemmingen", "toestemmingen"),
            Map.entry("POST /toestemmingen/{id}/intrekking", "toestemmingIntrekken"),
            Map.entry("GET /toestemmingen/eigen-organisatie", "toestemmingenTerBeoordeling"),
            Map.entry("GET /zsm/prioriteitenlijst", "prioriteitenlijst"));

    private Operatienamen() {
    }
}
