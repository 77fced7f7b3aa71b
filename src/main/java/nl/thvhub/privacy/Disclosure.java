package nl.thvhub.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;

/**
 * The one place that decides what a reader sees of a case (HAPI's "can see / will see"): purpose binding, visibility of
 * the case, then per category and per subject what may be shown. Every read path of every API goes through it, and it
 * produces the audit lines of what it allowed or refused.
 */
@ApplicationScoped
public class Disclosure {

    /** Categories whose fields are about one person, decided per subject. */
    private static final Set<Categorie> PER_PERSOON = EnumSet.of(Categorie.IDENTITEIT, Categorie.KINDEREN, Categorie.GGZ,
            Categorie.NETWERK, Categorie.GEZONDHEID);
    /**
     * Decided for the case and per subject: the plans are the case's, a referral or a contact attempt is one person's
     * (a reader with one person's consent sees that person's referrals, not the plans of all).
     */
    private static final Set<Categorie> OOK_PER_PERSOON = EnumSet.of(Categorie.HULPVERLENING);
    /** Never opened by an emergency read: the victims' shelter address and health information. */
    private static final Set<Categorie> NOOIT_BIJ_NOODTOEGANG = EnumSet.of(Categorie.VERBLIJF_AB, Categorie.GGZ,
            Categorie.GEZONDHEID);

    private final SharingPolicy policy;
    private final PrivacyConfig config;

    public Disclosure(SharingPolicy policy, PrivacyConfig config) {
        this.policy = policy;
        this.config = config;
    }

    public String beleidsversie() {
        return policy.versie();
    }

    /** The rule that applies to the actor; roles without one ({@code beleid}, {@code fg}) never read a case: 403. */
    public SharingPolicy.Regel regel(Actor actor) {
        return policy.regel(actor.rol())
                .orElseThrow(
                        () -> ProblemException.forbidden("Uw rol leest geen zaken; alleen geaggregeerde of auditgegevens."));
    }

    /** The rule of the actor's role, if it has one. */
    public java.util.Optional<SharingPolicy.Regel> regelVoor(Actor actor) {
        return policy.regel(actor.rol());
    }

    /** See {@link SharingPolicy#leesbereik}: nothing for a role without a rule (it reads no case). */
    public Set<Categorie> leesbereik(Actor actor) {
        return regelVoor(actor).map(policy::leesbereik).orElse(Set.of());
    }

    /** Purpose binding: the requested purpose, or the role's default when none was sent; a purpose not granted is 403. */
    public String doel(Actor actor, String gevraagd) {
        SharingPolicy.Regel regel = regel(actor);
        if (gevraagd == null || gevraagd.isBlank()) {
            return regel.doel();
        }
        if (!regel.doel().equals(gevraagd)) {
            throw ProblemException.forbidden(
                    "De doelbinding '" + gevraagd + "' is voor uw rol niet toegestaan; toegestaan: " + regel.doel() + ".");
        }
        return gevraagd;
    }

    /** The cases this actor may see at all, for SQL filtering of lists. */
    public Zichtbaarheid zichtbaarheid(Actor actor, Instant now) {
        SharingPolicy.Regel regel = regel(actor);
        return new Zichtbaarheid(regel.scope(), actor.rol(), actor.gebruikersnaam(), actor.organisatie(),
                actor.partnerSysteem(), actor.wijk(), actor.gemeenten(),
                actor.rol() == Rol.GEMEENTE ? null : now.minus(config.bewaartermijn()));
    }

    /** Whether the actor reaches the case by the rule's scope (without an emergency grant): {@link Zichtbaarheid#omvat}. */
    public boolean inScope(Actor actor, Zaakfeiten zaak, Instant now) {
        return zichtbaarheid(actor, now).omvat(zaak);
    }

    /**
     * Whether this actor may ask for an emergency read at all: only roles whose rule is bound to assignment or wijk (a
     * gemeente bound to its own gemeenten has no emergency that another gemeente's case would answer).
     */
    public boolean magNoodtoegang(Actor actor) {
        return !actor.systeem() && policy.regel(actor.rol())
                .map(r -> r.scope() == Scope.TOEGEWEZEN || r.scope() == Scope.EIGEN_WIJK).orElse(false);
    }

