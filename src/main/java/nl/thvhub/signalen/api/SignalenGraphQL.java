package nl.thvhub.signalen.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.api.ListQuery;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Adresmarkering;
import nl.thvhub.signalen.GgzSignaal;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.signalen.ThvAanvraag;
import nl.thvhub.signalen.service.AdresmarkeringService;
import nl.thvhub.signalen.service.GgzSignaalService;
import nl.thvhub.signalen.service.OvertredingService;
import nl.thvhub.signalen.service.ThvAanvraagService;

/** GraphQL over the signals: the same services, rules and audit as the REST resources. */
@GraphQLApi
@IdempotenteMutatie
public class SignalenGraphQL {

    private final OvertredingService overtredingen;
    private final GgzSignaalService ggz;
    private final AdresmarkeringService markeringen;
    private final ThvAanvraagService aanvragen;
    private final ActorResolver actors;

    public SignalenGraphQL(OvertredingService overtredingen, GgzSignaalService ggz, AdresmarkeringService markeringen,
            ThvAanvraagService aanvragen, ActorResolver actors) {
        this.overtredingen = overtredingen;
        this.ggz = ggz;
        this.markeringen = markeringen;
        this.aanvragen = aanvragen;
        this.actors = actors;
    }

    @Query("overtredingen")
    @Description("De overtredingen van een huisverbod, nieuwste eerst (categorie OVERTREDINGEN)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<List<Overtreding.@NonNull View>> overtredingen(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> overtredingen.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("overtredingRegistreren")
    @Description("Een overtreding registreren (politie) of een vermoeden melden (zorgcoordinator)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_PARTNER_SYSTEEM})
    public Uni<Overtreding.View> registreer(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("melding") Overtreding.Melding melding) {
        return actors.deferred().chain(a -> overtredingen.registreer(a, GraphQLIds.uuid(id), melding));
    }

    @Mutation("overtredingBeoordelen")
    @Description("Een vermoede overtreding bevestigen of afwijzen (politie)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_PARTNER_SYSTEEM})
    public Uni<Overtreding.View> beoordeel(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("overtredingId") String overtredingId,
            @NonNull @Name("beoordeling") Overtreding.Beoordeling beoordeling) {
        return actors.deferred()
                .chain(a -> overtredingen.beoordeel(a, GraphQLIds.uuid(id), GraphQLIds.uuid(overtredingId), beoordeling));
    }

    @Mutation("ggzSignaalZetten")
    @Description("Het GGZ-signaal van een persoon zetten (toegewezen GGZ-medewerker); nooit een diagnose")
    @RolesAllowed({Rol.C_GGZ})
    public Uni<Huisverbod.GgzSignaal> zetGgz(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("signaal") GgzSignaal.Instelling signaal) {
        return actors.deferred().chain(a -> ggz.zet(a, GraphQLIds.uuid(id), signaal));
    }

    @Query("adresmarkering")
    @Description("Of een adres gemarkeerd is en sinds wanneer (politie; elke opvraging wordt gelogd)")
    @RolesAllowed(Rol.POLITIE)
    public Uni<Adresmarkering.Opvraging> adresmarkering(@NonNull @Name("postcode") String postcode,
            @NonNull @Name("huisnummer") String huisnummer, @Name("toevoeging") String toevoeging) {
        return actors.deferred().chain(a -> markeringen.zoek(a, postcode, huisnummer, toevoeging));
    }

    @Mutation("overtredingVervolgVastleggen")
    @Description("Het vervolg van een bevestigde overtreding vastleggen (politie; eenmalig)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_PARTNER_SYSTEEM})
    public Uni<Overtreding.View> vervolg(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("overtredingId") String overtredingId, @NonNull @Name("vervolg") Overtreding.Vervolg vervolg) {
        return actors.deferred()
                .chain(a -> overtredingen.vervolg(a, GraphQLIds.uuid(id), GraphQLIds.uuid(overtredingId), vervolg));
    }

    @Query("overtredingenZonderVervolg")
    @Description("Bevestigde overtredingen zonder vervolg, oudste eerst, binnen de eigen scope; cursor, geen totalen")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<OvertredingZonderVervolgPagina> zonderVervolg(@Name("volgende") String volgende,
            @Name("limiet") Integer limiet) {
        return actors.deferred().chain(a -> overtredingen.zonderVervolg(a, ListQuery.cursor(volgende), ListQuery.limiet(limiet))
                .map(p -> new OvertredingZonderVervolgPagina(p.items(), ListQuery.encode(p.volgende()))));
    }

    @Mutation("adresmarkeringPlaatsen")
    @Description("Een adres markeren (met instemming van het OM; hoogstens een jaar geldig)")
    @RolesAllowed({Rol.C_POLITIE_THV})
    public Uni<Adresmarkering.View> plaats(@NonNull @Name("plaatsing") Adresmarkering.Plaatsing plaatsing) {
        return actors.deferred().chain(a -> markeringen.plaats(a, plaatsing));
    }

    @Mutation("thvAanvraagIndienen")
    @Description("Een huisverbod vanuit de hulpverlening aanvragen bij het weegteam")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_PARTNER_SYSTEEM})
    public Uni<ThvAanvraag.View> aanvraag(@NonNull @Name("aanvraag") ThvAanvraag.Aanvraag aanvraag) {
        return actors.deferred().chain(a -> aanvragen.aanvraag(a, aanvraag));
    }

    @Query("thvAanvragen")
    @Description("Aanvragen, nieuwste eerst; aanvragers zien die van de eigen organisatie, politie, gemeente en Veilig Thuis alle")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<ThvAanvraagPagina> aanvragen(@Name("status") ThvAanvraag.Status status, @Name("volgende") String volgende,
            @Name("limiet") Integer limiet) {
        return actors.deferred()
                .chain(a -> aanvragen
                        .lijst(a, status == null ? null : status.name(), ListQuery.cursor(volgende), ListQuery.limiet(limiet))
                        .map(p -> new ThvAanvraagPagina(p.items(), ListQuery.encode(p.volgende()))));
    }

    @Query("thvAanvraag")
    @Description("Een aanvraag")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<ThvAanvraag.View> aanvraag(@NonNull @Id @Name("id") String id) {
        return actors.deferred().chain(a -> aanvragen.een(a, GraphQLIds.uuid(id)));
    }

    @Query("thvAanvraagEvaluatie")
    @Description("Niet opgelegde aanvragen van de afgelopen zes weken (zeswekelijkse evaluatie)")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE})
    public Uni<ThvAanvraag.Evaluatie> evaluatie() {
        return actors.deferred().chain(aanvragen::evaluatie);
    }

    @Mutation("thvAanvraagBeslissen")
    @Description("De beslissing van het weegteam vastleggen (opgelegd met zaak, of niet opgelegd met motivering)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_GEMEENTE})
    public Uni<ThvAanvraag.View> beslis(@NonNull @Id @Name("id") String id,
            @NonNull @Name("beslissing") ThvAanvraag.Beslissing beslissing) {
        return actors.deferred().chain(a -> aanvragen.beslis(a, GraphQLIds.uuid(id), beslissing));
    }
}
