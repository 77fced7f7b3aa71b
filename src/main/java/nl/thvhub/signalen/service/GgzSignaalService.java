package nl.thvhub.signalen.service;

import static nl.thvhub.platform.Tijd.odt;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.GgzBetrokkenheid;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;

/**
 * Sets the GGZ flag of a person in a case. Only the assigned GGZ worker sets it; who may read it is decided per person by
 * the sharing policy (category GGZ, consent for coordinator and gezinsmanager), in the case view.
 */
@ApplicationScoped
public class GgzSignaalService {

    private final Zaakwerk werk;
    private final Outbox outbox;
    private final Validator validator;

    GgzSignaalService(Zaakwerk werk, Outbox outbox, Validator validator) {
        this.werk = werk;
        this.outbox = outbox;
        this.validator = validator;
    }

    /** Stores the flag (replacing the earlier one for that person) and tells those who follow the case. */
    public Uni<Huisverbod.GgzSignaal> zet(Actor actor, UUID zaakId, GgzSignaal.Instelling s) {
        if (actor.rol() != Rol.GGZ) {
            throw ProblemException.forbidden("Het GGZ-signaal zet de toegewezen GGZ-medewerker.");
        }
        Invoer.valideer(validator, s);
        if (s.betrokkenheid() != GgzBetrokkenheid.NEE && (s.instelling() == null || s.instelling().isBlank())) {
            throw ProblemException.invalid("instelling", "verplicht als GGZ (vermoedelijk) betrokken is");
        }
        boolean nee = s.betrokkenheid() == GgzBetrokkenheid.NEE;
        return werk.op(actor, zaakId, "GGZ_SIGNAAL_ZETTEN", Categorie.GGZ, (conn, h, now) -> {
            boolean persoonVanZaak = h.betrokkenen().stream().anyMatch(p -> p.id().equals(s.betrokkeneId())
                    && (p.rol() == BetrokkeneRol.UITHUISGEPLAATSTE || p.rol() == BetrokkeneRol.ACHTERBLIJVER));
            if (!persoonVanZaak) {
                throw ProblemException.invalid("betrokkeneId", "geen uithuisgeplaatste of achterblijver van deze zaak");
            }
            GgzSignaal.Contactpersoon c = nee ? null : s.contactpersoon();
            Huisverbod.GgzSignaal nieuw = new Huisverbod.GgzSignaal(s.betrokkeneId(), s.betrokkenheid(),
                    nee ? null : s.instelling().trim(), c == null ? null : c.rol().trim(),
                    c == null ? null : c.telefoon().trim(), now);
            return conn
                    .preparedQuery(
                            """
                                    insert into ggz_signaal (huisverbod_id, betrokkene_id, betrokkenheid, instelling, contact_rol, contact_telefoon,
                                      gewijzigd_door, gewijzigd_op)
                                    values ($1, $2, $3, $4, $5, $6, $7, $8)
                                    on conflict (huisverbod_id, betrokkene_id) do update set betrokkenheid = excluded.betrokkenheid,
                                      instelling = excluded.instelling, contact_rol = excluded.contact_rol,
                                      contact_telefoon = excluded.contact_telefoon, gewijzigd_door = excluded.gewijzigd_door,
                                      gewijzigd_op = excluded.gewijzigd_op
                                    """)
                    .execute(Tuple.tuple().addUUID(zaakId).addUUID(nieuw.betrokkeneId()).addString(nieuw.betrokkenheid().name())
                            .addString(nieuw.instelling()).addString(nieuw.contactRol()).addString(nieuw.contactTelefoon())
                            .addString(actor.gebruikersnaam()).addOffsetDateTime(odt(now)))
                    .call(() -> outbox.emit(conn, "ggz-signaal.gewijzigd", HuisverbodService.feiten(h), actor, now))
                    .replaceWith(nieuw);
        });
    }
}
