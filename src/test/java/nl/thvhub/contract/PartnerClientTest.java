package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.partnerclient.ApiClient;
import nl.thvhub.partnerclient.api.HuisverbodenApi;
import nl.thvhub.partnerclient.api.SignalenApi;
import nl.thvhub.partnerclient.api.StrafrechtApi;
import nl.thvhub.partnerclient.model.AdresInput;
import nl.thvhub.partnerclient.model.Advies;
import nl.thvhub.partnerclient.model.AfdoeningRegistratieInput;
import nl.thvhub.partnerclient.model.AfdoeningVersie;
import nl.thvhub.partnerclient.model.BetrokkeneInput;
import nl.thvhub.partnerclient.model.BetrokkeneRol;
import nl.thvhub.partnerclient.model.Categorie;
import nl.thvhub.partnerclient.model.CriteriaInput;
import nl.thvhub.partnerclient.model.Gemeente;
import nl.thvhub.partnerclient.model.GeweldErnst;
import nl.thvhub.partnerclient.model.GeweldInput;
import nl.thvhub.partnerclient.model.GeweldType;
import nl.thvhub.partnerclient.model.Huisverbod;
import nl.thvhub.partnerclient.model.HuisverbodStatus;
import nl.thvhub.partnerclient.model.JaNeeOnduidelijk;
import nl.thvhub.partnerclient.model.Melder;
import nl.thvhub.partnerclient.model.MeldingInput;
import nl.thvhub.partnerclient.model.OpleggenInput;
import nl.thvhub.partnerclient.model.Overtreding;
import nl.thvhub.partnerclient.model.OvertredingStatus;
import nl.thvhub.partnerclient.model.Prioriteitenlijst;
import nl.thvhub.partnerclient.model.Soort;
import nl.thvhub.partnerclient.model.ToewijzenInput;
import nl.thvhub.partnerclient.model.ToewijzingRol;
import nl.thvhub.partnerclient.model.VerlengingInput;
import nl.thvhub.partnerclient.model.VerlengingsadviesInput;
import nl.thvhub.testing.Tokens;

/**
 * An integrator's view: a Java client generated from the committed {@code openapi/openapi.yaml} by
 * openapi-generator (no hand edits, see the pom) drives a case through its life with real Keycloak tokens. Its
 * object mapper refuses properties the document does not name, so every answer read here matches the document.
 * After a model change that renames a generated type this test uses, refresh the document first (with this test
 * set aside, since the client is generated from the committed file), then adapt the test.
 */
@QuarkusTest
class PartnerClientTest {

    @TestHTTPResource("/api/v1")
    URI basis;

    private ApiClient als(String gebruiker) {
        return met(Tokens.of(gebruiker));
    }

    /** A partner system's client (client credentials) that acts for a named employee of its organisation. */
    private ApiClient systeem(String clientId) {
        return met(Tokens.partner(clientId));
    }

