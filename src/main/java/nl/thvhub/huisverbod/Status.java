package nl.thvhub.huisverbod;

/** Where a case stands. Derived from the case's dates and the clock, never stored. */
@org.eclipse.microprofile.graphql.Enum("HuisverbodStatus")
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "HuisverbodStatus")
public enum Status {

    OPGELEGD, VERLENGD, INGETROKKEN, BEEINDIGD, MONITORING, AFGESLOTEN;

    public boolean isLopend() {
        return this == OPGELEGD || this == VERLENGD;
    }
}
