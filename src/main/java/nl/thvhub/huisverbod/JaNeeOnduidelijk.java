package nl.thvhub.huisverbod;

/** A three-valued answer, used for intieme terreur. */
public enum JaNeeOnduidelijk {
    JA, NEE, ONDUIDELIJK
}
