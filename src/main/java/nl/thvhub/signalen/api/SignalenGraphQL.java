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
import nl.thvhub.huisverbod.api.GraphQLIds;
import nl.thvhub.platform.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.service.Adresmarkering;
import nl.thvhub.signalen.service.AdresmarkeringService;
import nl.thvhub.signalen.service.GgzSignaal;
import nl.thvhub.signalen.service.GgzSignaalService;
import nl.thvhub.signalen.service.Overtreding;
import nl.thvhub.signalen.service.OvertredingService;

/** GraphQL over the signals: the same services, rules and audit as the REST resources. */
@GraphQLApi
@IdempotenteMutatie
public class SignalenGraphQL {

    private final OvertredingService overtredingen;
    private final GgzSignaalService ggz;
    private final AdresmarkeringService markeringen;
    private final ActorResolver actors;

    public SignalenGraphQL(OvertredingService overtredingen, GgzSignaalService ggz, AdresmarkeringService markeringen,
            ActorResolver actors) {
        this.overtredingen = overtredingen;
        this.ggz = ggz;
        this.markeringen = markeringen;
        this.actors = actors;
    }

    @Query("overtredingen")
    @Description("De overtredingen van een huisverbod, nieuwste eerst (categorie OVERTREDINGEN)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<List<Overtreding.View>> overtredingen(@NonNull @Id @Name("huisverbodId") String id) {
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
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT})
    public Uni<Adresmarkering.Opvraging> adresmarkering(@NonNull @Name("postcode") String postcode,
            @NonNull @Name("huisnummer") String huisnummer, @Name("toevoeging") String toevoeging) {
        return actors.deferred().chain(a -> markeringen.zoek(a, postcode, huisnummer, toevoeging));
    }
}
