package checkpolicy.rules;

import checkpolicy.facts.Requirement;
import checkpolicy.rules.internal.BundledPrefetch;
import checkpolicy.rules.internal.KieBaseCache;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Builds a rule set's DRL into a KieBase and checks that rules and requirements match: every
 * requirement decided by at least one rule, every rule named after a requirement id decides one
 * that exists. A DRL error is reported with its file, line and column.
 */
public final class RuleSetCompiler {

    /** A rule name that starts with a requirement id, e.g. "DPDP-GRIEVANCE-PERIOD: over 90 days". */
    private static final Pattern DECIDING_RULE = Pattern.compile("^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?=$|[\\s:])");

    /**
     * KieBases already built in this process, by a hash of the rule set's DRL: building costs
     * seconds, and a KieBase is safe to share (each check opens its own session).
     */
    private static final Map<String, KieBase> BUILT = new java.util.concurrent.ConcurrentHashMap<>();

    private final KieBaseCache cache;

    /** Uses the rule sets the build compiled into the jar, and the disk cache {@link KieBaseCache#fromEnvironment} names. */
    public RuleSetCompiler() {
        this(KieBaseCache.fromEnvironment());
    }

    public RuleSetCompiler(KieBaseCache cache) {
        this.cache = cache;
    }

    public CompiledRuleSet compile(RuleSet ruleSet) {
        String key = contentKey(ruleSet);
        KieBase built = BUILT.get(key);
        if (built != null) return new CompiledRuleSet(ruleSet, built);
        if (cache.has(key)) {
            // Reading a compiled rule set is a good part of a cold start: it goes on in the
            // background while the caller reads the policy and extracts its facts, on another core.
            CompletableFuture<KieBase> early = BundledPrefetch.started(KieBaseCache.entryName(key));
            return new CompiledRuleSet(ruleSet, early == null
                    ? CompletableFuture.supplyAsync(() -> cachedOrBuilt(ruleSet, key), RuleSetCompiler::startDaemon)
                    : early.handle((kb, failed) -> kb == null ? compileAndCache(ruleSet, key).kieBase() : validated(ruleSet, key, kb)));
        }
        return compileAndCache(ruleSet, key);
    }

    /** The KieBase this process already built or read for a content key, if any: for tests. */
    static KieBase builtInThisProcess(String contentKey) {
        return BUILT.get(contentKey);
    }

    /**
     * Starts reading the build's images of these bundled rule sets before they are loaded
     * ({@link BundledPrefetch}); {@link #compile} picks a read up when its content key matches.
     */
    public static void prefetchBundled(List<String> idsOrPaths) {
        BundledPrefetch.start(idsOrPaths, RuleSetCompiler::startDaemon);
    }

    private KieBase cachedOrBuilt(RuleSet ruleSet, String key) {
        KieBase cached = cache.get(key).orElse(null);
        if (cached == null) return compileAndCache(ruleSet, key).kieBase(); // a damaged entry: as if there were none
        return validated(ruleSet, key, cached);
    }

    /** Cheap, and it holds a cached KieBase to the same contract as a freshly built one. */
    private static KieBase validated(RuleSet ruleSet, String key, KieBase cached) {
        checkRulesMatchRequirements(ruleSet, cached);
        BUILT.putIfAbsent(key, cached);
        return cached;
    }

    private CompiledRuleSet compileAndCache(RuleSet ruleSet, String key) {
        CompiledRuleSet compiled = build(ruleSet);
        cache.put(key, compiled.kieBase());
        BUILT.putIfAbsent(key, compiled.kieBase());
        return compiled;
    }

    /** A daemon, so a run that ends early (a bad input file) does not wait for a KieBase it will not use. */
    private static void startDaemon(Runnable task) {
        Thread t = new Thread(null, task, "checkpolicy-kiebase", 16L << 20);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Compiles the DRL afresh, bypassing every cache, and validates it: what the build stores in
     * the jar for a bundled rule set, and what tests compare the cached forms against.
     */
    public KieBase compileFresh(RuleSet ruleSet) {
        return build(ruleSet).kieBase();
    }

    /**
     * A hash of what a compiled rule set depends on, naming its cache entries. Requirement ids are
     * part of it: the same DRL checked against other requirements is validated anew.
     */
    public static String contentKey(RuleSet ruleSet) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (RuleSet.SourceFile f : ruleSet.drl()) {
                sha.update(f.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (Requirement r : ruleSet.requirements()) sha.update(r.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompiledRuleSet build(RuleSet ruleSet) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("checkpolicy.rulesets", ruleSet.id().replaceAll("[^A-Za-z0-9_.-]", "_"),
                "1.0.0");
        kfs.generateAndWritePomXML(release);
        Map<String, String> names = new HashMap<>();
        int n = 0;
        for (RuleSet.SourceFile f : ruleSet.drl()) {
            String path = "src/main/resources/rules/r" + (n++) + ".drl";
            names.put(path, f.name());
            kfs.write(path, f.content());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message m = errors.get(0);
            String file = fileName(names, m.getPath(), ruleSet.id());
            String line = m.getLine() > 0 ? ":" + m.getLine() + (m.getColumn() > 0 ? ":" + m.getColumn() : "") : "";
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
            throw new RuleSetException(file + line + ": " + oneLine(m.getText()) + more);
        }
        KieBase kieBase = ks.newKieContainer(release).getKieBase();
        checkRulesMatchRequirements(ruleSet, kieBase);
        ks.getRepository().removeKieModule(release);
        return new CompiledRuleSet(ruleSet, kieBase);
    }

    private static void checkRulesMatchRequirements(RuleSet ruleSet, KieBase kieBase) {
        Set<String> decided = new LinkedHashSet<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Matcher m = DECIDING_RULE.matcher(r.getName());
                if (!m.find()) continue;
                String id = m.group(1);
                if (ruleSet.requirement(id).isEmpty()) {
                    throw new RuleSetException(ruleSet.id() + ": rule \"" + r.getName() + "\" names requirement " + id
                            + ", which ruleset.yaml does not define");
                }
                decided.add(id);
            }
        }
        for (Requirement req : ruleSet.requirements()) {
            if (!decided.contains(req.id())) {
                throw new RuleSetException(ruleSet.id() + ": requirement " + req.id()
                        + " has no rule; name at least one DRL rule \"" + req.id() + ": …\"");
            }
        }
    }

    /** Drools reports paths with or without the src/main/resources prefix; map either back to the user's file. */
    private static String fileName(Map<String, String> names, String path, String fallback) {
        if (path == null) return fallback;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getKey().endsWith(path) || path.endsWith(e.getKey())) return e.getValue();
        }
        return path;
    }

    private static String oneLine(String text) {
        return text == null ? "error" : text.replaceAll("\\s+", " ").trim();
    }
}
