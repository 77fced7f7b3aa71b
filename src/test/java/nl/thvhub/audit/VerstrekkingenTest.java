package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.Trace;

/** How a request's audit lines are stored: a list's rows as one line naming its cases, everything else as it came. */
class VerstrekkingenTest {

    private static final Instant NU = Instant.parse("2026-12-05T10:00:00Z");
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private static AuditRegel regel(AuditActie actie, UUID zaak, UUID betrokkene, List<String> verstrekt) {
        return new AuditRegel(NU, new Trace("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7"), "sub", "om-zsm",
                "om-zsm", "OM", "client", null, "zsm-beoordeling", "2026.12.9", actie, zaak, betrokkene, verstrekt, List.of(),
                AuditRegel.TOEGESTAAN, null);
    }

    private static AuditRegel rij(UUID zaak) {
        return regel(AuditActie.PRIORITEITENLIJST, zaak, null, List.of("KERN"));
    }

    @Test
    void the_rows_of_a_list_become_one_line_naming_their_cases_in_order() {
        List<Verstrekkingen.TeSchrijven> uit = Verstrekkingen.perVerstrekking(List.of(rij(B), rij(A), rij(C)));
        assertThat(uit).hasSize(1);
        assertThat(uit.get(0).zaken()).containsExactly(B, A, C);
        assertThat(uit.get(0).regel().huisverbodId()).isNull();
        assertThat(uit.get(0).regel().actie()).isEqualTo(AuditActie.PRIORITEITENLIJST);
    }

    @Test
    void rows_that_disclosed_other_categories_are_a_line_of_their_own() {
        AuditRegel metAdvies = regel(AuditActie.PRIORITEITENLIJST, C, null, List.of("KERN", "ZORGADVIES"));
        List<Verstrekkingen.TeSchrijven> uit = Verstrekkingen.perVerstrekking(List.of(rij(A), metAdvies, rij(B)));
        assertThat(uit).hasSize(2);
        assertThat(uit.get(0).zaken()).containsExactly(A, B);
        assertThat(uit.get(1).zaken()).isNull();
        assertThat(uit.get(1).regel()).isEqualTo(metAdvies);
    }

    @Test
    void a_line_about_one_case_is_stored_as_it_came() {
        List<Verstrekkingen.TeSchrijven> uit = Verstrekkingen.perVerstrekking(List.of(rij(A)));
        assertThat(uit).singleElement().satisfies(t -> {
            assertThat(t.zaken()).isNull();
            assertThat(t.regel().huisverbodId()).isEqualTo(A);
        });
    }

    @Test
    void lines_per_data_subject_are_never_merged() {
        AuditRegel een = regel(AuditActie.LEZEN, A, UUID.randomUUID(), List.of("KERN"));
        AuditRegel twee = regel(AuditActie.LEZEN, B, een.betrokkeneId(), List.of("KERN"));
        assertThat(Verstrekkingen.perVerstrekking(List.of(een, twee))).extracting(Verstrekkingen.TeSchrijven::regel)
                .containsExactly(een, twee);
    }

    @Test
    void a_repeated_line_about_one_case_stays_repeated_and_lines_without_a_case_keep_their_place() {
        AuditRegel zonder = regel(AuditActie.PRIORITEITENLIJST, null, null, List.of("KERN"));
        List<Verstrekkingen.TeSchrijven> uit = Verstrekkingen.perVerstrekking(List.of(zonder, rij(A), rij(A), zonder));
        assertThat(uit).extracting(Verstrekkingen.TeSchrijven::regel).containsExactly(zonder, rij(A), rij(A), zonder);
        assertThat(uit).allSatisfy(t -> assertThat(t.zaken()).isNull());
    }

    @Test
    void a_line_without_cases_hashes_as_before_and_the_cases_of_a_list_line_are_hashed() throws Exception {
        java.time.OffsetDateTime t = NU.atOffset(java.time.ZoneOffset.UTC);
        Keten.Inhoud oud = new Keten.Inhoud(1, t, "t", "s", "a", "om-zsm", "OM", "c", "d", "v", "LEZEN", A.toString(), null,
                "KERN", null, "TOEGESTAAN", null, null);
        // the canonical form of lines written before V48, spelled out: unchanged, so sealed lines keep verifying
        String canoniek = String.join("\u001f", "1", "2026-12-05T10:00:00.000000Z", "t", "s", "a", "om-zsm", "OM", "c", "d",
                "v", "LEZEN", A.toString(), "\u2400", "KERN", "\u2400", "TOEGESTAAN", "\u2400");
        assertThat(Keten.inhoudHash(oud)).isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(canoniek.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        Keten.Inhoud lijst = new Keten.Inhoud(1, t, "t", "s", "a", "om-zsm", "OM", "c", "d", "v", "LEZEN", null, null,
                "KERN", null, "TOEGESTAAN", null, Keten.zaken(new UUID[]{A, B}));
        Keten.Inhoud andersom = new Keten.Inhoud(1, t, "t", "s", "a", "om-zsm", "OM", "c", "d", "v", "LEZEN", null, null,
                "KERN", null, "TOEGESTAAN", null, Keten.zaken(new UUID[]{B, A}));
        assertThat(Keten.inhoudHash(lijst)).isNotEqualTo(Keten.inhoudHash(andersom))
                .isNotEqualTo(Keten.inhoudHash(new Keten.Inhoud(1, t, "t", "s", "a", "om-zsm", "OM", "c", "d", "v", "LEZEN",
                        null, null, "KERN", null, "TOEGESTAAN", null, null)));
    }
}
