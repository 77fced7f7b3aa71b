package nl.thvhub.werkplek.api;

/**
 * What every werkplek page shows around its content: who is logged in and in which role, which menu items that role
 * has, the form token, and a short confirmation after a form was sent (post-redirect-get).
 */
public record Kader(String gebruiker, String rol, String organisatie, boolean zsm, boolean werkvoorraad, boolean fg,
        String csrf, String melding, String actief, boolean cijfers, boolean rihg) {
}
