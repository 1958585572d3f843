package checkpolicy.jmh;

import checkpolicy.report.DocumentReport;
import checkpolicy.rules.BundledRuleSets;
import checkpolicy.rules.CompiledRuleSet;
import checkpolicy.rules.FindingSettler;
import checkpolicy.rules.RuleSetCompiler;
import checkpolicy.rules.RuleSetLoader;
import checkpolicy.rules.RuleSetVerdict;
import checkpolicy.rules.SessionFacts;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule evaluation of one document's facts under dpdp-india: a Drools session, insert, fire and
 * settle into one finding per requirement ({@code evaluate}); and the whole check, extraction
 * included, for comparison ({@code check}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xss4m")
public class RuleEvaluationBenchmark {

    /** The rule set compiled once, as a process does. */
    @State(Scope.Benchmark)
    public static class Rules {
        CompiledRuleSet ruleSet;
        List<Object> session;
        final FindingSettler settler = new FindingSettler();

        @Setup(Level.Trial)
        public void setUp(PolicyState policy) {
            RuleSetLoader loader = new RuleSetLoader(BundledRuleSets.onClasspath());
            ruleSet = new RuleSetCompiler().compile(loader.load("dpdp-india"));
            session = SessionFacts.of(policy.facts.disclosures(), policy.facts.passing(), policy.facts.values(), Map.of());
        }
    }

    @Benchmark
    public RuleSetVerdict evaluate(Rules rules) {
        return rules.settler.settle(rules.ruleSet.ruleSet(), rules.ruleSet.fire(rules.session), Map.of(), null);
    }

    @Benchmark
    public DocumentReport check(PolicyState policy) {
        return policy.checker.check(policy.document, checkpolicy.Checker.Options.defaults());
    }
}
