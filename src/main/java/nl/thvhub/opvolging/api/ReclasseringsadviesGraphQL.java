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

import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.opvolging.service.ReclasseringsadviesService;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** GraphQL over the OM's requests for a Reclassering advice report, as over REST. */
@GraphQLApi
@IdempotenteMutatie
public class ReclasseringsadviesGraphQL {

    private final ReclasseringsadviesService service;
    private final ActorResolver actors;

    public ReclasseringsadviesGraphQL(ReclasseringsadviesService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @Query("reclasseringsadviezen")
    @Description("De aanvragen voor een reclasseringsadvies en hun levering (STRAFRECHT), nieuwste eerst")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Reclasseringsadvies.@NonNull View>> reclasseringsadviezen(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> service.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("reclasseringsadviesAanvragen")
    @Description("Een reclasseringsadvies aanvragen met een termijn (OM, ZSM)")
    @RolesAllowed(Rol.C_OM_ZSM)
    public Uni<Reclasseringsadvies.View> reclasseringsadviesAanvragen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("aanvraag") Reclasseringsadvies.Aanvraag aanvraag) {
        return actors.deferred().chain(a -> service.vraagAan(a, GraphQLIds.uuid(id), aanvraag));
    }

    @Mutation("reclasseringsadviesLeveren")
    @Description("Het gevraagde reclasseringsadvies leveren (Reclassering)")
    @RolesAllowed(Rol.C_RECLASSERING)
    public Uni<Reclasseringsadvies.View> reclasseringsadviesLeveren(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("levering") Reclasseringsadvies.Levering levering) {
        return actors.deferred().chain(a -> service.lever(a, GraphQLIds.uuid(id), levering));
    }

    @Mutation("reclasseringsadviesAanvraagIntrekken")
    @Description("De openstaande aanvraag voor een reclasseringsadvies intrekken (OM, ZSM)")
    @RolesAllowed(Rol.C_OM_ZSM)
    public Uni<Reclasseringsadvies.View> reclasseringsadviesAanvraagIntrekken(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> service.trekIn(a, GraphQLIds.uuid(id)));
    }
}
