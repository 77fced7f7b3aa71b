package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
        return Db.count("audit_regel where keten_volgnr is not null");
    }

    private static long maxVolgnr() {
        return Db.count("audit_regel where keten_volgnr is not null");
    }

    /** Swaps the chain positions of two lines in three steps (the position is unique at every step). */
    private static void swap(long a, long b) {
        Db.tamper("update audit_regel set keten_volgnr = -1 where keten_volgnr = " + a);
        Db.tamper("update audit_regel set keten_volgnr = " + a + " where keten_volgnr = " + b);
        Db.tamper("update audit_regel set keten_volgnr = " + b + " where keten_volgnr = -1");
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
    void a_changed_line_is_named() {
        long n = sealedLines();
        long target = n - 2;
        // the purpose is kept aside and put back, whatever line target is
        Db.tamper("create table if not exists test_audit_doel as select keten_volgnr, doel from audit_regel where false");
        Db.tamper("delete from test_audit_doel");
        Db.tamper("insert into test_audit_doel select keten_volgnr, doel from audit_regel where keten_volgnr = " + target);
        Db.tamper("update audit_regel set doel = 'iets-anders' where keten_volgnr = " + target);
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).startsWith("regel " + target).contains("inhoud gewijzigd");
        } finally {
            Db.tamper("update audit_regel a set doel = d.doel from test_audit_doel d where a.keten_volgnr = d.keten_volgnr");
        }
        assertThat(verify().geldig()).isTrue();
    }

    @Test
    void a_deleted_line_is_named() {
        long n = sealedLines();
        long target = n - 1;
        Db.execute("drop table if exists test_audit_backup");
        Db.execute("create table test_audit_backup as select * from audit_regel where keten_volgnr = " + target);
        Db.tamper("delete from audit_regel where keten_volgnr = " + target);
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
        Db.execute("create table test_audit_tail as select * from audit_regel where keten_volgnr = " + n);
        Db.execute("create table test_audit_head as select * from audit_keten");
        Db.tamper("delete from audit_regel where keten_volgnr = " + n);
        Db.tamper("update audit_keten set volgnr = " + (n - 1)
                + ", hash = (select keten_hash from audit_regel where keten_volgnr = " + (n - 1) + ")");
        try {
            Verificatie.Uitslag u = verify();
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).contains("anker " + n);
        } finally {
            Db.execute("insert into audit_regel overriding system value select * from test_audit_tail");
            Db.tamper("update audit_keten k set volgnr = h.volgnr, hash = h.hash from test_audit_head h");
            Db.execute("drop table test_audit_tail");
            Db.execute("drop table test_audit_head");
        }
        assertThat(verify().geldig()).isTrue();
    }
}
