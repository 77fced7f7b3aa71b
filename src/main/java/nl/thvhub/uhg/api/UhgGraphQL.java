package nl.thvhub.uhg.api;

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
import nl.thvhub.uhg.GgzVraag;
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.service.GgzVraagService;
import nl.thvhub.uhg.service.OpvangService;
import nl.thvhub.uhg.service.PolitieverzoekService;
import nl.thvhub.uhg.service.VerblijfService;
import nl.thvhub.uhg.service.ZonderVerblijfLijst;

/** GraphQL over the UHG's whereabouts, shelter and requests to the police: the same services, rules and audit as REST. */
@GraphQLApi
@IdempotenteMutatie
public class UhgGraphQL {

    private final VerblijfService verblijf;
    private final OpvangService opvang;
    private final PolitieverzoekService verzoeken;
    private final ZonderVerblijfLijst zonderVerblijf;
    private final GgzVraagService ggzVragen;
    private final ActorResolver actors;

    public UhgGraphQL(VerblijfService verblijf, OpvangService opvang, PolitieverzoekService verzoeken,
            ZonderVerblijfLijst zonderVerblijf, GgzVraagService ggzVragen, ActorResolver actors) {
        this.ggzVragen = ggzVragen;
        this.verblijf = verblijf;
        this.opvang = opvang;
        this.verzoeken = verzoeken;
        this.zonderVerblijf = zonderVerblijf;
        this.actors = actors;
    }

    @Query("verblijfUhg")
    @Description("Waar de uithuisgeplaatste verblijft (bekend: iedere lezer; de plek: VERBLIJF_UHG)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Verblijf.View> verblijfUhg(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId) {
        return actors.deferred().chain(a -> verblijf.lees(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId)));
    }

    @Mutation("verblijfUhgVastleggen")
    @Description("Vastleggen waar de uithuisgeplaatste verblijft; versie (optioneel) is de gelezen versie")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM,
            Rol.C_OM_ZSM})
    public Uni<Verblijf.View> verblijfUhgVastleggen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId, @Name("versie") Integer versie,
            @NonNull @Name("verblijf") Verblijf.Vastlegging vastlegging) {
        return actors.deferred().chain(
                a -> verblijf.schrijf(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId), versie, vastlegging));
    }

    @Query("opvangUhg")
    @Description("Het opvangbesluit voor de uithuisgeplaatste (toegekend: iedere lezer; het besluit: OPVANG_UHG)")
    @RolesAllowed(Rol.ALLE)
    public Uni<Opvang.View> opvangUhg(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId) {
        return actors.deferred().chain(a -> opvang.lees(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId)));
    }

    @Mutation("opvangUhgBesluiten")
    @Description("Veilig Thuis besluit over opvang van de uithuisgeplaatste; versie (optioneel) is de gelezen versie")
    @RolesAllowed(Rol.C_VEILIG_THUIS)
    public Uni<Opvang.View> opvangUhgBesluiten(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("betrokkeneId") String betrokkeneId, @Name("versie") Integer versie,
            @NonNull @Name("besluit") Opvang.Besluit besluit) {
        return actors.deferred()
                .chain(a -> opvang.besluit(a, GraphQLIds.uuid(id), GraphQLIds.uuid(betrokkeneId), versie, besluit));
    }

    @Query("uhgZonderVerblijf")
    @Description("Lopende huisverboden waarvan de uithuisgeplaatste geen bekende verblijfplek heeft")
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM})
    public Uni<List<Verblijf.@NonNull ZonderVerblijf>> uhgZonderVerblijf() {
        return actors.deferred().chain(zonderVerblijf::lijst);
    }

    @Query("politieverzoeken")
    @Description("De verzoeken aan de politie over de uithuisgeplaatste (POLITIEVERZOEK)")
    @RolesAllowed(Rol.ALLE)
    public Uni<List<Politieverzoek.@NonNull View>> politieverzoeken(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> verzoeken.lijst(a, GraphQLIds.uuid(id)));
    }

    @Mutation("politieverzoekDoen")
    @Description("De politie om hulp vragen bij de uithuisgeplaatste (zijn zorgcoordinator)")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<Politieverzoek.View> politieverzoekDoen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("verzoek") Politieverzoek.Aanvraag aanvraag) {
        return actors.deferred().chain(a -> verzoeken.vraag(a, GraphQLIds.uuid(id), aanvraag));
    }

    @Mutation("politieverzoekBeantwoorden")
    @Description("Een verzoek aan de politie beantwoorden (de politie)")
    @RolesAllowed(Rol.POLITIE)
    public Uni<Politieverzoek.View> politieverzoekBeantwoorden(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Id @Name("verzoekId") String verzoekId, @NonNull @Name("antwoord") Politieverzoek.Antwoord antwoord) {
        return actors.deferred()
                .chain(a -> verzoeken.beantwoord(a, GraphQLIds.uuid(id), GraphQLIds.uuid(verzoekId), antwoord));
    }

    @Mutation("ggzBekendVragen")
    @Description("De GGZ vragen of een persoon bekend is (zijn zorgcoordinator, met toestemming van de persoon)")
    @RolesAllowed(Rol.COORDINATOREN)
    public Uni<GgzVraag.View> ggzBekendVragen(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("vraag") GgzVraag.Aanvraag aanvraag) {
        return actors.deferred().chain(a -> ggzVragen.vraag(a, GraphQLIds.uuid(id), aanvraag));
    }
}
