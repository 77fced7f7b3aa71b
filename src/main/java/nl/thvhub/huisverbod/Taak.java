package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.UUID;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * One open task of a case: its kind, the case, the person it is about (null: the case), since when it is open, when it
 * is due, and who holds it — an organisation, the role there (null: any of its roles) and, where one is assigned, the
 * person.
 */
public record Taak(Taaksoort soort, UUID huisverbodId, String registratienummer, UUID betrokkeneId,
        BetrokkeneRol betrokkeneRol, Instant sinds, Instant vervaltOp, Houder houder) {

    /** Who holds a task. */
    public record Houder(Organisatie organisatie, Rol rol, String gebruikersnaam) {

        /** Whether this actor's organisation and role hold it ({@code alleenEigen}: and it is assigned to this user). */
        public boolean van(Organisatie organisatie, Rol rol, String gebruikersnaam, boolean alleenEigen) {
            return this.organisatie == organisatie && (this.rol == null || this.rol == rol)
                    && (!alleenEigen || gebruikersnaam.equals(this.gebruikersnaam));
        }
    }

    public boolean verlopen(Instant now) {
        return !now.isBefore(vervaltOp);
    }
}
