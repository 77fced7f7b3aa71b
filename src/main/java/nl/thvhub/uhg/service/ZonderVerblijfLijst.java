package nl.thvhub.uhg.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * Running THVs whose UHG has no known place to stay (issue 33.2), for Veilig Thuis and the UHG's coordinator: through
 * the seam's work list, so a row shows only where the reader may see where the UHG stays (the victims' coordinator does
 * not), and every case listed is audited.
 */
@ApplicationScoped
public class ZonderVerblijfLijst {

    static final int GRENS = 500;

    private final Zaaktoegang toegang;
    private final UhgRepository repository;

    ZonderVerblijfLijst(Zaaktoegang toegang, UhgRepository repository) {
        this.toegang = toegang;
        this.repository = repository;
    }

    public Uni<List<Verblijf.ZonderVerblijf>> lijst(Actor actor) {
        return toegang.lijstwerk(actor, AuditActie.VERBLIJF_ONBEKEND_LIJST, true,
                new Zaaktoegang.Lijstwerk<Verblijf.ZonderVerblijf>() {

                    @Override
                    public Uni<List<Verblijf.ZonderVerblijf>> lees(io.vertx.mutiny.sqlclient.SqlConnection conn,
                            nl.thvhub.privacy.Zichtbaarheid zicht, java.time.Instant now) {
                        return repository.zonderVerblijf(conn, zicht, now, GRENS);
                    }

                    @Override
                    public java.util.UUID zaak(Verblijf.ZonderVerblijf rij) {
                        return rij.huisverbodId();
                    }

                    @Override
                    public Optional<Categorie> toont(nl.thvhub.privacy.Besluit besluit, Verblijf.ZonderVerblijf rij) {
                        return besluit.mag(Categorie.VERBLIJF_UHG) ? Optional.of(Categorie.VERBLIJF_UHG) : Optional.empty();
                    }
                });
    }
}
