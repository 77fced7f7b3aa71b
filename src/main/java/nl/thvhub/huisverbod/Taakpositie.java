package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.UUID;

/** The keyset position after the last task of a work-queue page: due moment, case, kind, person (null: the case). */
public record Taakpositie(Instant vervaltOp, UUID huisverbodId, Taaksoort soort, UUID betrokkeneId) {
}