    public Duration noodtoegangDuur() {
        return config.noodtoegangDuur();
    }

    public int noodtoegangPerDag() {
        return config.noodtoegangPerDag();
    }

    /**
     * Whether break-the-glass may open this case at all: never a closed case (the emergency is over, and after retention
     * nothing may open it); running and withdrawn cases may be opened.
     */
    public boolean noodtoegangMogelijk(Actor actor, Zaakfeiten zaak) {
        return magNoodtoegang(actor) && zaak.afgeslotenOp() == null;
    }

    /** Decide, then let the view redact: visibility of the case and, per category and subject, what may be shown. */
    public Besluit beslis(Actor actor, String doel, Zaakfeiten zaak, Instant now) {
        SharingPolicy.Regel regel = regel(actor);
        SharingPolicy.Regel volledig = regel;
        boolean scope = inScope(actor, zaak, now);
        boolean nood = !scope && zaak.noodtoegangActief() && magNoodtoegang(actor);
        UUID alleenPersoon = null;
        Set<Categorie> perPersoonToestemming = Set.of();
        java.util.Optional<Zaakfeiten.Opdracht> opdracht = opdrachtVoor(actor, zaak, now);
        if (!scope && !nood) {
            if (opdracht.isEmpty()) {
                return Besluit.onzichtbaar(doel, policy.versie());
            }
            SharingPolicy.Opdracht o = policy.opdracht(opdracht.get().soort()).orElseThrow();
            regel = regel.beperktTot(o.categorieen());
            alleenPersoon = opdracht.get().betrokkene();
            perPersoonToestemming = o.perPersoonMetToestemming();
        }
        if (opdracht.isPresent()) {
            // what the open request opens on its own basis, to every reader it reaches (assigned or not)
            SharingPolicy.Opdracht o = policy.opdracht(opdracht.get().soort()).orElseThrow();
            regel = regel.aangevuldMet(o.grondslagen());
            volledig = volledig.aangevuldMet(o.grondslagen());
        }
        Set<UUID> gedekt = regel.alleenEigenBetrokkenen().isEmpty()
                ? Set.of()
                : zaak.gedektVoor(actor.rol(), actor.gebruikersnaam(), actor.organisatie(), actor.partnerSysteem());
        Set<Categorie> zaakniveau = EnumSet.noneOf(Categorie.class);
        Map<Categorie, Set<UUID>> perBetrokkene = new EnumMap<>(Categorie.class);
        Set<Categorie> onthouden = EnumSet.noneOf(Categorie.class);
        List<Onthouding> toelichting = new ArrayList<>();
        for (Categorie c : Categorie.values()) {
            boolean open = regel.categorieen().contains(c);
            boolean metToestemming = regel.metToestemming().contains(c);
            if (nood && NOOIT_BIJ_NOODTOEGANG.contains(c)) {
                open = false;
                metToestemming = false;
            }
            if (PER_PERSOON.contains(c)) {
                Set<UUID> toegestaan = new HashSet<>();
                for (Zaakfeiten.Persoon p : zaak.personen()) {
                    if (!relevant(c, p)) {
                        continue;
                    }
                    Set<String> alleen = regel.alleenVoor().get(c);
                    boolean mag = (open && (alleen == null || alleen.contains(p.rol())))
                            || (metToestemming && zaak.toestemmingen().contains(new Zaakfeiten.Toestemmingsfeit(p.id(), c)));
                    if (mag && alleenPersoon != null && !alleenPersoon.equals(p.id())) {
                        // a request about one person opens that person's data only
                        onthouden.add(c);
                        toelichting.add(new Onthouding(c, null, Onthoudingsreden.BUITEN_OPDRACHT,
                                uitleg(c, null, volledig, regel, nood, metToestemming, open).grondslag()));
                    } else if (mag && regel.alleenEigenBetrokkenen().contains(c) && !gedekt.contains(p.id())) {
                        onthouden.add(c);
                        toelichting.add(buitenToewijzing(c, p.id(), volledig));
                    } else if (mag) {
                        toegestaan.add(p.id());
                    } else {
                        onthouden.add(c);
                        Onthouding o = uitleg(c, p.id(), volledig, regel, nood, metToestemming, open);
                        // only a reason about this person is told per person; "not in your task" is about the case
                        toelichting.add(o.reden() == Onthoudingsreden.GEEN_TOESTEMMING
                                || o.reden() == Onthoudingsreden.NIET_VOOR_DEZE_BETROKKENE
                                        ? o
                                        : new Onthouding(c, null, o.reden(), o.grondslag()));
                    }
                }
                if (!open && !metToestemming) {
                    onthouden.add(c);
                }
                perBetrokkene.put(c, toegestaan);
            } else {
                boolean mag = open || (metToestemming && allesToegestemd(c, zaak));
                if (mag && regel.alleenEigenBetrokkenen().contains(c) && !gedektVolledig(over(c, zaak), gedekt)) {
                    onthouden.add(c);
                    toelichting.add(buitenToewijzing(c, null, volledig));
                } else if (mag) {
                    zaakniveau.add(c);
                } else {
                    onthouden.add(c);
                    toelichting.add(uitleg(c, null, volledig, regel, nood, metToestemming, open));
                }
                if (OOK_PER_PERSOON.contains(c)) {
                    // the request's own rule: open for the case, about each person only with that person's consent
                    boolean perPersoonMetToestemming = open && perPersoonToestemming.contains(c);
                    Set<UUID> toegestaan = new HashSet<>();
                    for (Zaakfeiten.Persoon p : zaak.personen()) {
                        boolean toegestemd = zaak.toestemmingen().contains(new Zaakfeiten.Toestemmingsfeit(p.id(), c));
                        if ((open && !perPersoonMetToestemming) || ((metToestemming || perPersoonMetToestemming)
                                && toegestemd)) {
                            toegestaan.add(p.id());
                        } else if (perPersoonMetToestemming) {
                            onthouden.add(c);
                            toelichting.add(new Onthouding(c, p.id(), Onthoudingsreden.GEEN_TOESTEMMING,
                                    opdrachtGrondslag(opdracht.orElseThrow())));
                        } else if (metToestemming && !p.kind()) {
                            toelichting.add(uitleg(c, p.id(), volledig, regel, nood, true, false));
                        }
                    }
                    perBetrokkene.put(c, toegestaan);
                }
            }
        }
        return new Besluit(true, doel, policy.versie(), nood, zaakniveau, perBetrokkene, onthouden, policy.onthulling(),
                toelichting.stream().distinct().toList());
    }

