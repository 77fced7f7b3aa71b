package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.huisverbod.service.Oplegging;
import nl.thvhub.huisverbod.service.Toewijzingen;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** GraphQL adapter for the case lifecycle, over the same service methods as the REST resource. */
@GraphQLApi
@IdempotenteMutatie
public class HuisverbodGraphQL {

    private final HuisverbodService service;
    private final Zaaktoegang toegang;
    private final Oplegging oplegging;
    private final Toewijzingen toewijzingen;
    private final ActorResolver actors;

    public HuisverbodGraphQL(HuisverbodService service, Zaaktoegang toegang, Oplegging oplegging, Toewijzingen toewijzingen,
            ActorResolver actors) {
        this.service = service;
        this.toegang = toegang;
        this.oplegging = oplegging;
        this.toewijzingen = toewijzingen;
        this.actors = actors;
    }

    @Query("huisverbod")
    @Description("Een huisverbod lezen")
    @RolesAllowed(Rol.ALLE)
    public Uni<HuisverbodView> huisverbod(@NonNull @Id @Name("id") String id) {
        return actors.deferred()
                .chain(actor -> toegang.lees(actor, GraphQLIds.uuid(id)).map(h -> HuisverbodView.of(h, service.now())));
    }

    @Query("huisverboden")
    @Description("Huisverboden zoeken; gepagineerd met een cursor, zonder totalen")
    @RolesAllowed(Rol.ALLE)
    public Uni<HuisverbodPagina> huisverboden(@Name("status") Status status, @Name("gemeente") Gemeente gemeente,
            @Name("wijk") String wijk, @Name("actiefOp") LocalDate actiefOp, @Name("eindigtVoor") LocalDate eindigtVoor,
            @Name("volgende") String volgende, @Name("limiet") Integer limiet) {
        var filter = ListQuery.filter(status == null ? null : status.name(), gemeente == null ? null : gemeente.name(), wijk,
                actiefOp == null ? null : actiefOp.toString(), eindigtVoor == null ? null : eindigtVoor.toString(),
                service.now());
        return actors.deferred()
                .chain(actor -> toegang.lijst(actor, filter, ListQuery.cursor(volgende), limiet == null ? 25 : limiet)
                        .map(p -> new HuisverbodPagina(
                                p.items().stream().map(h -> HuisverbodView.of(h, service.now())).toList(),
                                ListQuery.encode(p.volgende()))));
    }

    @Mutation("huisverbodOpleggen")
    @RolesAllowed(Rol.C_POLITIE_THV)
    public Uni<HuisverbodView> opleggen(@NonNull @Name("opdracht") Opdrachten.Opleggen opdracht) {
        return actors.deferred()
                .chain(actor -> oplegging.opleggen(actor, opdracht).map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("verlengingsadviesGeven")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<HuisverbodView> verlengingsadvies(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Verlengingsadvies opdracht) {
        return actors.deferred().chain(actor -> service.verlengingsadvies(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("verlengingsbesluitNemen")
    @RolesAllowed(Rol.C_GEMEENTE)
    public Uni<HuisverbodView> verlengingsbesluit(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Verlengingsbesluit opdracht) {
        return actors.deferred().chain(actor -> service.verlengingsbesluit(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("verlengen")
    @RolesAllowed(Rol.C_GEMEENTE)
    public Uni<HuisverbodView> verlengen(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @Name("opdracht") Opdrachten.Verlenging opdracht) {
        return actors.deferred().chain(actor -> service.verlenging(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("intrekken")
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_POLITIE_THV})
    public Uni<HuisverbodView> intrekken(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Intrekking opdracht) {
        return actors.deferred().chain(actor -> service.intrekking(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("monitoringBeeindigen")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<HuisverbodView> beeindigen(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Beeindiging opdracht) {
        return actors.deferred().chain(actor -> service.beeindiging(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("monitoringVerlengen")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<HuisverbodView> monitoringVerlengen(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.MonitoringVerlenging opdracht) {
        return actors.deferred().chain(actor -> service.monitoringVerlenging(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("afsluiten")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<HuisverbodView> afsluiten(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Afsluiting opdracht) {
        return actors.deferred().chain(actor -> service.afsluiting(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, service.now())));
    }

    @Mutation("toewijzen")
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING,
            Rol.C_GGZ})
    public Uni<HuisverbodView> toewijzen(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Toewijzen opdracht) {
        // a professional who hands the own role to a colleague sees the case no more: null, as REST's 204
        return actors.deferred().chain(actor -> toewijzingen.toewijzen(actor, GraphQLIds.uuid(id), versie, opdracht)
                .map(u -> u instanceof Inzage h ? HuisverbodView.of(h, service.now()) : null));
    }

    @Query("geschiedenis")
    @Description("De levensloop van een huisverbod: elke gebeurtenis, wie, wanneer, wat")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<@NonNull GebeurtenisView>> geschiedenis(@NonNull @Id @Name("id") String id) {
        return actors.deferred().chain(actor -> toegang.geschiedenis(actor, GraphQLIds.uuid(id)))
                .map(l -> l.stream().map(GebeurtenisView::of).toList());
    }

    /** An event of the case's life; its free-form details as a JSON text, since GraphQL has no open map type. */
    @Type("Gebeurtenis")
    public record GebeurtenisView(@NonNull long id, @NonNull Instant tijdstip,
            @NonNull nl.thvhub.huisverbod.Gebeurtenissoort soort, String actor,
            nl.thvhub.platform.security.Rol rol, nl.thvhub.platform.security.Organisatie organisatie,
            @NonNull @Description("JSON-object met de details van de gebeurtenis") String details) {

        static GebeurtenisView of(Gebeurtenis g) {
            return new GebeurtenisView(g.id(), g.tijdstip(), g.soort(), g.actor(), g.rol(), g.organisatie(),
                    g.details() == null ? null : new io.vertx.core.json.JsonObject(g.details()).encode());
        }
    }
}
