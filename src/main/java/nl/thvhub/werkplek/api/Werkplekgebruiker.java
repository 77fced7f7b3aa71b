package nl.thvhub.werkplek.api;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** The logged-in user of a werkplek request: the same actor as over the API, and the frame of their pages. */
@RequestScoped
public class Werkplekgebruiker {

    private final ActorResolver actors;
    private final SecurityIdentity identity;
    private final Formuliersleutel sleutel;

    public Werkplekgebruiker(ActorResolver actors, SecurityIdentity identity, Formuliersleutel sleutel) {
        this.actors = actors;
        this.identity = identity;
        this.sleutel = sleutel;
    }

    public Actor actor() {
        return actors.current();
    }

    /** Whether a posted form token belongs to this login session. */
    public boolean formulierKlopt(String token) {
        return sleutel.klopt(identity, token);
    }

    /** The frame of a page: the user, their role's menu, the form token and a confirmation, if any. */
    public Kader kader(String actief, String melding) {
        Actor a = actor();
        boolean zsm = nl.thvhub.strafrecht.service.Prioriteiten.magLezen(a);
        boolean werkvoorraad = a.rol() != Rol.FG && a.rol() != Rol.BELEID && a.rol() != Rol.PARTNER_SYSTEEM;
        return new Kader(a.gebruikersnaam(), a.rol().code(), Labels.naam(a.organisatie()), zsm, werkvoorraad,
                a.rol() == Rol.FG, sleutel.voor(identity), melding, actief,
                a.rol() == Rol.GEMEENTE || a.rol() == Rol.BELEID,
                a.organisatie() == nl.thvhub.platform.security.Organisatie.POLITIE
                        || a.organisatie() == nl.thvhub.platform.security.Organisatie.VEILIG_THUIS);
    }

    /** The frame when the actor itself cannot be resolved (an error page): no menu. */
    public Kader kaal() {
        return new Kader(identity.isAnonymous() ? "" : identity.getPrincipal().getName(), "", "", false, false, false, "",
                null, "", false, false);
    }
}
