package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * The committed GraphQL schema is designed for its consumers (issue 17): every type, field and argument is described,
 * no type name is a Java artefact, and no value that the hub knows as an enum travels as a String.
 */
class GraphQLSchemaOntwerpTest {

    /** Fields and arguments whose values come from a fixed set in the hub: they must be enums. */
    private static final Set<String> OPSOMMINGEN = Set.of("status", "gemeente", "organisatie", "categorie", "ontvanger",
            "ernst", "besluit", "uitkomst", "betrokkenheid", "melder", "vervolgactie", "vervolgacties", "onthouden",
            "vastgelegdRol", "type");

    /** Where such a name holds free text on purpose: the contact's role at a GGZ institution is the institution's own. */
    private static final Set<String> VRIJE_TEKST = Set.of("GgzContactpersoon.rol", "ContactpersoonInput.rol");

    private static final Pattern JAVA_ARTEFACT = Pattern.compile(".*(_|View$|^Lijst$|^Pagina$|^Rij$|^Versie$).*");

    private static TypeDefinitionRegistry schema;

    @BeforeAll
    static void lees() throws IOException {
        schema = new SchemaParser().parse(Files.readString(Path.of("openapi/schema.graphql")));
    }

    @Test
    void every_type_field_and_argument_has_a_dutch_description() {
        List<String> zonder = new ArrayList<>();
        for (ObjectTypeDefinition t : schema.getTypes(ObjectTypeDefinition.class)) {
            if (!List.of("Query", "Mutation", "Subscription").contains(t.getName())) {
                controleer(zonder, t.getName(), t.getDescription());
            }
            for (FieldDefinition f : t.getFieldDefinitions()) {
                controleer(zonder, t.getName() + "." + f.getName(), f.getDescription());
                for (InputValueDefinition a : f.getInputValueDefinitions()) {
                    controleer(zonder, t.getName() + "." + f.getName() + "(" + a.getName() + ")", a.getDescription());
                }
            }
        }
        for (InputObjectTypeDefinition t : schema.getTypes(InputObjectTypeDefinition.class)) {
            controleer(zonder, t.getName(), t.getDescription());
            t.getInputValueDefinitions().forEach(f -> controleer(zonder, t.getName() + "." + f.getName(), f.getDescription()));
        }
        for (EnumTypeDefinition t : schema.getTypes(EnumTypeDefinition.class)) {
            controleer(zonder, t.getName(), t.getDescription());
        }
        assertThat(zonder).as("described in src/main/resources/api/beschrijvingen.properties or by @Description").isEmpty();
    }

    @Test
    void no_type_name_is_a_java_artefact() {
        List<String> namen = new ArrayList<>();
        schema.types().keySet().stream().filter(n -> JAVA_ARTEFACT.matcher(n).matches()).forEach(namen::add);
        assertThat(namen).isEmpty();
    }

    @Test
    void no_value_from_a_fixed_set_travels_as_a_string() {
        List<String> strings = new ArrayList<>();
        for (ObjectTypeDefinition t : schema.getTypes(ObjectTypeDefinition.class)) {
            for (FieldDefinition f : t.getFieldDefinitions()) {
                tekst(strings, t.getName() + "." + f.getName(), f.getName(), f.getType());
                f.getInputValueDefinitions()
                        .forEach(a -> tekst(strings, t.getName() + "." + f.getName() + "(" + a.getName() + ")", a.getName(),
                                a.getType()));
            }
        }
        for (InputObjectTypeDefinition t : schema.getTypes(InputObjectTypeDefinition.class)) {
            t.getInputValueDefinitions()
                    .forEach(f -> tekst(strings, t.getName() + "." + f.getName(), f.getName(), f.getType()));
        }
        assertThat(strings).isEmpty();
    }

    private static void controleer(List<String> zonder, String waar, Description d) {
        if (d == null || d.getContent().isBlank() || d.getContent().equals("ISO-8601")) {
            zonder.add(waar);
        }
    }

    private static void tekst(List<String> strings, String waar, String naam, Type<?> type) {
        if (OPSOMMINGEN.contains(naam) && !VRIJE_TEKST.contains(waar) && "String".equals(kern(type))) {
            strings.add(waar);
        }
    }

    private static String kern(Type<?> type) {
        if (type instanceof NonNullType n) {
            return kern(n.getType());
        }
        if (type instanceof ListType l) {
            return kern(l.getType());
        }
        return ((TypeName) type).getName();
    }
}
