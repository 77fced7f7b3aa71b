package nl.thvhub.huisverbod.api;

import java.util.List;

/** A page of a list: the items and an opaque cursor for the next page (absent on the last page). No totals. */
public record Lijst<T>(List<T> items, String volgende) {
}
