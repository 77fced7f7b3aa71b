package nl.thvhub.huisverbod;

import java.time.Instant;

/** Filters for the case list; null fields do not filter. {@code now} decides the clock-derived status. */
public record Zoekfilter(Status status, Gemeente gemeente, String wijk, Instant actiefOp, Instant eindigtVoor, Instant now) {
}
