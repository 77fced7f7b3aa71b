package nl.thvhub.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Per-operation finishing of the OpenAPI document that has one definition here rather than one per annotation. */
final class OpenApiAfwerking {

    private OpenApiAfwerking() {
    }

    /**
     * {@code @RolesAllowed(Rol.ALLE)} and the named role sets ({@code Rol.COORDINATOREN} …) are property expressions the
     * security layer expands; the document names the roles themselves, as for every other operation.
     */
    static void rollenUitgeschreven(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        for (org.eclipse.microprofile.openapi.models.security.SecurityRequirement eis : operation.getSecurity()) {
            for (Map.Entry<String, List<String>> schema : eis.getSchemes().entrySet()) {
                if (schema.getValue() != null && schema.getValue().stream().anyMatch(OpenApiAfwerking::isExpressie)) {
                    List<String> rollen = new java.util.ArrayList<>();
                    for (String rol : schema.getValue()) {
                        if (isExpressie(rol)) {
                            rollen.addAll(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                                    .getValues(rol.substring(2, rol.length() - 1), String.class));
                        } else {
                            rollen.add(rol);
                        }
                    }
                    eis.addScheme(schema.getKey(), rollen);
                }
            }
        }
    }

    private static boolean isExpressie(String rol) {
        return rol.startsWith("${") && rol.endsWith("}");
    }

    /** Whether an answer is one case: every such answer carries the case's version for the next If-Match. */
    static boolean geeftZaak(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType("application/json") == null) {
            return false;
        }
        Schema schema = response.getContent().getMediaType("application/json").getSchema();
        return schema != null && "#/components/schemas/Huisverbod".equals(schema.getRef());
    }

    static Header versie() {
        return OASFactory.createHeader()
                .description("Versie van de zaak; stuur die mee als If-Match bij de volgende wijziging")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
