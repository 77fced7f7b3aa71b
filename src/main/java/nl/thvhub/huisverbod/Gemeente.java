package nl.thvhub.huisverbod;

import nl.thvhub.platform.security.Organisatie;

/** The six municipalities of Amsterdam-Amstelland; each decides who coordinates care (SPEC §1). */
public enum Gemeente {

    AMSTERDAM(Organisatie.BLIJF_GROEP), DIEMEN(Organisatie.BLIJF_GROEP), UITHOORN(Organisatie.BLIJF_GROEP), OUDER_AMSTEL(
            Organisatie.BLIJF_GROEP), AMSTELVEEN(Organisatie.SOCIAAL_TEAM_AA), AALSMEER(Organisatie.SOCIAAL_TEAM_AA);

    private final Organisatie coordinator;

    Gemeente(Organisatie coordinator) {
        this.coordinator = coordinator;
    }

    public Organisatie coordinerendeOrganisatie() {
        return coordinator;
    }
}
