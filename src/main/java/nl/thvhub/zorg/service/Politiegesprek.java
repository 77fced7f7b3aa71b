package nl.thvhub.zorg.service;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Contactmoment;

/**
 * The police's own conversation with the UHG counts as a contact when the police record it as such (issue 33.4, seed
 * §2.4.5): only the police record that form, only about the UHG, and they record nothing else of the care record.
 */
final class Politiegesprek {

    private Politiegesprek() {
    }

    /**
     * Whether this is the police recording their conversation (then the care record's writers and its HULPVERLENING
     * are not required: the police write what they did, and read back only that); 400 naming the field otherwise.
     */
    static boolean vereis(Actor actor, Huisverbod.Betrokkene persoon, Contactmoment.Vorm vorm) {
        boolean politie = actor.rol() == Rol.POLITIE_THV || actor.rol() == Rol.WIJKAGENT;
        if (vorm == Contactmoment.Vorm.POLITIEGESPREK && !politie) {
            throw ProblemException.invalid("vorm", "een politiegesprek legt alleen de politie vast");
        }
        if (!politie) {
            return false;
        }
        if (vorm != Contactmoment.Vorm.POLITIEGESPREK) {
            throw ProblemException.invalid("vorm", "de politie legt alleen een POLITIEGESPREK vast");
        }
        if (persoon.rol() != BetrokkeneRol.UITHUISGEPLAATSTE) {
            throw ProblemException.invalid("betrokkeneId", "een politiegesprek gaat over de uithuisgeplaatste");
        }
        return true;
    }
}
