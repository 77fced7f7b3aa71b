package nl.thvhub.huisverbod;

/** Lifecycle actions, named after their sub-resources. */
public enum Actie {

    VERLENGINGSADVIES("verlengingsadvies"), VERLENGING("verlenging"), VERLENGINGSBESLUIT("verlengingsbesluit"), INTREKKING(
            "intrekking"), BEEINDIGING(
                    "beeindiging"), AFSLUITING("afsluiting"), TOEWIJZING("toewijzingen"), MONITORING_VERLENGING(
                            "monitoring/verlenging");

    private final String pad;

    Actie(String pad) {
        this.pad = pad;
    }

    public String pad() {
        return pad;
    }
}
