package nl.thvhub.signalen.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.sql.Parameters;
import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.signalen.Adresmarkering;

/** SQL for address markers: placing one, whether an address has a valid one (and since when), reading one back. */
@ApplicationScoped
public class AdresmarkeringRepository {

    public Uni<Void> insert(SqlClient sql, Adresmarkering.View m, String gemarkeerdDoor) {
        return Parameters.met("id", m.id()).en("postcode", m.postcode()).en("huisnummer", m.huisnummer())
                .en("toevoeging", m.toevoeging()).en("reden", m.reden()).en("geldigVan", m.geldigVan())
                .en("geldigTot", m.geldigTot()).en("beoordeeldDoor", m.beoordeeldDoor())
                .en("kenmerk", m.omInstemming().kenmerk().trim()).en("instemmingOp", m.omInstemming().datum())
                .en("door", gemarkeerdDoor).voerUit(sql, """
                        insert into adresmarkering (id, postcode, huisnummer, toevoeging, reden, geldig_van, geldig_tot,
                          beoordeeld_door, om_kenmerk, om_instemming_op, gemarkeerd_door)
                        values (#{id}, #{postcode}, #{huisnummer}, #{toevoeging}, #{reden}, #{geldigVan}, #{geldigTot},
                          #{beoordeeldDoor}, #{kenmerk}, #{instemmingOp}, #{door})
                        """).replaceWithVoid();
    }

    /**
     * Since when the address has a valid marker (the earliest), if any. Without {@code toevoeging} ("") every marker on
     * the house number counts; with one, markers for that toevoeging and for the whole number do.
     */
    public Uni<Optional<LocalDate>> geldigSinds(SqlClient sql, String postcode, String huisnummer, String toevoeging,
            LocalDate vandaag) {
        return sql.preparedQuery("""
                select min(geldig_van) as sinds from adresmarkering
                where postcode = $1 and huisnummer = $2 and ($3 = '' or toevoeging in ('', $3))
                  and ingetrokken_op is null and geldig_tot >= $4
                """).execute(Tuple.of(postcode, huisnummer, toevoeging, vandaag)).map(rows -> {
            OffsetDateTime sinds = rows.iterator().next().getOffsetDateTime("sinds");
            return Optional.ofNullable(sinds).map(s -> LocalDate.ofInstant(s.toInstant(), Huisverbod.TIJDZONE));
        });
    }

    public Uni<Optional<Adresmarkering.View>> find(SqlClient sql, UUID id) {
        return sql.preparedQuery("select * from adresmarkering where id = $1").execute(Tuple.of(id))
                .map(rows -> Rijen.eerste(rows, r -> new Adresmarkering.View(id, r.getString("postcode"),
                        r.getString("huisnummer"), r.getString("toevoeging"), r.getString("reden"),
                        r.getOffsetDateTime("geldig_van").toInstant(), r.getLocalDate("geldig_tot"),
                        r.getString("beoordeeld_door"),
                        new Adresmarkering.OmInstemming(r.getString("om_kenmerk"), r.getLocalDate("om_instemming_op")))));
    }
}
