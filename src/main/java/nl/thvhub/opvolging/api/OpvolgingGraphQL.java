package nl.thvhub.opvolging.api;

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

import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Overdrachtbevestiging;
import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.opvolging.service.MonitoringService;
import nl.thvhub.opvolging.service.OverdrachtService;
import nl.thvhub.opvolging.service.ZorgadviesService;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** GraphQL over the follow-through: monitoring, the hand-over's confirmation and the zorgadvies, as over REST. */
@GraphQLApi
@IdempotenteMutatie
public class OpvolgingGraphQL {

    private final MonitoringService monitoring;
    private final OverdrachtService overdracht;
    private final ZorgadviesService advies;
    private final ActorResolver actors;

    public OpvolgingGraphQL(MonitoringService monitoring, OverdrachtService overdracht, ZorgadviesService advies,
            ActorResolver actors) {
        this.monitoring = monitoring;
        this.overdracht = overdracht;
        this.advies = advies;
        this.actors = actors;
    }

    @Query("peilmomenten")
    @Description("De peilmomenten van de monitoring (HULPVERLENING), nieuwste eerst")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Peilmoment.@NonNull View>> peilmomenten(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> monitoring.peilmomenten(a, GraphQLIds.uuid(id)));
    }

    @Mutation("peilmomentVastleggen")
    @Description("Een peilmoment van de monitoring vastleggen (zorgcoordinator van de zaak)")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<Peilmoment.View> peilmomentVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("peilmoment") Peilmoment.Vastlegging peilmoment) {
        return actors.deferred().chain(a -> monitoring.peilmomentVastleggen(a, GraphQLIds.uuid(id), peilmoment));
    }

    @Query("eindrapport")
    @Description("Het eindrapport van de monitoring (HULPVERLENING; de uitkomst per persoon per persoon)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Eindrapport.View> eindrapport(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> monitoring.eindrapport(a, GraphQLIds.uuid(id)));
    }

    @Mutation("eindrapportVastleggen")
    @Description("Het eindrapport vastleggen of er met reden van afzien; versie is de gelezen versie (als If-Match)")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<Eindrapport.View> eindrapportVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @Name("versie") Integer versie, @NonNull @Name("eindrapport") Eindrapport.Vastlegging eindrapport) {
        return actors.deferred().chain(a -> monitoring.eindrapportVastleggen(a, GraphQLIds.uuid(id), versie, eindrapport));
    }

    @Mutation("overdrachtBevestigen")
    @Description("De ontvangst van de warme overdracht bevestigen (de ontvangende partner, of de zorgcoordinator voor een partij buiten de hub)")
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING,
            Rol.C_GGZ, Rol.C_PARTNER_SYSTEEM})
    public Uni<Overdrachtbevestiging.View> overdrachtBevestigen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("bevestiging") Overdrachtbevestiging.Vastlegging bevestiging) {
        return actors.deferred().chain(a -> overdracht.bevestig(a, GraphQLIds.uuid(id), bevestiging));
    }

    @Query("zorginbreng")
    @Description("De zorginbreng voor ZSM (ZORGADVIES; het OM leest haar op eigen grondslag), met de openstaande vraag van ZSM")
    @RolesAllowed(Rol.ALLE)
    public Uni<Zorgadvies.View> zorginbreng(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> advies.lees(a, GraphQLIds.uuid(id)));
    }

    @Mutation("zorginbrengVastleggen")
    @Description("De zorginbreng voor ZSM vastleggen (zorgcoordinator of gezinsmanager); versie is de gelezen versie; "
            + "beantwoordt een openstaande vraag van ZSM")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Zorgadvies.View> zorginbrengVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @Name("versie") Integer versie, @NonNull @Name("zorginbreng") Zorgadvies.Vastlegging zorginbreng) {
        return actors.deferred().chain(a -> advies.schrijf(a, GraphQLIds.uuid(id), versie, zorginbreng));
    }

    @Query("zorgadvies")
    @Description("Verouderd: gebruik zorginbreng (verdwijnt in de volgende versie)")
    @Deprecated
    @RolesAllowed(Rol.ALLE)
    public Uni<Zorgadvies.View> zorgadvies(@NonNull @Id @Name("huisverbodId") String id) {
        return zorginbreng(id);
    }

    @Mutation("zorgadviesVastleggen")
    @Description("Verouderd: gebruik zorginbrengVastleggen (verdwijnt in de volgende versie)")
    @Deprecated
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Zorgadvies.View> zorgadviesVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @Name("versie") Integer versie, @NonNull @Name("zorgadvies") Zorgadvies.Vastlegging zorgadvies) {
        return zorginbrengVastleggen(id, versie, zorgadvies);
    }

    @Mutation("zorginbrengAanvragen")
    @Description("ZSM vraagt de zorgcoordinator van de zaak om de zorginbreng, met een termijn; de inbreng beantwoordt de vraag")
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_PARTNER_SYSTEEM})
    public Uni<Zorgadvies.AanvraagView> zorginbrengAanvragen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("aanvraag") Zorgadvies.Aanvraag aanvraag) {
        return actors.deferred().chain(a -> advies.vraagAan(a, GraphQLIds.uuid(id), aanvraag));
    }
}
