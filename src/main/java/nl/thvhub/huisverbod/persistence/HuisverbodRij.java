package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.instant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;

import nl.thvhub.huisverbod.AdviesKeuze;
import nl.thvhub.huisverbod.Beeindigingsgrond;
import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.GgzBetrokkenheid;
import nl.thvhub.huisverbod.Herhalingsgrond;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Intrekkingsgrond;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.Monitoringverlengingsreden;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.Verlengingsgrond;
import nl.thvhub.huisverbod.Vervolgactie;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Zaakfeiten;

/** A row of the case query to the case aggregate, column by column (persons, assignments and signals come as JSON). */
final class HuisverbodRij {

    private HuisverbodRij() {
    }

    static HuisverbodRepository.Gelezen gelezen(Row r) {
        Set<Zaakfeiten.Toestemmingsfeit> consents = new HashSet<>();
        for (Object o : asArray(r.getValue("toestemmingen"))) {
            JsonObject c = (JsonObject) o;
            consents.add(
                    new Zaakfeiten.Toestemmingsfeit(UUID.fromString(c.getString("b")), Categorie.valueOf(c.getString("c"))));
        }
        return new HuisverbodRepository.Gelezen(map(r), consents, r.getBoolean("noodtoegang"));
    }

    static Huisverbod map(Row r) {
        List<Huisverbod.Betrokkene> betrokkenen = new ArrayList<>();
        for (Object o : asArray(r.getValue("betrokkenen"))) {
            JsonObject b = (JsonObject) o;
            betrokkenen.add(
                    new Huisverbod.Betrokkene(UUID.fromString(b.getString("id")), BetrokkeneRol.valueOf(b.getString("rol")),
                            b.getString("naam"), LocalDate.parse(b.getString("geboortedatum"))));
        }
        List<Huisverbod.Toewijzing> toewijzingen = new ArrayList<>();
        for (Object o : asArray(r.getValue("toewijzingen"))) {
            JsonObject t = (JsonObject) o;
            toewijzingen.add(
                    new Huisverbod.Toewijzing(UUID.fromString(t.getString("id")), ToewijzingRol.valueOf(t.getString("rol")),
                            t.getString("gebruikersnaam"), Organisatie.valueOf(t.getString("organisatie")),
                            OffsetDateTime.parse(t.getString("toegewezenOp")).toInstant(),
                            uuids(t.getJsonArray("betrokkenen"))));
        }
        String advies = r.getString("verlengingsadvies");
        Boolean gesprek = r.getBoolean("gezamenlijk_gesprek");
        return new Huisverbod(r.getUUID("id"), r.getString("registratienummer"), Gemeente.valueOf(r.getString("gemeente")),
                r.getString("wijk"),
                new Huisverbod.Adres(r.getString("straat"), r.getString("huisnummer"), r.getString("postcode"),
                        r.getString("plaats")),
                instant(r.getOffsetDateTime("opgelegd_op")), instant(r.getOffsetDateTime("eindmoment")),
                instant(r.getOffsetDateTime("monitoring_einde")), Organisatie.valueOf(r.getString("coordinerende_organisatie")),
                GeweldType.valueOf(r.getString("geweld_type")), GeweldErnst.valueOf(r.getString("geweld_ernst")),
                JaNeeOnduidelijk.valueOf(r.getString("intieme_terreur")), r.getBoolean("strafrechtelijk_traject"),
                r.getUUID("herhaling_van"),
                r.getString("herhaling_grond") == null ? null : Herhalingsgrond.valueOf(r.getString("herhaling_grond")),
                r.getUUID("herhaling_import_id") == null
                        ? null
                        : new Huisverbod.Importherkomst(r.getUUID("herhaling_import_id"),
                                instant(r.getOffsetDateTime("herhaling_import_op"))),
                advies == null
                        ? null
                        : new Huisverbod.Advies(AdviesKeuze.valueOf(advies), gronden(r),
                                r.getString("verlengingsadvies_motivering"),
                                instant(r.getOffsetDateTime("verlengingsadvies_op"))),
                instant(r.getOffsetDateTime("verlengd_op")),
                r.getString("verlengingsbesluit") == null
                        ? null
                        : new Huisverbod.Verlengingsbesluit(AdviesKeuze.valueOf(r.getString("verlengingsbesluit")),
                                r.getString("verlengingsbesluit_motivering"),
                                instant(r.getOffsetDateTime("verlengingsbesluit_op"))),
                instant(r.getOffsetDateTime("ingetrokken_op")), r.getString("intrekking_reden"),
                r.getString("intrekking_grond") == null ? null : Intrekkingsgrond.valueOf(r.getString("intrekking_grond")),
                instant(r.getOffsetDateTime("beeindigd_op")), r.getString("beeindiging_reden"),
                r.getString("beeindiging_grond") == null ? null : Beeindigingsgrond.valueOf(r.getString("beeindiging_grond")),
                r.getString("monitoring_verlenging_reden") == null
                        ? null
                        : new Huisverbod.Monitoringverlenging(
                                Monitoringverlengingsreden.valueOf(r.getString("monitoring_verlenging_reden")),
                                r.getString("monitoring_verlenging_toelichting"),
                                instant(r.getOffsetDateTime("monitoring_verlengd_op"))),
                instant(r.getOffsetDateTime("afgesloten_op")),
                gesprek == null
                        ? null
                        : overdracht(r, gesprek),
                r.getInteger("versie"), betrokkenen, toewijzingen, r.getString("verblijf_uhg"),
                r.getString("verblijf_achterblijvers"),
                r.getString("plan_tekst") == null && r.getString("veiligheid_tekst") == null
                        ? null
                        : new Huisverbod.Hulpverlening(r.getString("plan_tekst"), r.getString("veiligheid_tekst")),
                signalen(r));
    }

