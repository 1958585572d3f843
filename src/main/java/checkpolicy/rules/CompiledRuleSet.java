package checkpolicy.rules;

import checkpolicy.facts.Applicability;
import checkpolicy.facts.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set with its KieBase built: build once per process, then {@link #fire} once per
 * document. Thread-safe: every call opens its own session.
 */
public final class CompiledRuleSet {

    /** Ends a run of rules that insert facts forever instead of hanging the check. */
    private static final int MAX_FIRINGS = 100_000;

    private final RuleSet ruleSet;
    private final CompletableFuture<KieBase> kieBase;
    /**
     * Sessions to reuse: a batch fires once per policy, and a pooled session is reset on
     * dispose rather than built anew (its working memory, agenda and fact handles start empty).
     */
    private volatile KieSessionsPool sessions;

    CompiledRuleSet(RuleSet ruleSet, KieBase kieBase) {
        this(ruleSet, CompletableFuture.completedFuture(kieBase));
    }

    /** A rule set whose KieBase is still being read: {@link #fire} waits for it. */
    CompiledRuleSet(RuleSet ruleSet, CompletableFuture<KieBase> kieBase) {
        this.ruleSet = ruleSet;
        this.kieBase = kieBase;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    KieBase kieBase() {
        try {
            return kieBase.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private KieSessionsPool sessions() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) sessions = kieBase().newKieSessionsPool(1);
                pool = sessions;
            }
        }
        return pool;
    }

    /** What the rules concluded from these facts: their findings and the conditions they inferred. */
    public Conclusions fire(Collection<?> facts) {
        KieSession session = sessions().newKieSession();
        try {
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleSetException(ruleSet.id() + ": rules fired " + MAX_FIRINGS + " times on one document; do they insert facts in a loop?");
            }
            List<Finding> findings = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Finding.class)).forEach(o -> findings.add((Finding) o));
            List<Applicability> inferred = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Applicability.class)).forEach(o -> {
                Applicability a = (Applicability) o;
                if (a.source() == Applicability.Source.INFERRED) inferred.add(a);
            });
            return new Conclusions(findings, inferred);
        } finally {
            session.dispose();
        }
    }

    /** The raw output of one session, before it is settled into one finding per requirement. */
    public record Conclusions(List<Finding> findings, List<Applicability> inferred) {}
}
