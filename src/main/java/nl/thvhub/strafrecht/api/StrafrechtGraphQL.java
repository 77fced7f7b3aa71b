package nl.thvhub.strafrecht.api;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

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

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.graphql.GraphQLIds;
import nl.thvhub.platform.idempotentie.IdempotenteMutatie;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.strafrecht.service.Prioriteiten;
import nl.thvhub.strafrecht.service.StrafrechtService;

/** GraphQL over the criminal track and the ZSM priority list, with a subscription that pushes list changes. */
@GraphQLApi
@IdempotenteMutatie
public class StrafrechtGraphQL {

    private final StrafrechtService service;
    private final Prioriteiten prioriteiten;
    private final ActorResolver actors;
    private final nl.thvhub.platform.security.Abonnementbewaking bewaking;

    public StrafrechtGraphQL(StrafrechtService service, Prioriteiten prioriteiten, ActorResolver actors,
            nl.thvhub.platform.security.Abonnementbewaking bewaking) {
        this.bewaking = bewaking;
        this.service = service;
        this.prioriteiten = prioriteiten;
        this.actors = actors;
    }

    @Query("prioriteitenlijst")
    @Description("ZSM-prioriteitenlijst (om-zsm, politie-thv): eerst de zaken met een strafrechtelijk traject, dan de risicovolle zonder")
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_POLITIE_THV, Rol.C_PARTNER_SYSTEEM})
    public Uni<Prioriteiten.Lijst> prioriteitenlijst(@Name("gemeente") Gemeente gemeente) {
        return actors.deferred().chain(a -> prioriteiten.prioriteitenlijst(a, gemeente == null ? null : gemeente.name()));
    }

    @Query("afdoeningen")
    @Description("Versies van het strafrechtelijk traject van een zaak, nieuwste eerst")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM,
            Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    public Uni<List<Afdoening.@NonNull Versie>> afdoeningen(@NonNull @Id @Name("huisverbodId") String id) {
        return actors.deferred().chain(a -> service.versies(a, GraphQLIds.uuid(id)));
    }

    @Mutation("afdoeningRegistreren")
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_POLITIE_THV, Rol.C_PARTNER_SYSTEEM})
    public Uni<Afdoening.Versie> registreer(@NonNull @Id @Name("huisverbodId") String id,
            @NonNull @Name("opdracht") Afdoening.Registratie opdracht) {
        return actors.deferred().chain(a -> service.registreer(a, GraphQLIds.uuid(id), opdracht));
    }

    @Subscription("prioriteitenlijstGewijzigd")
    @Description("De prioriteitenlijst, telkens wanneer die verandert (controle elke 5 s)")
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_POLITIE_THV, Rol.C_PARTNER_SYSTEEM})
    public Multi<Prioriteiten.Lijst> gewijzigd(@Name("gemeente") Gemeente gemeenteFilter) {
        String gemeente = gemeenteFilter == null ? null : gemeenteFilter.name();
        AtomicReference<List<Prioriteiten.Rij>> vorige = new AtomicReference<>();
        // the purpose is checked once, in the subscribing request: the ticks run outside any request and read no request
        // state; each tick re-checks the actor and the token's expiry, and only a pushed version is audited
        return actors.deferred().chain(a -> actors.geldigTot().map(tot -> java.util.Map.entry(a, tot))).toMulti()
                .flatMap(e -> {
                    nl.thvhub.platform.security.Actor a = e.getKey();
                    String doel = prioriteiten.doelVoorLijst(a, null);
                    return bewaking.bewaak(a, e.getValue(),
                            Multi.createFrom().ticks().every(Duration.ofSeconds(5)).onOverflow().drop(),
                            ticks -> ticks.onItem().transformToUniAndConcatenate(t -> {
                                prioriteiten.doelVoorLijst(a, null);
                                return prioriteiten.bereken(a, gemeente);
                            }).filter(l -> {
                                // a change is a different set or order of cases, or a different urgent mark; hours ticking
                                // down are not
                                List<Prioriteiten.Rij> kern = l.items().stream()
                                        .map(r -> new Prioriteiten.Rij(r.huisverbodId(), r.registratienummer(),
                                                r.sectie(), r.gemeente(), r.eindmoment(), 0, r.urgent(), r.redenen(),
                                                r.zorginbrengAanwezig()))
                                        .toList();
                                return !kern.equals(vorige.getAndSet(kern));
                            }).onItem()
                                    .transformToUniAndConcatenate(
                                            l -> prioriteiten.auditeer(a, doel, l, nl.thvhub.platform.Trace.GEEN)));
                });
    }
}
