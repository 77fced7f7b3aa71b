package nl.thvhub.privacy.api;

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
import nl.thvhub.privacy.Toestemming;
import nl.thvhub.privacy.service.ToestemmingService;

/** GraphQL over consent and the caller's own identity: the same services, rules and audit as the REST resources. */
@GraphQLApi
@IdempotenteMutatie
public class PrivacyGraphQL {

    private final ToestemmingService toestemmingen;
    private final ActorResolver actors;

    public PrivacyGraphQL(ToestemmingService toestemmingen, ActorResolver actors) {
        this.toestemmingen = toestemmingen;
        this.actors = actors;
    }

    @Query("ik")
    @Description("Wie ben ik volgens de hub: rol, organisatie en wijk zoals afgeleid uit het token")
    @RolesAllowed(Rol.ALLE)
    public Uni<IkResource.IkView> ik() {
        return actors.deferred().map(IkResource.IkView::of);
    }

    @Mutation("toestemmingVastleggen")
    @Description("Toestemming vastleggen per betrokkene, categorie, ontvangende organisatie en doel, met geldigheid")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_VEILIG_THUIS})
    public Uni<Toestemming> registreer(
            @NonNull @Name("registratie") ToestemmingService.Registratie registratie) {
        return actors.deferred().chain(a -> toestemmingen.registreer(a, registratie));
    }

    @Query("toestemmingen")
    @Description("Toestemmingen van een betrokkene, met historie")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_VEILIG_THUIS})
    public Uni<List<@NonNull Toestemming>> vanBetrokkene(
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId) {
        return actors.deferred().chain(a -> toestemmingen.vanBetrokkene(a, GraphQLIds.uuid(betrokkeneId)));
    }

    @Mutation("toestemmingIntrekken")
    @Description("Toestemming intrekken; geldt vanaf het eerstvolgende verzoek")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_VEILIG_THUIS})
    public Uni<Toestemming> trekIn(@NonNull @Id @Name("id") String id,
            @NonNull @Name("intrekking") ToestemmingService.Intrekking intrekking) {
        return actors.deferred().chain(a -> toestemmingen.trekIn(a, GraphQLIds.uuid(id), intrekking));
    }
}