    private static Huisverbod.Signalen signalen(Row r) {
        Object o = r.getValue("overtredingen");
        JsonObject ov = o instanceof JsonObject j ? j : new JsonObject(o.toString());
        List<Vervolgactie> vervolg = new ArrayList<>();
        ov.getJsonArray("vervolgacties").forEach(v -> vervolg.add(Vervolgactie.valueOf((String) v)));
        List<Huisverbod.GgzSignaal> ggz = new ArrayList<>();
        for (Object g : asArray(r.getValue("ggz_signalen"))) {
            JsonObject j = (JsonObject) g;
            ggz.add(new Huisverbod.GgzSignaal(UUID.fromString(j.getString("b")), GgzBetrokkenheid.valueOf(j.getString("j")),
                    j.getString("i"),
                    j.getString("r"), j.getString("t"), OffsetDateTime.parse(j.getString("op")).toInstant()));
        }
        return new Huisverbod.Signalen(new Huisverbod.Overtredingen(ov.getInteger("aantal"), ov.getInteger("vermoed"),
                ov.getInteger("zonderVervolg"), List.copyOf(vervolg),
                ov.getString("oudste") == null ? null : OffsetDateTime.parse(ov.getString("oudste")).toInstant()),
                List.copyOf(ggz), zorg(r), opvolging(r));
    }

    private static Huisverbod.Overdracht overdracht(Row r, boolean gesprek) {
        String org = r.getString("overdracht_organisatie");
        LocalDate bevestigd = r.getLocalDate("overdracht_bevestigd_op");
        return new Huisverbod.Overdracht(r.getString("overdracht_aan"), r.getLocalDate("overdracht_datum"), gesprek,
                r.getString("overdracht_geen_gesprek_reden"), org == null ? null : Organisatie.valueOf(org),
                bevestigd == null
                        ? null
                        : new Huisverbod.Bevestiging(bevestigd, r.getString("overdracht_bevestigd_door"),
                                Organisatie.valueOf(r.getString("overdracht_bevestigd_organisatie")),
                                instant(r.getOffsetDateTime("overdracht_bevestiging_vastgelegd_op"))),
                instant(r.getOffsetDateTime("overdracht_bereik_tot")));
    }

