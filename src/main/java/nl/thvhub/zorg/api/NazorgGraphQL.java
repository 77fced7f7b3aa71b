package nl.thvhub.zorg.api;

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

import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Gesprek;
import nl.thvhub.zorg.Nazorg;
import nl.thvhub.zorg.service.GesprekService;
import nl.thvhub.zorg.service.NazorgService;

/** GraphQL over the care that carries on (issue 35): conversation records and the tracks after closing. */
@GraphQLApi
@IdempotenteMutatie
public class NazorgGraphQL {

    private final GesprekService gesprekken;
    private final NazorgService nazorg;
    private final ActorResolver actors;

    public NazorgGraphQL(GesprekService gesprekken, NazorgService nazorg, ActorResolver actors) {
        this.gesprekken = gesprekken;
        this.nazorg = nazorg;
        this.actors = actors;
    }

    @Query("gesprekken")
    @Description("De gespreksverslagen van een zaak die u mag zien (HULPVERLENING van elke deelnemende betrokkene)")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Gesprek.@NonNull View>> gesprekken(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> gesprekken.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("gesprekVastleggen")
    @Description("Een gespreksverslag vastleggen (zorgcoordinator of gezinsmanager van de zaak)")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Gesprek.View> gesprekVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("gesprek") Gesprek.Vastlegging gesprek) {
        return actors.deferred().chain(a -> gesprekken.vastleggen(a, GraphQLIds.uuid(id), gesprek));
    }

    @Query("nazorg")
    @Description("De nazorg van een zaak: de gezinsmanager die doorgaat en intensieve casemanagement (HULPVERLENING)")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Nazorg.@NonNull View>> nazorg(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> nazorg.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("icmStarten")
    @Description("Intensieve casemanagement starten op een afgesloten zaak; u wordt eigenaar")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Nazorg.View> icmStarten(@NonNull @Id @Name("huisverbodId") String id, @NonNull @Name("icm") Nazorg.Start start) {
        return actors.deferred().chain(a -> nazorg.icm(a, GraphQLIds.uuid(id), start));
    }

    @Mutation("nazorgEvalueren")
    @Description("Een evaluatie van intensieve casemanagement vastleggen, met de volgende evaluatiedatum (eigenaar)")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Nazorg.View> nazorgEvalueren(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("nazorgId") String nazorgId, @NonNull @Name("evaluatie") Nazorg.Evaluatie evaluatie) {
        return actors.deferred()
                .chain(a -> nazorg.evaluatie(a, GraphQLIds.uuid(id), GraphQLIds.uuid(nazorgId), evaluatie));
    }

    @Mutation("nazorgBeeindigen")
    @Description("Een nazorgtraject beeindigen met de uitkomst (eigenaar)")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Nazorg.View> nazorgBeeindigen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("nazorgId") String nazorgId, @NonNull @Name("einde") Nazorg.Einde einde) {
        return actors.deferred().chain(a -> nazorg.einde(a, GraphQLIds.uuid(id), GraphQLIds.uuid(nazorgId), einde));
    }
}
