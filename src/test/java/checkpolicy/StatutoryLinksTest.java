package checkpolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import checkpolicy.facts.Status;
import checkpolicy.ingest.PolicyReader;
import checkpolicy.report.DocumentReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy page whose footer carries the CCPA's opt-out links meets the link requirements, from
 * the HTML as published: the footer is the site's, and the law asks for the links there.
 */
class StatutoryLinksTest {

    private static final Checker CCPA = Checker.forRuleSets(List.of("ccpa"));

    private static Status status(String html, String requirement) throws Exception {
        DocumentReport report = CCPA.check(new PolicyReader().read("policy.html", html.getBytes(StandardCharsets.UTF_8)),
                Checker.Options.defaults());
        return report.results().get(0).assessments().stream().filter(a -> a.requirement().id().equals(requirement))
                .findFirst().orElseThrow().finding().status();
    }

    @Test
    void theDoNotSellLinkInTheFooterMeetsTheLinkRequirement() throws Exception {
        String body = "<main><h1>Privacy Policy</h1><h2>Sale of personal information</h2>"
                + "<p>We sell personal information to advertising partners. California residents may opt out of the sale.</p></main>";
        String footer = "<footer><ul class=\"footer-menu\"><li><a href=\"/about\">About us</a></li>"
                + "<li><a href=\"https://example.com/dnss\">Do Not Sell or Share My Personal Information</a></li></ul></footer>";
        assertEquals(Status.PARTIAL, status("<body>" + body + "</body>", "CCPA-LINK-DNSS"), "an opt-out without the link");
        assertEquals(Status.MET, status("<body>" + body + footer + "</body>", "CCPA-LINK-DNSS"));
    }
}
