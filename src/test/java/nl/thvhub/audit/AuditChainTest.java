package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.audit.persistence.KetenRepository;
import nl.thvhub.audit.service.Verificatie;
import nl.thvhub.audit.service.Zegelaar;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The hash chain catches a changed line, a deleted line, swapped lines and (through the anchor) a truncated tail; each
 * tampering is undone afterwards so the chain of the test database stays valid for later tests.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    Zegelaar zegelaar;

    @Inject
    KetenRepository keten;

    @Inject
    io.vertx.mutiny.sqlclient.Pool pool;

    @Inject
    io.quarkus.scheduler.Scheduler scheduler;

    /**
     * The sealing and anchoring jobs stand still while a test tampers: a job run in between would seal or anchor the
     * tampered state (the anchor job re-anchoring a truncated tail made the anchor test fail now and then).
     */
    @org.junit.jupiter.api.BeforeEach
    void jobsStil() {
        scheduler.pause();
    }

    @org.junit.jupiter.api.AfterEach
    void jobsWeer() {
        scheduler.resume();
    }

    @Inject
    Verificatie verificatie;

    private long sealedLines() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        for (int i = 0; i < 3; i++) {
            Api.as("gemeente").get("/api/v1/huisverboden/" + id).statusCode(200);
        }
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        zegelaar.veranker().await().atMost(Duration.ofSeconds(30));
        Verificatie.Uitslag ok = verificatie.verifieer(null, null).await().atMost(Duration.ofSeconds(60));
        assertThat(ok.geldig()).as(ok.eersteFout()).isTrue();
        return Db.count("audit_zegel");
    }

    private static long maxVolgnr() {
        return Db.count("audit_zegel");
    }

    /** The id of the line sealed at {@code volgnr}, as SQL. */
    private static String regelOp(long volgnr) {
        return "(select regel_id from audit_zegel where keten_volgnr = " + volgnr + ")";
    }

    /** Swaps the chain positions of two lines in three steps (the position is unique at every step). */
    private static void swap(long a, long b) {
        Db.tamper("update audit_zegel set keten_volgnr = -1 where keten_volgnr = " + a);
        Db.tamper("update audit_zegel set keten_volgnr = " + a + " where keten_volgnr = " + b);
        Db.tamper("update audit_zegel set keten_volgnr = " + b + " where keten_volgnr = -1");
    }

    private Verificatie.Uitslag verify() {
        return verificatie.verifieer(null, null).await().atMost(Duration.ofSeconds(60));
    }

    @Test
    void the_fg_verifies_an_untouched_chain_over_the_api() {
        sealedLines();
        Api.as("fg").get("/api/v1/audit/verificatie").statusCode(200).body("geldig", equalTo(true));
        Api.as("politie-thv").get("/api/v1/audit/verificatie").statusCode(403);
    }

    @Test
    void a_line_whose_transaction_ends_after_later_lines_is_sealed_not_skipped() throws Exception {
        sealedLines();
        try (java.sql.Connection open = Db.connectAsRuntimeRole(); java.sql.Statement s = open.createStatement()) {
            open.setAutoCommit(false);
            // a line written first and committed last, as a slow request's would be
            s.execute("""
                    insert into audit_regel (tijdstip, actor_subject, actor_rol, actor_organisatie, actie, uitkomst)
                    values (now(), 'traag', 'om-zsm', 'OM', 'LEZEN', 'TOEGESTAAN')""");
            String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
            Api.as("gemeente").get("/api/v1/huisverboden/" + id).statusCode(200);
            zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
            assertThat(Db.count("audit_regel")).as("lines behind the open transaction wait for it")
                    .isGreaterThan(Db.count("audit_zegel"));
            open.commit();
        }
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        assertThat(Db.count("audit_regel")).isEqualTo(Db.count("audit_zegel"));
        assertThat(Db.count("audit_regel_gezegeld where actor_subject = 'traag' and keten_volgnr is not null")).isEqualTo(1);
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_backlog_of_large_list_lines_is_sealed_in_transactions_of_bounded_bytes_in_one_run() {
        sealedLines();
        // 150 list lines of 205 cases each (as the priority list writes them): about 600 KB stored, under 1,000 lines
        Db.execute("""
                insert into audit_regel (tijdstip, actor_subject, actor_rol, actor_organisatie, actie, uitkomst, huisverbod_ids)
                select now(), 'lijst', 'om-zsm', 'OM', 'LEZEN', 'TOEGESTAAN',
                  (select array_agg(gen_random_uuid()) from generate_series(1, 205))
                from generate_series(1, 150)""");
        KetenRepository.Batch eerste = pool.withConnection(c -> keten.findKop(c, false)
                .chain(kop -> keten.listOngezegeld(c, kop, 1000, 256 * 1024))).await().atMost(Duration.ofSeconds(30));
        assertThat(eerste.regels()).as("the first batch stops near 256 KB").hasSizeBetween(2, 149);
        assertThat(eerste.meer()).as("and says more lines wait").isTrue();

        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));

        assertThat(Db.count("audit_regel")).as("one run seals every batch").isEqualTo(Db.count("audit_zegel"));
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_changed_line_is_named() {
        long n = sealedLines();
        long target = n - 2;
        // the purpose is kept aside and put back, whatever line target is
        Db.tamper("create table if not exists test_audit_doel as select id, doel from audit_regel where false");
        Db.tamper("delete from test_audit_doel");
        Db.tamper("insert into test_audit_doel select id, doel from audit_regel where id = " + regelOp(target));
        Db.tamper("update audit_regel set doel = 'iets-anders' where id = " + regelOp(target));
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).startsWith("regel " + target).contains("inhoud gewijzigd");
        } finally {
            Db.tamper("update audit_regel a set doel = d.doel from test_audit_doel d where a.id = d.id");
        }
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_list_line_whose_cases_are_changed_is_named() {
        sealedLines();
        Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        Cases.imposed(Cases.valid(Instant.now().minusSeconds(900)));
        nl.thvhub.testing.AuditTrailAssertions trail = nl.thvhub.testing.AuditTrailAssertions.newTrace();
        Api.as("om-zsm").request().header("traceparent", trail.traceparent()).get("/api/v1/zsm/prioriteitenlijst").then()
                .statusCode(200);
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        String lijn = "(select id from audit_regel where trace_id = '" + trail.traceId()
                + "' and cardinality(huisverbod_ids) >= 2 limit 1)";
        long volgnr = Db.count("audit_zegel where regel_id = " + lijn + " and keten_volgnr > 0");
        assertThat(volgnr).as("the list's line is sealed").isEqualTo(1);
        assertThat(verify().geldig()).isTrue();
        // the cases it names, in reverse order: the same set, another line (kept aside and put back afterwards)
        Db.tamper("create table if not exists test_audit_zaken as select id, huisverbod_ids from audit_regel where false");
        Db.tamper("delete from test_audit_zaken");
        Db.tamper("insert into test_audit_zaken select id, huisverbod_ids from audit_regel where id = " + lijn);
        Db.tamper("update audit_regel a set huisverbod_ids = array(select z from unnest(t.huisverbod_ids) with ordinality"
                + " as u(z, nr) order by nr desc) from test_audit_zaken t where a.id = t.id");
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).contains("inhoud gewijzigd");
        } finally {
            Db.tamper("update audit_regel a set huisverbod_ids = t.huisverbod_ids from test_audit_zaken t where a.id = t.id");
        }
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_deleted_line_is_named() {
        long n = sealedLines();
        long target = n - 1;
        Db.execute("drop table if exists test_audit_backup");
        Db.execute("create table test_audit_backup as select * from audit_regel where id = " + regelOp(target));
        Db.tamper("delete from audit_regel where id = " + regelOp(target));
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).contains("regel " + target).contains("ontbreekt");
        } finally {
            Db.execute("insert into audit_regel overriding system value select * from test_audit_backup");
            Db.execute("drop table test_audit_backup");
        }
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void swapped_lines_break_the_chain() {
        long n = sealedLines();
        long a = n - 2;
        long b = n - 1;
        swap(a, b);
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).startsWith("regel " + a);
        } finally {
            swap(a, b);
        }
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_consistently_rewritten_tail_is_caught_by_the_anchor() {
        long n = sealedLines();
        assertThat(maxVolgnr()).isEqualTo(n);
        Db.execute("drop table if exists test_audit_tail");
        Db.execute("drop table if exists test_audit_head");
        Db.execute("drop table if exists test_audit_tail_zegel");
        Db.execute("create table test_audit_tail as select * from audit_regel where id = " + regelOp(n));
        Db.execute("create table test_audit_tail_zegel as select * from audit_zegel where keten_volgnr = " + n);
        Db.execute("create table test_audit_head as select * from audit_keten");
        Db.tamper("delete from audit_zegel where keten_volgnr = " + n);
        Db.tamper("delete from audit_regel where id = (select regel_id from test_audit_tail_zegel)");
        Db.tamper("update audit_keten set volgnr = " + (n - 1)
                + ", hash = (select keten_hash from audit_zegel where keten_volgnr = " + (n - 1) + ")");
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).contains("anker " + n);
        } finally {
            Db.execute("insert into audit_regel overriding system value select * from test_audit_tail");
            Db.execute("insert into audit_zegel select * from test_audit_tail_zegel");
            Db.tamper("update audit_keten k set volgnr = h.volgnr, hash = h.hash from test_audit_head h");
            Db.execute("drop table test_audit_tail");
            Db.execute("drop table test_audit_tail_zegel");
            Db.execute("drop table test_audit_head");
        }
        assertThat(verify().geldig()).isTrue();
    }
}
