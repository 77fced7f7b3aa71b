package nl.thvhub.signalen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.service.Bewaartermijn;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/** At the end of retention the signals go with the case, and requests and markers age out on their own dates. */
@QuarkusTest
class SignalenBewaartermijnTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    @Inject
    TestClock clock;

    @Inject
    Bewaartermijn bewaartermijn;

    @Test
    void violation_texts_ggz_flags_old_requests_and_expired_markers_are_erased_after_retention() {
        String id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("politie-thv").post(BASE + id + "/overtredingen", Map.of("moment", clock.instant().minusSeconds(60).toString(),
                "soort", "CONTACT_FYSIEK", "melder", "ACHTERBLIJVER", "omschrijving", "Stond bij de voordeur")).statusCode(201);
        Api.as("ggz").put(BASE + id + "/ggz-signaal", Map.of("betrokkeneId", uhg, "betrokkenheid", "JA", "instelling",
                "GGZ inGeest", "contactpersoon", Map.of("rol", "behandelaar", "telefoon", "020-7885000"))).statusCode(200);
        String merk = "bewaartermijn " + UUID.randomUUID();
        String aanvraag = Api.as("zorgcoordinator").post("/api/v1/thv-aanvragen", Map.of("gemeente", "AMSTERDAM", "adres",
                Map.of("postcode", "1011AB", "huisnummer", "9"), "onderbouwing", merk)).statusCode(201).extract().path("id");
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), AMS);
        String huisnummer = String.valueOf(5000 + (int) (Math.random() * 4000));
        Api.as("politie-thv").post("/api/v1/adresmarkeringen", Map.of("postcode", "1102AB", "huisnummer", huisnummer, "reden",
                "Herhaald geweld", "geldigTot", vandaag.plusDays(10).toString(), "beoordeeldDoor", "teamchef", "omInstemming",
                Map.of("kenmerk", "OM-1", "datum", vandaag.toString()))).statusCode(201);
        clock.advance(Duration.ofDays(20));
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum",
                LocalDate.ofInstant(clock.instant(), AMS).toString(), "gezamenlijkGesprek", true, "beeindigingGrond",
                "DOEL_BEREIKT"))
                .statusCode(200);

        clock.advance(Duration.ofDays(5 * 365 + 2));
        bewaartermijn.wis().await().atMost(Duration.ofSeconds(30));

        assertThat(Db.count("overtreding where huisverbod_id = '" + id + "' and omschrijving <> 'VERWIJDERD'")).isZero();
        assertThat(Db.count("ggz_signaal where huisverbod_id = '" + id + "'")).isZero();
        assertThat(Db.count("thv_aanvraag where id = '" + aanvraag + "' and onderbouwing = 'VERWIJDERD'")).isEqualTo(1);
        assertThat(Db.count("thv_aanvraag where onderbouwing = '" + merk + "'")).isZero();
        assertThat(Db.count("adresmarkering where postcode = '1102AB' and huisnummer = '" + huisnummer + "'")).isZero();
    }
}
