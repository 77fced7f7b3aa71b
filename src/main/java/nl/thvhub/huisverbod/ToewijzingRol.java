package nl.thvhub.huisverbod;

/** The roles a professional can be assigned to on a case. */
public enum ToewijzingRol {
    ZORGCOORDINATOR, GEZINSMANAGER, RECLASSERING, GGZ
}
