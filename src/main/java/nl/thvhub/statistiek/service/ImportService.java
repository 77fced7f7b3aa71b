package nl.thvhub.statistiek.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.csv.CsvTabel;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.statistiek.Historisch;
import nl.thvhub.statistiek.Importregel;
import nl.thvhub.statistiek.Importstatus;
import nl.thvhub.statistiek.persistence.ImportRepository;

/**
 * Bulk import of historical THVs by a gemeente. The body is streamed to a temporary file (constant memory, any number
 * of lines), the import is registered and audited, and the answer (202) leaves before the lines are read; then every
 * line is checked on its own and the valid ones are stored in batches. A bad line is reported by its number and stores
 * nothing; it never stops the rest. Imported THVs run no lifecycle: they are counted and recognised, nothing more.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Lines per transaction: one INSERT of THVs, one of persons, one of audit lines, one of rejected lines. */
    static final int BATCH = 500;
    private static final Duration WACHT = Duration.ofMinutes(2);

    private final Pool pool;
    private final ImportRepository repository;
    private final AuditLog audit;
    private final Verzoek verzoek;
    private final Clock clock;
    private final StatistiekConfig config;

    public ImportService(Pool pool, ImportRepository repository, AuditLog audit, Verzoek verzoek, Clock clock,
            StatistiekConfig config) {
        this.pool = pool;
        this.repository = repository;
        this.audit = audit;
        this.verzoek = verzoek;
        this.clock = clock;
        this.config = config;
    }

    /** An upload received into the import folder, named by the import's id; nothing is stored yet. */
    public record Upload(UUID id, Importstatus.Formaat formaat, Path bestand) {
    }

    /**
     * Receives the file (on a worker thread: the body is streamed to disk as it arrives, in constant memory). Nothing is
     * registered yet, so an Idempotency-Key replay can still drop it ({@link #verwerp}).
     */
    public Upload ontvang(Actor actor, Importstatus.Formaat formaat, InputStream body) {
        magImporteren(actor);
        UUID id = UUID.randomUUID();
        Path bestand = Path.of(config.importMap(), id + (formaat == Importstatus.Formaat.CSV ? ".csv" : ".ndjson"));
        try {
            Files.createDirectories(bestand.getParent());
            Files.copy(body, bestand, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            verwijder(bestand);
            throw new UncheckedIOException(e);
        }
        return new Upload(id, formaat, bestand);
    }

    /** Drops an upload that will not be read (its Idempotency-Key was used before). */
    public void verwerp(Upload upload) {
        verwijder(upload.bestand());
    }

    /**
     * Registers the upload and starts reading it; the import as it was accepted (BEZIG), read before the reading starts
     * so the answer does not depend on how fast the reading goes.
     */
    public Importstatus start(Actor actor, Upload upload) {
        UUID id = upload.id();
        Importstatus.Formaat formaat = upload.formaat();
        Path bestand = upload.bestand();
        Instant now = clock.instant();
        AuditRegel.Door door = AuditRegel.door(actor, now, verzoek.trace());
        AuditRegel regel = door.regel(null, StatistiekService.DOEL, null, AuditActie.IMPORTEREN, null, null, List.of("KERN"),
                null, AuditRegel.TOEGESTAAN, "import " + id + " (" + formaat + ")");
        pool.withTransaction(conn -> repository.insertImport(conn, id, actor.organisatie().name(), actor.gebruikersnaam(),
                formaat, now).chain(() -> audit.schrijf(conn, List.of(regel)))).await().atMost(WACHT);
        Importstatus aangenomen = repository.find(pool, id, actor.organisatie().name()).await().atMost(WACHT).orElseThrow();
        // the lines read later are audited under the upload's actor and trace
        java.util.Set<String> gemeenten = actor.gemeenten();
        Infrastructure.getDefaultWorkerPool()
                .execute(() -> verwerk(id, actor.organisatie().name(), formaat, bestand, door, gemeenten));
        return aangenomen;
    }

    /**
     * The importing organisation withdraws a finished import (a wrong file, a false history): its THVs and persons leave
     * repeat detection and statistics, and cases it made repeats lose that ground. Only an account acting for every
     * gemeente in the import may; audited, with a line per case whose repeat ground it was. 409 while it runs or when
     * withdrawn already.
     */
    public Uni<Importstatus> trekIn(Actor actor, UUID id) {
        magImporteren(actor);
        String org = actor.organisatie().name();
        return pool.withTransaction(conn -> repository.find(conn, id, org).chain(gevonden -> {
            Importstatus status = gevonden.orElseThrow(ProblemException::notFound);
            if (status.status() == Importstatus.Status.BEZIG || status.status() == Importstatus.Status.INGETROKKEN) {
                throw ProblemException.conflict("Deze import is " + status.status().name().toLowerCase(java.util.Locale.ROOT)
                        + "; intrekken kan alleen een afgeronde import.", status.status().name(), List.of());
            }
            return repository.gemeenten(conn, id).chain(gemeenten -> {
                List<String> vreemd = gemeenten.stream().filter(g -> !actor.gemeenten().contains(g)).toList();
                if (!vreemd.isEmpty()) {
                    throw ProblemException.forbidden("Deze import bevat huisverboden van gemeenten waarvoor u niet "
                            + "importeert: " + String.join(", ", vreemd) + ".");
                }
                Instant now = clock.instant();
                return repository.withdraw(conn, id, actor.gebruikersnaam(), now).chain(zaken -> {
                    if (zaken.isEmpty()) {
                        throw ProblemException.conflict("Deze import is intussen al ingetrokken.", null, List.of());
                    }
                    AuditRegel.Door door = AuditRegel.door(actor, now, verzoek.trace());
                    List<AuditRegel> regels = new ArrayList<>();
                    regels.add(door.regel(null, StatistiekService.DOEL, null, AuditActie.IMPORT_INGETROKKEN, null, null,
                            List.of("KERN"), null, AuditRegel.TOEGESTAAN, "import " + id + " ingetrokken"));
                    zaken.get().forEach(zaak -> regels.add(door.regel(null, StatistiekService.DOEL, null,
                            AuditActie.IMPORT_INGETROKKEN, zaak, null, List.of("KERN"), null, AuditRegel.TOEGESTAAN,
                            "herhaling op grond van import " + id + " vervallen")));
                    return audit.schrijf(conn, regels).chain(() -> repository.find(conn, id, org))
                            .map(Optional::orElseThrow);
                });
            });
        }));
    }

    /** Where an import of the actor's organisation stands; another organisation's import is 404. */
    public Uni<Importstatus> status(Actor actor, UUID id) {
        magImporteren(actor);
        return repository.find(pool, id, actor.organisatie().name()).map(s -> s.orElseThrow(ProblemException::notFound));
    }

    /** The gemeente imports its own history, in person or through its partner system. */
    private static void magImporteren(Actor actor) {
        if (actor.rol() != Rol.GEMEENTE && !(actor.partnerSysteem() && actor.organisatie() == Organisatie.GEMEENTE)) {
            throw ProblemException.forbidden("Historische huisverboden importeert de gemeente.");
        }
    }

    /** Reads the file line by line and stores it batch by batch; the import ends GEREED, or MISLUKT with a reason. */
    void verwerk(UUID id, String organisatie, Importstatus.Formaat formaat, Path bestand, AuditRegel.Door door,
            java.util.Set<String> gemeenten) {
        Voortgang v = new Voortgang(id, organisatie, door);
        try (BufferedReader bron = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            Regellezer lezer = new Regellezer(bron, config.importMaxRegel());
            List<String> kop = null;
            Regellezer.Regel regel;
            int nummer = 0;
            while ((regel = lezer.volgende()) != null) {
                nummer++;
                if (regel.teLang()) {
                    v.verwerkt++;
                    v.afgewezen++;
                    v.fouten.add(new Importstatus.Fout(nummer, null,
                            "regel langer dan " + config.importMaxRegel() + " tekens; niet gelezen"));
                    if (formaat == Importstatus.Formaat.CSV && kop == null) {
                        v.schrijf();
                        rondAf(id, Importstatus.Status.MISLUKT, "de kopregel is te lang");
                        return;
                    }
                    continue;
                }
                String tekst = regel.tekst();
                if (tekst.isBlank()) {
                    continue;
                }
                Instant nu = clock.instant();
                if (formaat == Importstatus.Formaat.CSV && kop == null) {
                    kop = CsvTabel.cellen(tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst);
                    List<Importstatus.Fout> fouten = kop == null
                            ? List.of(new Importstatus.Fout(1, null, "kopregel onleesbaar"))
                            : Importregel.controleerKop(kop);
                    if (!fouten.isEmpty()) {
                        v.fouten.addAll(fouten);
                        v.schrijf();
                        rondAf(id, Importstatus.Status.MISLUKT, "de kopregel noemt niet de velden van een huisverbod");
                        return;
                    }
                    continue;
                }
                Importregel.Uitkomst u;
                if (formaat == Importstatus.Formaat.NDJSON) {
                    u = Importregel.uitJson(tekst, nummer, nu);
                } else {
                    List<String> cellen = CsvTabel.cellen(tekst);
                    u = cellen == null
                            ? new Importregel.Uitkomst(null,
                                    List.of(new Importstatus.Fout(nummer, null, "aanhalingsteken niet gesloten")))
                            : Importregel.uitCsv(kop, cellen, nummer, nu);
                }
                v.verwerkt++;
                if (u.geldig() && !gemeenten.contains(u.historisch().gemeente().name())) {
                    // only the gemeenten the account acts for (token claim gemeenten): no false history elsewhere
                    u = new Importregel.Uitkomst(null, List.of(new Importstatus.Fout(nummer, "gemeente",
                            "u importeert niet voor gemeente " + u.historisch().gemeente().name())));
                }
                if (u.geldig()) {
                    v.batch.add(u.historisch());
                } else {
                    v.afgewezen++;
                    v.fouten.addAll(u.fouten());
                }
                if (v.batch.size() >= BATCH || v.fouten.size() >= BATCH) {
                    v.schrijf();
                }
            }
            v.schrijf();
            rondAf(id, Importstatus.Status.GEREED, null);
        } catch (RuntimeException | IOException e) {
            LOG.error("Import " + id + " failed", e);
            rondAf(id, Importstatus.Status.MISLUKT, "het bestand kon niet tot het einde worden gelezen");
        } finally {
            verwijder(bestand);
        }
    }

    /**
     * At start-up: an upload left in the import folder was being read when the hub stopped (a crash or a kill). Its file
     * is removed and its import, still BEZIG, ends MISLUKT, so the gemeente sees it must import that file again; the
     * lines already stored stay (importing them again changes nothing: externId).
     */
    public void ruimOp(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        Path map = Path.of(config.importMap());
        if (!Files.isDirectory(map)) {
            return;
        }
        try (java.util.stream.Stream<Path> bestanden = Files.list(map)) {
            for (Path bestand : bestanden.toList()) {
                String naam = bestand.getFileName().toString();
                int punt = naam.indexOf('.');
                verwijder(bestand);
                try {
                    UUID id = UUID.fromString(punt < 0 ? naam : naam.substring(0, punt));
                    repository.finishIfRunning(pool, id, "onderbroken: de hub stopte tijdens het lezen; importeer het "
                            + "bestand opnieuw", clock.instant()).await().atMost(WACHT);
                } catch (IllegalArgumentException e) {
                    // not an upload of ours; removed all the same
                }
                LOG.infof("Import folder: removed %s, left by a stop during its import", naam);
            }
        } catch (IOException e) {
            LOG.warn("Could not clean the import folder " + map, e);
        }
    }

    private static void verwijder(Path bestand) {
        try {
            Files.deleteIfExists(bestand);
        } catch (IOException e) {
            LOG.warn("Could not delete the import file " + bestand, e);
        }
    }

    private void rondAf(UUID id, Importstatus.Status status, String reden) {
        repository.finish(pool, id, status, reden, clock.instant()).await().atMost(WACHT);
    }

    /** The counts so far and the batch not yet stored. */
    private final class Voortgang {

        final UUID id;
        final String organisatie;
        final AuditRegel.Door door;
        final List<Historisch> batch = new ArrayList<>();
        final List<Importstatus.Fout> fouten = new ArrayList<>();
        int verwerkt;
        int geaccepteerd;
        int afgewezen;
        int foutenBewaard;

        Voortgang(UUID id, String organisatie, AuditRegel.Door door) {
            this.id = id;
            this.organisatie = organisatie;
            this.door = door;
        }

        /** One transaction: the batch's THVs, their persons and audit lines, the rejected lines, the counts. */
        void schrijf() {
            List<Historisch> thvs = List.copyOf(batch);
            List<Importstatus.Fout> bewaar = fouten.subList(0,
                    Math.max(0, Math.min(fouten.size(), ImportRepository.MAX_FOUTEN - foutenBewaard)));
            List<Importstatus.Fout> nieuweFouten = List.copyOf(bewaar);
            geaccepteerd += thvs.size();
            int v = verwerkt;
            int g = geaccepteerd;
            int a = afgewezen;
            pool.withTransaction(conn -> (thvs.isEmpty()
                    ? Uni.createFrom().item(List.<ImportRepository.Opgeslagen>of())
                    : repository.insertHistorisch(conn, id, organisatie, thvs)).chain(opgeslagen -> {
                        Map<String, List<Historisch.Persoon>> perExtern = new LinkedHashMap<>();
                        thvs.forEach(h -> perExtern.putIfAbsent(h.externId(), h.betrokkenen()));
                        Map<UUID, List<Historisch.Persoon>> perZaak = new LinkedHashMap<>();
                        opgeslagen.forEach(o -> perZaak.put(o.id(), perExtern.get(o.externId())));
                        return repository.insertPersonen(conn, perZaak).chain(personen -> {
                            List<AuditRegel> regels = new ArrayList<>();
                            int i = 0;
                            for (Map.Entry<UUID, List<Historisch.Persoon>> zaak : perZaak.entrySet()) {
                                for (int p = 0; p < zaak.getValue().size(); p++) {
                                    regels.add(door.regel(null, StatistiekService.DOEL, null, AuditActie.IMPORTEREN,
                                            zaak.getKey(), personen.get(i++), List.of("IDENTITEIT"), null,
                                            AuditRegel.TOEGESTAAN, "import " + id));
                                }
                            }
                            return audit.schrijf(conn, regels);
                        });
                    }).chain(() -> repository.insertFouten(conn, id, nieuweFouten))
                    .chain(() -> repository.setTellers(conn, id, v, g, a))).await().atMost(WACHT);
            foutenBewaard += nieuweFouten.size();
            batch.clear();
            fouten.clear();
        }
    }
}
