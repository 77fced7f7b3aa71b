package nl.thvhub.huisverbod;

/** Kind of domestic violence (SPEC §5 codes). */
public enum GeweldType {
    PARTNERGEWELD, EX_PARTNERGEWELD, OUDERMISHANDELING, KINDERMISHANDELING, COMBINATIE, ANDERS
}
