package checkpolicy.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.report.Assessment;
import checkpolicy.report.DocumentReport;
import checkpolicy.report.Fingerprint;
import checkpolicy.report.Review;
import checkpolicy.report.RuleSetResult;
import checkpolicy.report.Suppression;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The pull-request comment for the five seeds: the score, every gap with its fix, waivers and the baseline. */
class MarkdownRendererTest {

    @TestFactory
    Stream<DynamicTest> scoreAndEveryGap() {
        return SeedReports.documents().stream().map(d -> DynamicTest.dynamicTest(d.path(), () -> {
            String md = SeedReports.render(new MarkdownRenderer(), SeedReports.report(d, Review.none()));
            RuleSetResult r = d.results().get(0);
            assertTrue(md.startsWith("## checkpolicy\n"), md);
            assertTrue(md.contains("| `" + d.path() + "` | dpdp-india | " + String.format(Locale.ROOT, "%.1f", r.score()) + " | " + r.grade() + " |"), md);
            for (Assessment a : r.assessments()) {
                String line = "- " + a.finding().status() + " **" + MarkdownRenderer.esc(a.requirement().id()) + "**";
                assertEquals(a.gap(), md.contains(line), a.requirement().id());
            }
            assertFalse(md.contains("Since the baseline"));
            assertEquals(md, SeedReports.render(new MarkdownRenderer(), SeedReports.report(d, Review.none())));
        }));
    }

    @Test
    void showsWaivedGapsAndWhatChangedSinceTheBaseline() {
        DocumentReport d = SeedReports.documents().get(1);
        RuleSetResult r = d.results().get(0);
        List<Assessment> gaps = r.assessments().stream().filter(Assessment::gap).toList();
        Review review = new Review("base.json", Map.of(
                Review.key(d.path(), r.ruleset(), Fingerprint.of(gaps.get(0))), new Suppression(Suppression.Kind.INLINE, "see *legal* memo", d.path() + ":4", null),
                Review.key(d.path(), r.ruleset(), Fingerprint.of(gaps.get(1))), new Suppression(Suppression.Kind.BASELINE, "known", "base.json", null)),
                List.of(new Review.ResolvedGap(d.path(), r.ruleset(), "DPDP-CONTACT-DPO", "abc")));
        String md = SeedReports.render(new MarkdownRenderer(), SeedReports.report(d, review));
        assertTrue(md.contains("**Waived** (1)"), md);
        assertTrue(md.contains("waived — see \\*legal\\* memo (" + MarkdownRenderer.esc(d.path()) + ":4)"), md);
        assertTrue(md.contains("Known gaps in the baseline (1)"), md);
        assertTrue(md.contains("**New gaps** (" + (gaps.size() - 2) + ")"), md);
        assertTrue(md.contains((gaps.size() - 2) + " new gaps, 1 fixed."), md);
        assertTrue(md.contains("- fixed: **DPDP-CONTACT-DPO**"), md);
    }

    @Test
    void escapesMarkup() {
        assertEquals("a \\| b \\<script\\> \\_x\\_", MarkdownRenderer.esc("a | b <script> _x_"));
    }
}
