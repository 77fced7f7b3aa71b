package nl.thvhub.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * What the privacy engine needs to know about one case, described generically by the feature that owns the case: where
 * it is (wijk and gemeente), who is assigned, who the data subjects are, and which consents and emergency grants apply to this reader.
 */
public record Zaakfeiten(UUID zaakId, String wijk, String gemeente, Organisatie coordinerendeOrganisatie, Instant afgeslotenOp,
        List<Toegewezene> toegewezen,
        List<Persoon> personen, Set<Toestemmingsfeit> toestemmingen, boolean noodtoegangActief, List<Opdracht> opdrachten) {

    /**
     * An open request of the case to an organisation (the policy file's {@code opdrachten}): it puts that organisation's
     * readers in reach of this one case, for the categories of the task only, until the task is done or, at the latest,
     * until {@code tot}; a request about one person ({@code betrokkene}) opens that person's data only.
     */
    public record Opdracht(String soort, Organisatie organisatie, Instant tot, UUID betrokkene) {

        /** A request about the whole case. */
        public Opdracht(String soort, Organisatie organisatie, Instant tot) {
            this(soort, organisatie, tot, null);
        }

        /** The OM asked for a Reclassering advice report that was not delivered yet. */
        public static final String RECLASSERINGSADVIES = "RECLASSERINGSADVIES";
        /** A warm hand-over to a hub partner that did not confirm receipt yet. */
        public static final String OVERDRACHT = "OVERDRACHT";
        /** The UHG's coordinator asked GGZ whether one person is known to it ({@code betrokkene}). */
        public static final String GGZ_BEKEND = "GGZ_BEKEND";
    }

    /**
     * An active assignment, expressed as the hub role it gives its holder, and the persons it covers (empty: everyone).
     */
    public record Toegewezene(Rol rol, String gebruikersnaam, Organisatie organisatie, List<UUID> betrokkenen) {

        public Toegewezene {
            betrokkenen = betrokkenen == null ? List.of() : List.copyOf(betrokkenen);
        }

        /** An assignment covering everyone. */
        public Toegewezene(Rol rol, String gebruikersnaam, Organisatie organisatie) {
            this(rol, gebruikersnaam, organisatie, List.of());
        }
    }

    /**
     * The persons the reader's own assignments cover (a partner system: those of its organisation, everyone for the
     * coordinating organisation's): everyone when one
     * of them covers everyone, none when the reader holds no assignment (it reaches the case otherwise).
     */
    public Set<UUID> gedektVoor(Rol rol, String gebruikersnaam, Organisatie organisatie, boolean partnerSysteem) {
        Set<UUID> gedekt = new java.util.HashSet<>();
        if (partnerSysteem && organisatie == coordinerendeOrganisatie) {
            // the coordinating organisation's own system carries the work of all its coordinators on the case
            personen.forEach(p -> gedekt.add(p.id()));
            return gedekt;
        }
        for (Toegewezene t : toegewezen) {
            boolean eigen = partnerSysteem
                    ? t.organisatie() == organisatie
                    : t.rol() == rol && t.organisatie() == organisatie && t.gebruikersnaam().equals(gebruikersnaam);
            if (!eigen) {
                continue;
            }
            if (t.betrokkenen().isEmpty()) {
                personen.forEach(p -> gedekt.add(p.id()));
            } else {
                gedekt.addAll(t.betrokkenen());
            }
        }
        return gedekt;
    }

    /** A data subject of the case; {@code rol} is UITHUISGEPLAATSTE, ACHTERBLIJVER or KIND. */
    public record Persoon(UUID id, String rol) {

        public boolean kind() {
            return "KIND".equals(rol);
        }
    }

    /** A valid consent of one subject for one category, for this reader's organisation and purpose. */
    public record Toestemmingsfeit(UUID betrokkeneId, Categorie categorie) {
    }
}
