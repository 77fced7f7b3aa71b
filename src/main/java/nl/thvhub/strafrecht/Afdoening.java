package nl.thvhub.strafrecht;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The criminal track's commands and views: a registration (each one a new version) and the stored versions. */
public final class Afdoening {

    private Afdoening() {
    }

    /** Contact- or gebiedsverbod period. */
    public record Periode(@NotNull LocalDate van, LocalDate tot) {
    }

    /** The OM's decision on the criminal case (a SEPOT needs its ground). */
    @Schema(name = "Afdoeningsbeslissing")
    @org.eclipse.microprofile.graphql.Name("Afdoeningsbeslissing")
    public enum Beslissing {
        SEPOT, STRAFBESCHIKKING, TRANSACTIE, DAGVAARDING, VOORGELEIDING_RC, DOORVERWIJZING
    }

    /** A planned court hearing. */
    @Schema(name = "Zitting")
    public record Zitting(@NotNull LocalDate datum, @NotNull @Size(min = 1, max = 100) String rechtbank) {
    }

    /** A registration by ZSM (or, for opening the track with an aangifte, by the police). */
    @Schema(name = "AfdoeningRegistratieInput")
    @Input("AfdoeningRegistratieInput")
    public record Registratie(Boolean aangifte, LocalDate aangifteDatum,
            @Size(max = 30) @Pattern(regexp = "^[0-9A-Za-z./-]*$") String parketnummer,
            LocalDate zsmBeoordelingDatum, @Size(max = 30) String voorgenomenAfdoening,
            Beslissing beslissing,
            @Size(max = 300) String sepotGrond, @Valid Periode contactverbod, @Valid Periode gebiedsverbod,
            @Size(max = 2000) String bijzondereVoorwaarden,
            Boolean reclasseringsadviesGevraagd, Boolean reclasseringsadviesOntvangen,
            @Size(max = 20) List<@Valid Zitting> geplandeZittingen,
            @Size(max = 300) String verblijfplaatsUhg) {
    }

    /** One stored version, with the hub's judgement whether the contactverbod starts when the THV ends. */
    @Schema(name = "AfdoeningVersie")
    @Type("AfdoeningVersie")
    public record Versie(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull int versie, Boolean aangifte,
            LocalDate aangifteDatum, String parketnummer,
            LocalDate zsmBeoordelingDatum, String voorgenomenAfdoening, Beslissing beslissing, String sepotGrond,
            Periode contactverbod,
            Periode gebiedsverbod, Boolean contactverbodSluitAanOpThv, String bijzondereVoorwaarden,
            Boolean reclasseringsadviesGevraagd,
            Boolean reclasseringsadviesOntvangen, @NotNull List<@NotNull Zitting> geplandeZittingen, String verblijfplaatsUhg,
            @NotNull String geregistreerdDoor,
            @NotNull Instant geregistreerdOp) implements nl.thvhub.platform.Herleesbaar {

        public static final String SOORT = "afdoening";

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }

    /** A contactverbod "starts when the THV ends" when it is in force no later than the THV's last day. */
    public static boolean sluitAan(java.time.LocalDate van, java.time.Instant eindmoment) {
        return !van.isAfter(java.time.LocalDate.ofInstant(eindmoment, nl.thvhub.huisverbod.Huisverbod.TIJDZONE));
    }
}