    /**
     * Why a category (about one person, or the case when {@code persoon} is null) is withheld, with the legal basis of
     * the reader's rule for it: the explanation a screen shows beside "Afgeschermd" and a partner system can show too.
     */
    private static Onthouding uitleg(Categorie c, UUID persoon, SharingPolicy.Regel volledig, SharingPolicy.Regel regel,
            boolean nood, boolean metToestemming, boolean open) {
        Onthoudingsreden reden;
        boolean inRegel = volledig.categorieen().contains(c) || volledig.metToestemming().contains(c);
        if (nood && NOOIT_BIJ_NOODTOEGANG.contains(c) && inRegel) {
            reden = Onthoudingsreden.NIET_BIJ_NOODTOEGANG;
        } else if (regel != volledig && inRegel) {
            reden = Onthoudingsreden.BUITEN_OPDRACHT;
        } else if (metToestemming) {
            reden = Onthoudingsreden.GEEN_TOESTEMMING;
        } else if (open) {
            reden = Onthoudingsreden.NIET_VOOR_DEZE_BETROKKENE;
        } else {
            reden = Onthoudingsreden.NIET_IN_UW_TAAK;
        }
        SharingPolicy.Grondslag g = volledig.grondslagen().getOrDefault(c, volledig.grondslag());
        return new Onthouding(c, persoon, reden, g.tekst() + " (" + g.verwijzing() + ")");
    }

