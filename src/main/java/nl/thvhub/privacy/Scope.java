package nl.thvhub.privacy;

/**
 * Which cases a sharing rule reaches: all, only assigned ones, only those in the reader's own wijk, or only those of
 * the gemeenten the reader acts for (token claim {@code gemeenten}; without it, all).
 */
public enum Scope {
    ALTIJD, TOEGEWEZEN, EIGEN_WIJK, EIGEN_GEMEENTE
}
