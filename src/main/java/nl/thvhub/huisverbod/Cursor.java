package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.UUID;

/** A keyset cursor: the sort key of the last case of the previous page. */
public record Cursor(Instant opgelegdOp, UUID id) {
}
