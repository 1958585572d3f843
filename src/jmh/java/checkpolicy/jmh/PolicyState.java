package checkpolicy.jmh;

import checkpolicy.Checker;
import checkpolicy.extract.Extraction;
import checkpolicy.ingest.PolicyDocument;
import checkpolicy.ingest.PolicyReader;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One fixture policy, read, with the dpdp-india checker and the policy's facts. Run from the repository root. */
@State(Scope.Benchmark)
public class PolicyState {

    /** The five seed policies in fixtures/ (2-7 KB each, real Indian websites). */
    @Param({"000_b0e3f0ac32849995.txt", "001_6d2269da330936ed.txt", "002_b12a54b7bb4c4538.txt",
            "003_5ad22d9086874e0c.txt", "004_bf40b86daea0557f.txt"})
    public String policy;

    @Param("fixtures")
    public String fixtures;

    public Checker checker;
    public PolicyDocument document;
    public Extraction facts;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        checker = Checker.forRuleSets(List.of("dpdp-india"));
        document = new PolicyReader().read(Path.of(fixtures, policy));
        facts = checker.extract(document);
    }
}
