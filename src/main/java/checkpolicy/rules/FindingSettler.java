package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Finding;
import checkpolicy.facts.Requirement;
import checkpolicy.facts.Span;
import checkpolicy.facts.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns what the rules concluded into exactly one finding per requirement:
 * <ol>
 *   <li>a requirement not yet in force on the as-of date is NOT_IN_FORCE;</li>
 *   <li>one whose condition does not hold is NOT_APPLICABLE, saying who settled the condition;</li>
 *   <li>otherwise the best status any rule gave it wins (MET over PARTIAL over MISSING): the rule
 *       whose first fact stands earliest in the policy gives the reason and its facts lead the
 *       evidence, which the other rules that gave that status fill up to {@value #MAX_EVIDENCE}
 *       passages;</li>
 *   <li>and a requirement no rule spoke to is MISSING.</li>
 * </ol>
 */
public final class FindingSettler {

    /** Enough evidence for a reader to check the verdict without burying the report. */
    static final int MAX_EVIDENCE = 6;

    public RuleSetVerdict settle(RuleSet ruleSet, CompiledRuleSet.Conclusions conclusions,
                                 Map<String, Boolean> assumed, LocalDate asOf) {
        Map<String, Applicability> conditions = conditions(ruleSet, conclusions.inferred(), assumed);
        Map<String, List<Finding>> byRequirement = new LinkedHashMap<>();
        for (Finding f : conclusions.findings()) {
            if (ruleSet.requirement(f.requirement()).isEmpty()) {
                throw new RuleSetException(ruleSet.id() + ": a rule concluded on " + f.requirement()
                        + ", which ruleset.yaml does not define");
            }
            byRequirement.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> findings = new ArrayList<>();
        List<Applicability> used = new ArrayList<>();
        for (Requirement r : ruleSet.requirements()) {
            if (asOf != null && r.inForce() != null && asOf.isBefore(r.inForce())) {
                findings.add(new Finding(r.id(), Status.NOT_IN_FORCE, "in force from " + r.inForce() + "; not yet on " + asOf, List.of()));
                continue;
            }
            Applicability condition = r.condition() == null ? null : conditions.get(r.condition());
            if (condition != null && !used.contains(condition)) used.add(condition);
            if (condition != null && !condition.holds()) {
                findings.add(new Finding(r.id(), Status.NOT_APPLICABLE, notApplicable(condition),
                        condition.evidence() == null ? List.of() : List.of(condition.evidence())));
                continue;
            }
            findings.add(best(r, byRequirement.getOrDefault(r.id(), List.of())));
        }
        return new RuleSetVerdict(ruleSet, findings, used, asOf);
    }

    private static Map<String, Applicability> conditions(RuleSet ruleSet, List<Applicability> inferred, Map<String, Boolean> assumed) {
        Map<String, Applicability> out = new LinkedHashMap<>();
        ruleSet.conditions().keySet().stream().sorted().forEach(key -> {
            Condition c = ruleSet.conditions().get(key);
            if (assumed.containsKey(key)) {
                boolean v = assumed.get(key);
                out.put(key, new Applicability(key, v, Applicability.Source.USER, "given: --assume " + key + "=" + (v ? "yes" : "no"), null));
                return;
            }
            Applicability first = inferred.stream().filter(a -> a.key().equals(key))
                    .min(Comparator.comparing((Applicability a) -> a.evidence() == null ? null : a.evidence(),
                            Comparator.nullsLast(Span::compare)).thenComparing(Applicability::reason))
                    .orElse(null);
            out.put(key, first != null ? first : new Applicability(key, c.assumed(), Applicability.Source.DEFAULT,
                    c.question() + " The policy does not say; assumed " + (c.assumed() ? "yes" : "no")
                            + " (--assume " + key + "=" + (c.assumed() ? "no" : "yes") + " if not).", null));
        });
        return out;
    }

    private static String notApplicable(Applicability a) {
        return switch (a.source()) {
            case USER -> "not applicable: " + a.reason();
            case INFERRED -> "not applicable: " + a.reason();
            case DEFAULT -> "not applicable: assumed " + a.key() + "=no, which the policy does not settle (--assume "
                    + a.key() + "=yes to judge it)";
        };
    }

    private static Finding best(Requirement r, List<Finding> candidates) {
        if (candidates.isEmpty()) {
            return new Finding(r.id(), Status.MISSING, "the policy does not address this", List.of());
        }
        Map<Status, List<Finding>> byStatus = new EnumMap<>(Status.class);
        candidates.forEach(f -> byStatus.computeIfAbsent(f.status(), k -> new ArrayList<>()).add(f));
        Status status = byStatus.keySet().iterator().next(); // enum order: MET, PARTIAL, MISSING, ...
        List<Finding> winners = byStatus.get(status);
        // The report explains the first place the policy gives the status (not the reason first in
        // the alphabet, where a phone number's "+" came before any e-mail address), and shows the
        // facts that finding rests on; the other winners' passages fill the rest in document order.
        // Rules fire in no fixed order, so ties are broken on all the evidence: the report must not
        // depend on it (nor on --jobs).
        Finding shown = winners.stream().min(Comparator.comparing(
                        (Finding f) -> f.evidence().isEmpty() ? null : f.evidence().get(0), Comparator.nullsLast(Span::compare))
                .thenComparing(Finding::reason)
                .thenComparing(Finding::evidence, FindingSettler::compareSpans))
                .orElseThrow();
        TreeSet<Span> kept = new TreeSet<>(Span::compare);
        shown.evidence().stream().limit(MAX_EVIDENCE).forEach(kept::add);
        TreeSet<Span> others = new TreeSet<>(Span::compare);
        winners.forEach(f -> others.addAll(f.evidence()));
        for (Span s : others) {
            if (kept.size() >= MAX_EVIDENCE) break;
            kept.add(s);
        }
        return new Finding(r.id(), status, shown.reason(), List.copyOf(kept));
    }

    private static int compareSpans(List<Span> a, List<Span> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Span.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
