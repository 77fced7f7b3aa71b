package nl.thvhub.statistiek.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.statistiek.Groepering;
import nl.thvhub.statistiek.Importstatus;
import nl.thvhub.statistiek.Statistiek;
import nl.thvhub.statistiek.service.ImportService;
import nl.thvhub.statistiek.service.StatistiekService;

/** GraphQL adapter for the statistics and the import status, over the same services as REST. */
@GraphQLApi
public class StatistiekGraphQL {

    private final StatistiekService statistiek;
    private final ImportService imports;
    private final nl.thvhub.statistiek.service.RihgService rihg;
    private final ActorResolver actors;

    public StatistiekGraphQL(StatistiekService statistiek, ImportService imports,
            nl.thvhub.statistiek.service.RihgService rihg, ActorResolver actors) {
        this.statistiek = statistiek;
        this.imports = imports;
        this.rihg = rihg;
        this.actors = actors;
    }

    @org.eclipse.microprofile.graphql.Mutation("rihgRegistreren")
    @Description("Een RiHG registreren (politie of Veilig Thuis), ook zonder huisverbod; zij noemt geen persoon")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS, Rol.C_PARTNER_SYSTEEM})
    public Uni<nl.thvhub.statistiek.Rihg.View> rihgRegistreren(
            @NonNull @Name("rihg") nl.thvhub.statistiek.Rihg.Registratie registratie) {
        return actors.deferred().chain(a -> rihg.registreer(a, registratie));
    }

    @Query("statistieken")
    @Description("Aantallen huisverboden per groep met subtotalen; de gemeente exact, beleid met onderdrukte kleine aantallen")
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_BELEID, Rol.C_PARTNER_SYSTEEM})
    public Uni<Statistiek> statistieken(@Name("van") Integer van, @Name("tot") Integer tot,
            @Name("groepering") @org.eclipse.microprofile.graphql.DefaultValue("[]") List<@NonNull Groepering> groepering) {
        String groepen = groepering == null
                ? null
                : String.join(",", groepering.stream().map(Groepering::name).toList());
        return actors.deferred().chain(a -> statistiek.statistiek(a, van, tot, groepen));
    }

    @Query("importStatus")
    @Description("Waar een import van historische huisverboden staat")
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<Importstatus> importStatus(@NonNull @Id @Name("id") String id) {
        return actors.deferred().chain(a -> imports.status(a, GraphQLIds.uuid(id)));
    }
}
