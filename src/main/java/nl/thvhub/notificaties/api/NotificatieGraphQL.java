package nl.thvhub.notificaties.api;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

import nl.thvhub.notificaties.Notificatie;
import nl.thvhub.notificaties.service.InboxService;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/**
 * GraphQL over the inbox, and a subscription that pushes each new notification of the caller. The subscription polls the
 * inbox (1 s), so it works the same whichever hub instance dispatched the event.
 */
@GraphQLApi
@IdempotenteMutatie
public class NotificatieGraphQL {

    private final InboxService inbox;
    private final ActorResolver actors;
    private final nl.thvhub.platform.security.Abonnementbewaking bewaking;

    public NotificatieGraphQL(InboxService inbox, ActorResolver actors,
            nl.thvhub.platform.security.Abonnementbewaking bewaking) {
        this.bewaking = bewaking;
        this.inbox = inbox;
        this.actors = actors;
    }

    @Query("notificaties")
    @Description("Mijn notificaties, ongelezen eerst")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM,
            Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_FG})
    public Uni<InboxService.Pagina> notificaties(@Name("limiet") Integer limiet, @Name("volgende") String volgende) {
        return actors.deferred().chain(actor -> inbox.inbox(actor, null, null, volgende, limiet == null ? 25 : limiet));
    }

    @Mutation("notificatieBevestigen")
    @Description("Een notificatie bevestigen (idempotent)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM,
            Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_FG})
    public Uni<Notificatie> bevestig(@NonNull @Id @Name("id") String id) {
        return actors.deferred().chain(actor -> inbox.bevestig(actor, GraphQLIds.uuid(id)));
    }

    @Subscription("notificatieOntvangen")
    @Description("Nieuwe notificaties voor mij, zodra ze er zijn")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM,
            Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_FG})
    public Multi<Notificatie> notificatieOntvangen() {
        return actors.deferred().chain(a -> actors.geldigTot().map(tot -> java.util.Map.entry(a, tot))).toMulti()
                .flatMap(e -> {
                    nl.thvhub.platform.security.Actor actor = e.getKey();
                    Set<UUID> gezien = new HashSet<>();
                    // what is already in the inbox when the subscription starts is not "new"
                    return Multi.createFrom().uni(inbox.inbox(actor, null, false, null, 100))
                            .invoke(p -> p.items().forEach(n -> gezien.add(n.id())))
                            .flatMap(start -> bewaking.bewaak(actor, e.getValue(),
                                    Multi.createFrom().ticks().every(Duration.ofSeconds(1)).onOverflow().drop(),
                                    ticks -> ticks.onItem()
                                            .transformToUniAndConcatenate(t -> inbox.inbox(actor, null, false, null, 100))
                                            .flatMap(p -> Multi.createFrom().iterable(
                                                    p.items().stream().filter(n -> gezien.add(n.id())).toList()))));
                });
    }
}
