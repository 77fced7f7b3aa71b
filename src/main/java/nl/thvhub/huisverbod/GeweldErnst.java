package nl.thvhub.huisverbod;

/** Severity of the violence, most severe first (SPEC §5 codes). */
public enum GeweldErnst {
    ZEER_ERNSTIG, ERNSTIG, BEPERKTE_FREQUENTIE, EENMALIG, ONDUIDELIJK
}
