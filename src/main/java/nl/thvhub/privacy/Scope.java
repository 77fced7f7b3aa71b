package nl.thvhub.privacy;

/** Which cases a sharing rule reaches: all, only assigned ones, or only those in the reader's own wijk. */
public enum Scope {
    ALTIJD, TOEGEWEZEN, EIGEN_WIJK
}
