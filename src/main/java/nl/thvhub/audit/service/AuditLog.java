package nl.thvhub.audit.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.Keten;
import nl.thvhub.audit.Verstrekkingen;
import nl.thvhub.audit.persistence.AuditRepository;
import nl.thvhub.platform.problem.ProblemException;

/**
 * The single port through which every disclosure and change is logged. It writes in the caller's transaction, all lines
 * of a request in one statement, the rows of a list as one line ({@link Verstrekkingen}); if the lines cannot be stored the request fails with 503 and no data leaves (fail
 * closed).
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);

    private final byte[] sleutel;

    private final ThreadLocal<javax.crypto.Mac> mac;

    private final AuditRepository repository;

    public AuditLog(AuditConfig config, AuditRepository repository) {
        this.repository = repository;
        this.sleutel = config.pseudonimiseringssleutel().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (sleutel.length < 32) {
            throw new IllegalStateException("thv.audit.pseudonimiseringssleutel must be at least 32 characters");
        }
        this.mac = ThreadLocal.withInitial(() -> Keten.mac(sleutel));
    }

    /**
     * The keyed pseudonym of a value (an address asked for, say) to put in the hashed part of a line: the FG can find
     * every line about that value by computing its pseudonym, while the line itself holds nothing to erase later.
     */
    public String pseudoniem(String waarde) {
        return Keten.pseudoniem(mac.get(), waarde);
    }

    public Uni<Void> schrijf(SqlClient sql, List<AuditRegel> aangeleverd) {
        if (aangeleverd.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // the rows of a list are one disclosure: lines that differ only in their case are stored as one line
        List<Verstrekkingen.TeSchrijven> regels = Verstrekkingen.perVerstrekking(aangeleverd);
        // one request has one actor: compute its pseudonym once; the MAC itself is reused per thread (init is costly)
        java.util.Map<String, String> actors = new java.util.HashMap<>();
        String[] actorPseudoniem = regels.stream()
                .map(r -> actors.computeIfAbsent(r.regel().actorSubject(), this::pseudoniem)).toArray(String[]::new);
        String[] betrokkenePseudoniem = regels.stream()
                .map(r -> r.regel().betrokkeneId() == null ? null : pseudoniem(r.regel().betrokkeneId().toString()))
                .toArray(String[]::new);
        return repository.insert(sql, regels, actorPseudoniem, betrokkenePseudoniem).onFailure().transform(e -> {
            LOG.error("Audit lines could not be written; the request is refused (fail closed)", e);
            return ProblemException
                    .unavailable("Het auditlog kan nu niet worden geschreven; er worden geen gegevens verstrekt.");
        });
    }

    /**
     * Erases the personal data outside the hashed part of a case's audit lines (raw subject ids, employee names, free-text
     * reasons) at the end of retention; pseudonyms and hashes stay, so the chain still verifies.
     */
    public Uni<Integer> wisPersoonsgegevens(SqlClient sql, java.util.List<UUID> zaken) {
        // through the owner's function: the runtime role has no UPDATE on these columns (migration V10)
        return repository.deletePersoonsgegevens(sql, zaken);
    }
}
