package nl.thvhub.privacy;

/** The data categories of a case (SPEC §3); every field of a view belongs to exactly one. */
public enum Categorie {
    KERN, IDENTITEIT, WONING, VERBLIJF_UHG, VERBLIJF_AB, KINDEREN, GEWELD, STRAFRECHT, OVERTREDINGEN, HULPVERLENING, GGZ, NETWERK, GEZONDHEID, ZORGADVIES, RECLASSERINGSADVIES, OPVANG_UHG, POLITIEVERZOEK
}
