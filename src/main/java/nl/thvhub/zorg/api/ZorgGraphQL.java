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

import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.Verwijzing;
import nl.thvhub.zorg.service.ContactmomentService;
import nl.thvhub.zorg.service.NetwerkService;
import nl.thvhub.zorg.service.PlanService;
import nl.thvhub.zorg.service.ProbleemanalyseService;
import nl.thvhub.zorg.service.VerwijzingService;

/** GraphQL over the care record: the same services, rules, versions and audit as the REST resources. */
@GraphQLApi
@IdempotenteMutatie
public class ZorgGraphQL {

    private final ProbleemanalyseService analyses;
    private final PlanService plannen;
    private final VerwijzingService verwijzingen;
    private final ContactmomentService contacten;
    private final NetwerkService netwerken;
    private final Zaaktoegang toegang;
    private final ActorResolver actors;

    public ZorgGraphQL(ProbleemanalyseService analyses, PlanService plannen, VerwijzingService verwijzingen,
            ContactmomentService contacten, NetwerkService netwerken, Zaaktoegang toegang, ActorResolver actors) {
        this.analyses = analyses;
        this.plannen = plannen;
        this.verwijzingen = verwijzingen;
        this.contacten = contacten;
        this.netwerken = netwerken;
        this.toegang = toegang;
        this.actors = actors;
    }

    @Query("probleemanalyse")
    @Description("De probleemanalyse van een betrokkene (HULPVERLENING; psychische gezondheid en verslaving GEZONDHEID)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Probleemanalyse.View> probleemanalyse(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId) {
        return actors.deferred().chain(a -> analyses.lees(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId)));
    }

    @Mutation("probleemanalyseVastleggen")
    @Description("De probleemanalyse van een betrokkene vastleggen; versie is de gelezen versie (als If-Match)")
    @RolesAllowed(Rol.ANALYSE_EN_NETWERK)
    public Uni<Probleemanalyse.View> probleemanalyseVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId, @Name("versie") Integer versie,
            @NonNull @Name("analyse") Probleemanalyse.Vastlegging analyse) {
        return actors.deferred()
                .chain(a -> analyses.schrijf(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId), versie, analyse));
    }

    @Query("plan")
    @Description("Een plan van de zaak: veiligheidsplan, hulpverleningsplan of herstelplan (HULPVERLENING)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Plan.View> plan(@NonNull @Id @Name("huisverbodId") String id, @NonNull @Name("soort") Plan.Soort soort) {
        return actors.deferred().chain(a -> plannen.lees(a, GraphQLIds.uuid(id), soort));
    }

    @Mutation("planVastleggen")
    @Description("Een plan van de zaak vastleggen (zorgcoordinator of gezinsmanager van de zaak)")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<Plan.View> planVastleggen(@NonNull @Id @Name("huisverbodId") String id, @NonNull @Name("soort") Plan.Soort soort,
            @Name("versie") Integer versie, @NonNull @Name("plan") Plan.Vastlegging plan) {
        return actors.deferred().chain(a -> plannen.schrijf(a, GraphQLIds.uuid(id), soort, versie, plan));
    }

    @Mutation("hulpverleningBijwerken")
    @Description("Verouderd: hulpverleningsplan en veiligheidsafspraken als vrije tekst; gebruik planVastleggen")
    @RolesAllowed(Rol.GEZINSZORG)
    public Uni<HuisverbodView> hulpverlening(@NonNull @Id @Name("id") String id, @Name("versie") Integer versie,
            @NonNull @Name("opdracht") Opdrachten.Hulpverlening opdracht) {
        return actors.deferred().chain(a -> plannen.vrijeTekst(a, GraphQLIds.uuid(id), versie, opdracht)
                .map(h -> HuisverbodView.of(h, toegang.now())));
    }

    @Query("verwijzingen")
    @Description("De verwijzingen van een zaak die de lezer per persoon mag zien")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Verwijzing.@NonNull View>> verwijzingen(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> verwijzingen.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("verwijzingAanmelden")
    @Description("Een betrokkene verwijzen (aanmelding bij hulp)")
    @RolesAllowed(Rol.ZORGVERLENERS)
    public Uni<Verwijzing.View> verwijzingAanmelden(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("verwijzing") Verwijzing.Aanmelding verwijzing) {
        return actors.deferred().chain(a -> verwijzingen.aanmelden(a, GraphQLIds.uuid(id), verwijzing));
    }

    @Mutation("verwijzingStatusWijzigen")
    @Description("De volgende stap van een verwijzing vastleggen; versie is de gelezen versie (als If-Match)")
    @RolesAllowed(Rol.ZORGVERLENERS)
    public Uni<Verwijzing.View> verwijzingStatus(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("verwijzingId") String verwijzingId, @Name("versie") Integer versie,
            @NonNull @Name("wijziging") Verwijzing.Statuswijziging wijziging) {
        return actors.deferred().chain(
                a -> verwijzingen.status(a, GraphQLIds.uuid(id), GraphQLIds.uuid(verwijzingId), versie, wijziging));
    }

    @Query("contactmomenten")
    @Description("De contactmomenten van een zaak die de lezer per persoon mag zien")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Contactmoment.@NonNull View>> contactmomenten(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> contacten.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("contactmomentVastleggen")
    @Description("Een contactmoment met een betrokkene vastleggen; de politie alleen haar eigen gesprek met de uithuisgeplaatste")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ,
            Rol.C_POLITIE_THV, Rol.C_WIJKAGENT})
    public Uni<Contactmoment.View> contactmomentVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("contactmoment") Contactmoment.Vastlegging contactmoment) {
        return actors.deferred().chain(a -> contacten.vastleggen(a, GraphQLIds.uuid(id), contactmoment));
    }

    @Query("netwerk")
    @Description("Het sociale netwerk van een betrokkene (NETWERK)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Netwerk.View> netwerk(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId) {
        return actors.deferred().chain(a -> netwerken.lees(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId)));
    }

    @Mutation("netwerkVastleggen")
    @Description("Het sociale netwerk van een betrokkene vastleggen; versie is de gelezen versie (als If-Match)")
    @RolesAllowed(Rol.ANALYSE_EN_NETWERK)
    public Uni<Netwerk.View> netwerkVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId, @Name("versie") Integer versie,
            @NonNull @Name("netwerk") Netwerk.Vastlegging netwerk) {
        return actors.deferred()
                .chain(a -> netwerken.schrijf(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId), versie, netwerk));
    }
}
