package nl.thvhub.privacy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Renders the sharing policy as the Markdown page {@code docs/sharing-policy.md}, so the docs cannot drift from the rules. */
public final class SharingPolicyDoc {

    private SharingPolicyDoc() {
    }

    public static String markdown(SharingPolicy.Document policy) {
        StringBuilder md = new StringBuilder();
        md.append("# THV-hub sharing policy (version ").append(policy.versie()).append(")\n\n");
        md.append(
                "Generated from `src/main/resources/privacy/sharing-policy.yaml` by `SharingPolicyDocTest`; do not edit by hand.\n");
        md.append("Legend: ✔ always within the rule's scope, C only with valid consent of the data subject, – never.\n\n");
        List<SharingPolicy.Regel> regels = policy.regels();
        md.append("| category |");
        regels.forEach(r -> md.append(' ').append(r.rol()).append(" |"));
        md.append("\n|---|");
        regels.forEach(r -> md.append("---|"));
        md.append('\n');
        for (Map.Entry<Categorie, String> c : policy.categorieen().entrySet()) {
            md.append("| ").append(c.getKey()).append(" |");
            for (SharingPolicy.Regel r : regels) {
                String cell = r.categorieen().contains(c.getKey()) ? "✔" : r.metToestemming().contains(c.getKey()) ? "C" : "–";
                Set<String> only = r.alleenVoor().get(c.getKey());
                if (only != null) {
                    cell += " (" + String.join(", ", only.stream().sorted().toList()) + ")";
                }
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        md.append("\n`beleid` and `fg` have no rule: they read no case (403); `fg` reads the audit log only.\n\n");
        md.append("## Rules\n\n| role | purpose (doelbinding) | scope | legal basis |\n|---|---|---|---|\n");
        for (SharingPolicy.Regel r : regels) {
            md.append("| ").append(r.rol()).append(" | `").append(r.doel()).append("` ").append(policy.doelen().get(r.doel()))
                    .append(" | ")
                    .append(r.scope()).append(" | ").append(r.grondslag().tekst()).append(" (")
                    .append(r.grondslag().verwijzing()).append(") |\n");
        }
        // in the categories' order: the policy's maps iterate in an order that changes from run to run
        regels.forEach(r -> r.grondslagen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("\n").append(r.rol()).append(" reads **").append(e.getKey())
                        .append("** on its own basis: ").append(e.getValue().tekst()).append(" (")
                        .append(e.getValue().verwijzing()).append(").\n")));
        if (!policy.opdrachten().isEmpty()) {
            md.append(
                    "\n## Open requests (opdrachten)\n\nAn open request of a case to an organisation puts that organisation's ")
                    .append("readers in reach of that one case, for these categories only (none by consent), until the task is ")
                    .append("done; such cases are not in their lists.\n\n| request | role | categories | legal basis |\n|---|---|---|---|\n");
            policy.opdrachten().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> md.append("| ")
                    .append(e.getKey()).append(" | ")
                    .append(e.getValue().rol() == null ? "any role of the organisation" : e.getValue().rol())
                    .append(" | ")
                    .append(String.join(", ", e.getValue().categorieen().stream()
                            .map(c -> e.getValue().perPersoonMetToestemming().contains(c)
                                    ? c.name() + " (per person only with consent)"
                                    : c.name())
                            .sorted().toList()))
                    .append(" | ").append(e.getValue().grondslag().tekst()).append(" (")
                    .append(e.getValue().grondslag().verwijzing())
                    .append(") |\n"));
            md.append("\nWhat a request opens on a basis of its own, beyond the reader's rule, to every reader it reaches ")
                    .append("(assigned or not) while it is open:\n\n| request | category | legal basis |\n|---|---|---|\n");
            policy.opdrachten().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> e.getValue().grondslagen().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .forEach(g -> md.append("| ").append(e.getKey()).append(" | ").append(g.getKey()).append(" | ")
                                    .append(g.getValue().tekst()).append(" (").append(g.getValue().verwijzing())
                                    .append(") |\n")));
        }
        md.append("\n## Categories\n\n| code | contents |\n|---|---|\n");
        policy.categorieen().forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Onthulling o = policy.onthulling();
        md.append("\n## What assignments, history entries, fields, events and tasks reveal\n\n")
                .append("Each is shown only to a reader who may see its category of the case (a per-person category: of at ")
                .append("least one person); anything not listed is never shown.\n\n| kind | name | category |\n|---|---|---|\n");
        o.toewijzing().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> md.append("| assignment | ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        o.geschiedenis().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("| history | ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        o.velden().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("| field | `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
        o.events().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("| event | `").append(e.getKey()).append("` | ").append(e.getValue()).append(" |\n"));
        o.alleenFg().stream().sorted()
                .forEach(e -> md.append("| event | `").append(e).append("` | only the FG |\n"));
        o.auteur().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("| author | ").append(e.getKey()).append(" | ").append(e.getValue())
                        .append(" (of the entry's person) |\n"));
        o.taken().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> md.append("| task | ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n"));
        md.append(
                "\nScope: ALTIJD = every case; TOEGEWEZEN = cases the reader (or, for a partner system, its organisation) is assigned to or\n")
                .append("coordinates; EIGEN_WIJK = cases in the token's `wijk` until closed; EIGEN_GEMEENTE = cases of the gemeenten in the\n")
                .append("token's `gemeenten` claim (every case without it). Break-the-glass (`Noodtoegang` header, TOEGEWEZEN and EIGEN_WIJK only) never opens\n")
                .append("VERBLIJF_AB or GGZ. After the retention period only `gemeente` reads a closed case.\n");
        return md.toString();
    }
}
