package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.audit.service.Verificatie;
import nl.thvhub.audit.service.Zegelaar;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The hub's runtime database role cannot rewrite the audit log (issue 15.2): no UPDATE of the hashed or raw columns, no
 * second seal, no DELETE, no TRUNCATE; the lifecycle history is append-only for it too. An attacker who edits a raw
 * subject id with superuser rights and triggers switched off is caught by the verifier.
 */
@QuarkusTest
class DatabaseRolTest {

    @Inject
    Zegelaar zegelaar;

    @Inject
    Verificatie verificatie;

    private long line;

    @BeforeEach
    void aSealedLine() {
        Api.as("politie-thv").post("/api/v1/huisverboden", Cases.valid(Instant.now().minusSeconds(600))).statusCode(201);
        zegelaar.zegel().await().atMost(Duration.ofSeconds(30));
        line = maxSealedWithSubject();
    }

    private static long maxSealedWithSubject() {
        try (Connection c = Db.connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery(
                        "select max(id) from audit_regel a where betrokkene_id is not null and exists (select 1 from audit_zegel z where z.regel_id = a.id)")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection c = Db.connectAsOwner(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void asRuntimeRole(String sql) throws SQLException {
        try (Connection c = Db.connectAsRuntimeRole(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void the_runtime_role_cannot_change_a_hashed_column() {
        assertThatThrownBy(() -> asRuntimeRole("update audit_regel set actie = 'LEZEN' where id = " + line))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void the_runtime_role_cannot_change_a_raw_subject_id() {
        assertThatThrownBy(() -> asRuntimeRole("update audit_regel set betrokkene_id = gen_random_uuid() where id = " + line))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void the_runtime_role_cannot_reseal_a_sealed_line() {
        assertThatThrownBy(() -> asRuntimeRole("update audit_zegel set keten_hash = repeat('0', 64) where regel_id = " + line))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void even_the_owner_cannot_change_or_remove_a_seal() {
        assertThatThrownBy(() -> asOwner("update audit_zegel set keten_hash = repeat('0', 64) where regel_id = " + line))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner("delete from audit_zegel where regel_id = " + line)).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void the_runtime_role_cannot_change_the_writing_transaction_of_a_line() {
        assertThatThrownBy(() -> asRuntimeRole("update audit_regel set xact = '2'::xid8 where id = " + line))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
    }

    @Test
    void the_runtime_role_cannot_delete_audit_lines() {
        assertThatThrownBy(() -> asRuntimeRole("delete from audit_regel where id = " + line)).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void the_runtime_role_cannot_truncate_the_audit_log() {
        assertThatThrownBy(() -> asRuntimeRole("truncate audit_regel")).isInstanceOf(SQLException.class)
                .hasMessageContaining("permission denied");
    }

    @Test
    void the_runtime_role_cannot_rewrite_the_anchors_or_the_history() {
        assertThatThrownBy(() -> asRuntimeRole("delete from audit_anker")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asRuntimeRole("update gebeurtenis set details = '{}'")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asRuntimeRole("delete from gebeurtenis")).isInstanceOf(SQLException.class);
    }

    @Test
    void the_runtime_role_cannot_change_the_schema() {
        assertThatThrownBy(() -> asRuntimeRole("drop trigger audit_regel_bescherming on audit_regel"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> asRuntimeRole("create table x (id int)")).isInstanceOf(SQLException.class);
    }

    @Test
    void even_the_owner_cannot_edit_or_delete_an_audit_line() {
        assertThatThrownBy(() -> asOwner("delete from audit_regel where id = " + line)).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void erasure_through_the_function_touches_no_case_that_is_not_erased() throws SQLException {
        try (Connection c = Db.connectAsRuntimeRole();
                Statement s = c.createStatement();
                var rs = s.executeQuery(
                        "select wis_audit_persoonsgegevens(array(select huisverbod_id from audit_regel where id = "
                                + line + "))")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(Db.count("audit_regel where id = " + line + " and betrokkene_id is not null")).isEqualTo(1);
    }

    @Test
    void the_verifier_catches_an_edited_raw_subject_id() {
        String original = rawSubject();
        Db.tamper("update audit_regel set betrokkene_id = gen_random_uuid() where id = " + line);
        try {
            Verificatie.Uitslag u = verificatie.verifieer(null, null).await().atMost(Duration.ofSeconds(60));
            assertThat(u.geldig()).isFalse();
            assertThat(u.eersteFout()).contains("betrokkene_id");
        } finally {
            Db.tamper("update audit_regel set betrokkene_id = '" + original + "' where id = " + line);
        }
        assertThat(verificatie.verifieer(null, null).await().atMost(Duration.ofSeconds(60)).geldig()).isTrue();
    }

    private String rawSubject() {
        try (Connection c = Db.connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select betrokkene_id from audit_regel where id = " + line)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
