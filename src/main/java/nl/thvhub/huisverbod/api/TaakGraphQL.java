package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.service.Werkvoorraad;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** The work queue over GraphQL: the same service, filters, scope and audit as {@code GET /api/v1/taken}. */
@GraphQLApi
public class TaakGraphQL {

    private final Werkvoorraad service;
    private final ActorResolver actors;

    public TaakGraphQL(Werkvoorraad service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @Query("taken")
    @Description("De werkvoorraad: de open taken van uw bureau over alle zaken die u mag zien, eerst vervallend")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE})
    public Uni<@NonNull TakenPagina> taken(
            @Name("soort") @org.eclipse.microprofile.graphql.DefaultValue("[]") List<Taaksoort> soort,
            @Name("vervaltVoor") Instant vervaltVoor, @Name("verlopen") Boolean verlopen,
            @Id @Name("huisverbodId") String huisverbodId, @Name("gemeente") Gemeente gemeente,
            @Name("mijn") Boolean mijn, @Name("volgende") String volgende, @Name("limiet") Integer limiet) {
        Werkvoorraad.Vraag vraag = TaakQuery.vraag(soort == null ? null : soort.stream().map(Enum::name).toList(),
                vervaltVoor == null ? null : vervaltVoor.toString(), verlopen, huisverbodId,
                gemeente == null ? null : gemeente.name(), mijn);
        return actors.deferred().chain(actor -> service.lijst(actor, vraag, TaakQuery.cursor(volgende),
                ListQuery.limiet(limiet))).map(p -> {
                    Instant now = service.now();
                    return new TakenPagina(p.items().stream().map(t -> TaakView.van(t, now)).toList(),
                            TaakQuery.encode(p.volgende()));
                });
    }

    @Query("takenOverzicht")
    @Description("Hoeveel open en verlopen taken u heeft per taaksoort (alleen over wat u mag zien)")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE})
    public Uni<List<@NonNull TakenTelling>> takenOverzicht(@Name("mijn") Boolean mijn) {
        return actors.deferred().chain(actor -> service.overzicht(actor, Boolean.TRUE.equals(mijn)))
                .map(l -> l.stream().map(TakenTelling::van).toList());
    }
}