    private static Huisverbod.Opvolging opvolging(Row r) {
        JsonObject p = json(r.getValue("laatste_peilmoment"));
        JsonObject a = json(r.getValue("reclasseringsaanvraag"));
        return new Huisverbod.Opvolging(
                p == null
                        ? null
                        : new Huisverbod.Peilmoment(LocalDate.parse(p.getString("d")), p.getString("v"), p.getString("h")),
                r.getString("eindrapport"), r.getString("zorgadvies_risico"),
                a == null
                        ? null
                        : new Huisverbod.Adviesaanvraag(LocalDate.parse(a.getString("t")),
                                OffsetDateTime.parse(a.getString("op")).toInstant(),
                                OffsetDateTime.parse(a.getString("tot")).toInstant()),
                Boolean.TRUE.equals(r.getBoolean("zsm_beoordeeld")), politieverzoek(json(r.getValue("politieverzoek"))),
                ggzVraag(json(r.getValue("ggzvraag"))), zorgadviesaanvraag(json(r.getValue("zorgadviesaanvraag"))),
                nazorg(r.getValue("nazorg")));
    }

    private static List<Huisverbod.Nazorg> nazorg(Object waarde) {
        List<Huisverbod.Nazorg> lijst = new ArrayList<>();
        for (Object o : asArray(waarde)) {
            JsonObject n = (JsonObject) o;
            lijst.add(new Huisverbod.Nazorg(UUID.fromString(n.getString("id")), n.getString("s"), n.getString("g"),
                    Organisatie.valueOf(n.getString("o")),
                    n.getString("e") == null ? null : LocalDate.parse(n.getString("e"))));
        }
        return lijst;
    }

    private static Huisverbod.Zorgadviesaanvraag zorgadviesaanvraag(JsonObject v) {
        return v == null
                ? null
                : new Huisverbod.Zorgadviesaanvraag(UUID.fromString(v.getString("id")), LocalDate.parse(v.getString("t")),
                        OffsetDateTime.parse(v.getString("op")).toInstant(), v.getString("door"));
    }

    private static Huisverbod.GgzVraag ggzVraag(JsonObject v) {
        return v == null
                ? null
                : new Huisverbod.GgzVraag(UUID.fromString(v.getString("id")), UUID.fromString(v.getString("b")),
                        OffsetDateTime.parse(v.getString("op")).toInstant(),
                        OffsetDateTime.parse(v.getString("tot")).toInstant(),
                        v.getString("door"));
    }

    private static Huisverbod.Politieverzoek politieverzoek(JsonObject v) {
        return v == null
                ? null
                : new Huisverbod.Politieverzoek(UUID.fromString(v.getString("id")), UUID.fromString(v.getString("b")),
                        LocalDate.parse(v.getString("t")), OffsetDateTime.parse(v.getString("op")).toInstant(),
                        v.getString("door"));
    }

    private static JsonObject json(Object value) {
        return value == null ? null : value instanceof JsonObject j ? j : new JsonObject(value.toString());
    }

    private static Huisverbod.Zorgstand zorg(Row r) {
        List<Huisverbod.Contact> contacten = new ArrayList<>();
        for (Object c : asArray(r.getValue("contacten"))) {
            JsonObject j = (JsonObject) c;
            contacten.add(new Huisverbod.Contact(UUID.fromString(j.getString("b")), LocalDate.parse(j.getString("d")),
                    j.getString("v"), j.getBoolean("r"), j.getBoolean("ooit")));
        }
        return new Huisverbod.Zorgstand(List.copyOf(contacten), r.getLocalDate("verwijzing_open_sinds"));
    }

    private static JsonArray asArray(Object value) {
        if (value instanceof JsonArray a) {
            return a;
        }
        return value == null ? new JsonArray() : new JsonArray(value.toString());
    }

    /** The grounds of the extension advice, in the order given. */
    private static List<Verlengingsgrond> gronden(Row r) {
        String[] codes = r.getArrayOfStrings("verlengingsadvies_gronden");
        return codes == null ? List.of() : java.util.Arrays.stream(codes).map(Verlengingsgrond::valueOf).toList();
    }

    private static List<UUID> uuids(io.vertx.core.json.JsonArray a) {
        List<UUID> ids = new ArrayList<>();
        if (a != null) {
            a.forEach(o -> ids.add(UUID.fromString(String.valueOf(o))));
        }
        return ids;
    }
}