    /** The generated client against this hub, strict about unknown fields, sending this bearer token. */
    private ApiClient met(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(basis.toString());
        client.setObjectMapper(
                ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String sleutel() {
        return UUID.randomUUID().toString();
    }

    private static String etag(Huisverbod h) {
        return "\"" + h.getVersie() + "\"";
    }

    @Test
    void an_integrator_runs_a_case_end_to_end_with_only_the_generated_client() throws Exception {
        OffsetDateTime opgelegd = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
        int n = (int) (System.nanoTime() % 90_000) + 10_000;
        OpleggenInput opleggen = new OpleggenInput().gemeente(Gemeente.AMSTERDAM).wijk("centrum").opgelegdOp(opgelegd)
                .adres(new AdresInput().straat("Clientstraat").huisnummer(String.valueOf(n)).postcode("1011AB")
                        .plaats("Amsterdam"))
                .betrokkenen(List.of(
                        new BetrokkeneInput().rol(BetrokkeneRol.UITHUISGEPLAATSTE).naam("Client Pleger " + n)
                                .geboortedatum(LocalDate.of(1980, 1, 1)),
                        new BetrokkeneInput().rol(BetrokkeneRol.ACHTERBLIJVER).naam("Client Slachtoffer " + n)
                                .geboortedatum(LocalDate.of(1982, 2, 2))))
                .geweld(new GeweldInput().type(GeweldType.PARTNERGEWELD).ernst(GeweldErnst.ERNSTIG)
                        .intiemeTerreur(JaNeeOnduidelijk.NEE))
                .strafrechtelijkTraject(true).verblijfUhg("Bij zijn broer")
                .criteria(new CriteriaInput().ernstigEnOnmiddellijkGevaar(true).plegerMeerderjarig(true)
                        .vakerDanIncidenteelAanwezig(true));

        // imposed by the police
        Huisverbod zaak = new HuisverbodenApi(als("politie-thv")).huisverbodOpleggen(opleggen, sleutel(), null);
        UUID id = zaak.getId();
        assertThat(zaak.getStatus()).isEqualTo(HuisverbodStatus.OPGELEGD);

        // handed to the coordinator by Veilig Thuis
        Huisverbod toegewezen = new HuisverbodenApi(als("veilig-thuis")).toewijzen(id,
                new ToewijzenInput().rol(ToewijzingRol.ZORGCOORDINATOR).gebruikersnaam("zorgcoordinator"), null, sleutel(),
                null);
        assertThat(toegewezen.getId()).isEqualTo(id);

        // advised by the coordinator, extended by the gemeente
        HuisverbodenApi coordinator = new HuisverbodenApi(als("zorgcoordinator"));
        Huisverbod gelezen = coordinator.huisverbod(id, null);
        Huisverbod geadviseerd = coordinator.verlengingsadviesGeven(id,
                new VerlengingsadviesInput().advies(Advies.VERLENGEN).motivering("Dreiging houdt aan")
                        .addGrondenItem(nl.thvhub.partnerclient.model.Verlengingsgrond.DREIGING_HOUDT_AAN),
                etag(gelezen),
                sleutel(), null);
        assertThat(geadviseerd.getVerlengingsadvies().getAdvies()).isEqualTo(Advies.VERLENGEN);
        HuisverbodenApi gemeente = new HuisverbodenApi(als("gemeente"));
        Huisverbod verlengd = gemeente.verlengen(id, new VerlengingInput().motivering("Advies gevolgd"),
                etag(gemeente.huisverbod(id, null)), sleutel(), null);
        assertThat(verlengd.getVerlengd()).isTrue();
        assertThat(verlengd.getStatus()).isEqualTo(HuisverbodStatus.VERLENGD);

        // read by three roles: what the policy withholds is null and named in onthouden
        Huisverbod politie = new HuisverbodenApi(als("politie-thv")).huisverbod(id, null);
        assertThat(politie.getVerblijfUhg()).isEqualTo("Bij zijn broer");
        assertThat(politie.getOnthouden()).contains(Categorie.HULPVERLENING, Categorie.GGZ);
        assertThat(politie.getHulpverlening()).isNull();
        assertThat(politie.getGgzSignalen()).isNull();

        Huisverbod zorg = coordinator.huisverbod(id, null);
        assertThat(zorg.getToewijzingen()).anySatisfy(t -> assertThat(t.getGebruikersnaam()).isEqualTo("zorgcoordinator"));
        assertThat(zorg.getOnthouden()).doesNotContain(Categorie.HULPVERLENING);

        Huisverbod gem = gemeente.huisverbod(id, null);
        assertThat(gem.getOnthouden()).contains(Categorie.VERBLIJF_UHG, Categorie.STRAFRECHT);
        assertThat(gem.getVerblijfUhg()).isNull();
        assertThat(gem.getStrafrechtelijkTraject()).isNull();
        assertThat(gem.getGemeente()).isEqualTo(Gemeente.AMSTERDAM);

        // a violation registered by the police
        Overtreding overtreding = new SignalenApi(als("politie-thv")).overtredingRegistreren(id,
                new MeldingInput().moment(opgelegd.plusMinutes(30)).soort(Soort.AANWEZIG_BIJ_WONING).melder(Melder.BUURT)
                        .omschrijving("Aangetroffen bij de woning"),
                sleutel(), null);
        assertThat(overtreding.getStatus()).isEqualTo(OvertredingStatus.BEVESTIGD);
        assertThat(overtreding.getVervolgactie()).isNull();

        // an assessment by ZSM, and the priority list that still holds the case
        StrafrechtApi zsm = new StrafrechtApi(als("om-zsm"));
        AfdoeningVersie versie = zsm.afdoeningRegistreren(id,
                new AfdoeningRegistratieInput().zsmBeoordelingDatum(LocalDate.now(ZoneOffset.UTC)), sleutel(), null);
        assertThat(versie.getVersie()).isEqualTo(1);
        assertThat(versie.getBeslissing()).isNull();
        Prioriteitenlijst lijst = zsm.prioriteitenlijst(Gemeente.AMSTERDAM, null);
        assertThat(lijst.getItems()).anySatisfy(r -> assertThat(r.getHuisverbodId()).isEqualTo(id));
    }

    /** Issue 38: Blijf Groep's own system records a contact attempt and a referral for the assigned coordinator. */
    @Test
    void a_partner_system_records_a_contact_attempt_and_a_referral_for_its_employee_with_the_generated_client()
            throws Exception {
        String id = nl.thvhub.testing.Cases.imposedWithCoordinator(java.time.Instant.now().minusSeconds(600));
        UUID zaak = UUID.fromString(id);
        Huisverbod gelezen = new HuisverbodenApi(als("zorgcoordinator")).huisverbod(zaak, null);
        UUID uhg = gelezen.getBetrokkenen().stream().filter(b -> b.getRol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                .findFirst().orElseThrow().getId();
        LocalDate vandaag = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        nl.thvhub.partnerclient.api.ZorgcoordinatieApi blijfGroep = new nl.thvhub.partnerclient.api.ZorgcoordinatieApi(
                systeem("partner-blijfgroep"));
        nl.thvhub.partnerclient.model.Contactmoment contact = blijfGroep.contactmomentVastleggen(zaak,
                new nl.thvhub.partnerclient.model.ContactmomentInput().betrokkeneId(uhg).datum(vandaag)
                        .vorm(nl.thvhub.partnerclient.model.Contactvorm.TELEFOON).bereikt(false),
                sleutel(), "zorgcoordinator");
        assertThat(contact.getVastgelegdDoor()).isEqualTo("zorgcoordinator");
        nl.thvhub.partnerclient.model.Verwijzing verwijzing = blijfGroep.verwijzingAanmelden(zaak,
                new nl.thvhub.partnerclient.model.VerwijzingInput().betrokkeneId(uhg).naar("Schuldhulp Amsterdam")
                        .code(nl.thvhub.partnerclient.model.Verwijzingscode.SCHULDHULP).aangemeldOp(vandaag),
                sleutel(), "zorgcoordinator");
        assertThat(verwijzing.getBetrokkeneId()).isEqualTo(uhg);
    }
}