    /** Whether the reader's assignments cover every person a category is about (none: fail closed). */
    private static boolean gedektVolledig(List<Zaakfeiten.Persoon> over, Set<UUID> gedekt) {
        return !over.isEmpty() && over.stream().allMatch(p -> gedekt.contains(p.id()));
    }

    /** A category the rule opens only about the persons the reader's own assignment covers, and it covers not all. */
    private static Onthouding buitenToewijzing(Categorie c, UUID persoon, SharingPolicy.Regel volledig) {
        SharingPolicy.Grondslag g = volledig.grondslagen().getOrDefault(c, volledig.grondslag());
        return new Onthouding(c, persoon, Onthoudingsreden.BUITEN_TOEWIJZING, g.tekst() + " (" + g.verwijzing() + ")");
    }

    /** The legal basis of an open request, as an explanation names it. */
    private String opdrachtGrondslag(Zaakfeiten.Opdracht opdracht) {
        SharingPolicy.Grondslag g = policy.opdracht(opdracht.soort()).orElseThrow().grondslag();
        return g.tekst() + " (" + g.verwijzing() + ")";
    }

    /**
     * The open request of the case that reaches this reader (its organisation, and its role where the request names
     * one), by the policy file's {@code opdrachten}, while its reach lasts: such a reader sees that one case with the
     * request's categories only.
     */
    private java.util.Optional<Zaakfeiten.Opdracht> opdrachtVoor(Actor actor, Zaakfeiten zaak, Instant now) {
        for (Zaakfeiten.Opdracht o : zaak.opdrachten()) {
            java.util.Optional<SharingPolicy.Opdracht> regel = policy.opdracht(o.soort());
            if (o.organisatie() == actor.organisatie() && now.isBefore(o.tot()) && regel.isPresent()
                    && (regel.get().rol() == null || regel.get().rol().equals(actor.rol().code()))) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Events are disclosures: an FG-only event (emergency access used) reaches only the FG; any other event reaches only
     * a recipient who may see the event's category of the case now (per-person: of at least one person), by the same
     * decision as a case view. An event type the policy file does not list reaches nobody.
     */
    public boolean magEvent(Actor ontvanger, String type, Zaakfeiten zaak, Instant now) {
        Onthulling onthulling = policy.onthulling();
        if (onthulling.alleenFg().contains(type)) {
            return ontvanger.rol() == Rol.FG;
        }
        java.util.Optional<Categorie> categorie = onthulling.vanEvent(type);
        java.util.Optional<SharingPolicy.Regel> regel = policy.regel(ontvanger.rol());
        if (categorie.isEmpty() || regel.isEmpty()) {
            return false;
        }
        Zaakfeiten zonderNood = new Zaakfeiten(zaak.zaakId(), zaak.wijk(), zaak.gemeente(), zaak.coordinerendeOrganisatie(),
                zaak.afgeslotenOp(),
                zaak.toegewezen(), zaak.personen(), zaak.toestemmingen(), false, zaak.opdrachten());
        Besluit besluit = beslis(ontvanger, regel.get().doel(), zonderNood, now);
        return besluit.zichtbaar() && besluit.magIets(categorie.get());
    }

    /** The categories a notification of this type discloses: KERN (the case id) and the event's own category. */
    public List<String> eventCategorieen(String type) {
        Set<String> set = new java.util.LinkedHashSet<>(List.of(Categorie.KERN.name()));
        policy.onthulling().vanEvent(type).ifPresent(c -> set.add(c.name()));
        return List.copyOf(set);
    }

    /** Identity is about the adults, KINDEREN about the children; GGZ can be about anyone. */
    private static boolean relevant(Categorie c, Zaakfeiten.Persoon p) {
        return switch (c) {
            case IDENTITEIT -> !p.kind();
            case KINDEREN -> p.kind();
            default -> true;
        };
    }

    /**
     * A case-level category under consent is shown only when every adult it is about consented: the UHG for where the
     * UHG stays and for the Reclassering advice about him, the achterblijvers for their shelter, all adults for help and network information.
     */
    private static boolean allesToegestemd(Categorie c, Zaakfeiten zaak) {
        List<Zaakfeiten.Persoon> about = over(c, zaak);
        return !about.isEmpty()
                && about.stream().allMatch(p -> zaak.toestemmingen().contains(new Zaakfeiten.Toestemmingsfeit(p.id(), c)));
    }

    /**
     * The persons a case-level category is about: the UHG for where he stays, his shelter and the Reclassering advice
     * about him, the achterblijvers for their shelter, all adults for the rest.
     */
    private static List<Zaakfeiten.Persoon> over(Categorie c, Zaakfeiten zaak) {
        List<Zaakfeiten.Persoon> about = new ArrayList<>();
        for (Zaakfeiten.Persoon p : zaak.personen()) {
            boolean relevant = switch (c) {
                case VERBLIJF_UHG, OPVANG_UHG, POLITIEVERZOEK, RECLASSERINGSADVIES -> "UITHUISGEPLAATSTE".equals(p.rol());
                case VERBLIJF_AB -> "ACHTERBLIJVER".equals(p.rol());
                default -> !p.kind();
            };
            if (relevant) {
                about.add(p);
            }
        }
        return about;
    }

    /** The audit lines of one case disclosure: one per data subject, with what was shown and withheld. */
    public List<AuditRegel> auditregels(AuditRegel.Door door, Besluit besluit, AuditActie actie, UUID zaakId,
            List<Zaakfeiten.Persoon> personen, String noodReden) {
        List<AuditRegel> regels = new ArrayList<>(personen.size());
        for (Zaakfeiten.Persoon p : personen) {
            regels.add(door.regel(besluit.noodtoegang() ? noodReden : null, besluit.doel(), besluit.beleidsversie(), actie,
                    zaakId, p.id(), besluit.verstrektVoor(p.id()), besluit.onthoudenCodes(), AuditRegel.TOEGESTAAN, null));
        }
        return regels;
    }

    /**
     * The audit lines of a disclosure of part of a case (one person's problem analysis, a case's plan): one per subject
     * whose data was shown, with the categories shown of that subject (KERN, the case id, always); a part that showed no
     * person's data is one line for the case.
     */
    public List<AuditRegel> deelregels(AuditRegel.Door door, Besluit besluit, AuditActie actie, UUID zaakId,
            Map<UUID, Set<Categorie>> perBetrokkene) {
        List<AuditRegel> regels = new ArrayList<>();
        perBetrokkene.forEach((betrokkene, categorieen) -> {
            Set<Categorie> getoond = EnumSet.of(Categorie.KERN);
            getoond.addAll(categorieen);
            regels.add(door.regel(besluit.noodtoegang() ? "lopende noodtoegang" : null, besluit.doel(),
                    besluit.beleidsversie(), actie, zaakId, betrokkene, getoond.stream().map(Enum::name).toList(),
                    besluit.onthoudenCodes(), AuditRegel.TOEGESTAAN, null));
        });
        if (regels.isEmpty()) {
            regels.add(door.regel(null, besluit.doel(), besluit.beleidsversie(), actie, zaakId, null,
                    List.of(Categorie.KERN.name()), besluit.onthoudenCodes(), AuditRegel.TOEGESTAAN, null));
        }
        return regels;
    }

    /**
     * One allowed disclosure outside a full case view (a list row, a lookup, a request): the same line shape as
     * {@link #auditregels}, with the categories it showed and, where the value itself must not be logged, a reason.
     */
    public AuditRegel toegestaan(AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId, List<String> verstrekt,
            String reden) {
        return door.regel(null, doel, policy.versie(), actie, zaakId, null, verstrekt, null, AuditRegel.TOEGESTAAN, reden);
    }

    /** The audit line of a refused read (not visible, or unknown case): the denial is logged as well. */
    public AuditRegel weigering(AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId, String reden) {
        return door.regel(null, doel, policy.versie(), actie, zaakId, null, List.of(), null, AuditRegel.GEWEIGERD, reden);
    }
}
