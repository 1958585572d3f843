package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import checkpolicy.facts.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headings, paragraphs and list items in plain text and Markdown, and the mark-up their quotes leave out. */
class TextStructureTest {

    private final PolicyReader reader = new PolicyReader();

    private PolicyDocument read(String name, String text) throws IngestException {
        PolicyDocument doc = reader.read(name, text.getBytes(StandardCharsets.UTF_8));
        SpanChecks.assertSpansMatchText(text, doc);
        return doc;
    }

    private static String shape(PolicyDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Block b : doc.blocks()) {
            sb.append(b.kind().name().charAt(0)).append(b.level()).append(' ').append(b.text().replace('\n', '/')).append('\n');
        }
        return sb.toString();
    }

    @Test
    void markdownHeadingsAndWrappers() throws Exception {
        PolicyDocument doc = read("p.md", """
                ---
                title: Privacy
                date: 2024-01-01
                ---
                # Privacy Policy #

                ## **Data We Collect**

                __Cookies__

                Setext Title
                ------------

                ***

                *We update this page yearly.*
                """);
        assertEquals("""
                H1 Privacy Policy
                H2 Data We Collect
                H3 Cookies
                H2 Setext Title
                P0 We update this page yearly.
                """, shape(doc));
        assertEquals(5, doc.span(doc.blocks().get(0).start(), doc.blocks().get(0).end()).line(), "front matter is skipped");
    }

    @Test
    void boldSentencesAreEmphasisNotHeadings() throws Exception {
        PolicyDocument doc = read("p.md", "**We never sell your data.**\n\n**Sharing** is rare and **logged**.\n");
        assertEquals("P0 We never sell your data.\nP0 **Sharing** is rare and **logged**.\n", shape(doc));
    }

    @Test
    void listsNestByIndentation() throws Exception {
        PolicyDocument doc = read("p.md", """
                Intro to the list:

                  * first item
                    - nested item
                      + deeper item
                    - nested again
                  * back out
                • bullet glyph
                """);
        assertEquals("""
                P0 Intro to the list:
                L1 first item
                L2 nested item
                L3 deeper item
                L2 nested again
                L1 back out
                L1 bullet glyph
                """, shape(doc));
    }

    @Test
    void enumeratedLinesAreListItemsUnlessTheyAreTitles() throws Exception {
        PolicyDocument doc = read("p.txt", """
                1. Data We Collect
                1. We collect your name when you register.
                2) We store it in India.
                (a) for billing;
                b) for support;
                iv. for security.
                2.1 Retention Periods
                II. Your Rights
                """);
        assertEquals("""
                H2 1. Data We Collect
                L1 We collect your name when you register.
                L1 We store it in India.
                L1 for billing;
                L1 for support;
                L1 for security.
                H3 2.1 Retention Periods
                H2 II. Your Rights
                """, shape(doc));
    }

    @Test
    void wrappedLinesJoinIntoOneParagraph() throws Exception {
        String text = "We collect your name and\nyour email address when you\nregister. We keep it safe.\n\nNext paragraph.\n";
        PolicyDocument doc = read("p.txt", text);
        assertEquals(2, doc.blocks().size());
        Sentence first = doc.sentences().get(0);
        assertEquals("We collect your name and\nyour email address when you\nregister.", first.text());
        assertEquals(new Span(1, 1, 3, 10, first.text()), doc.span(first.start(), first.end()));
        assertEquals("We keep it safe.", doc.sentences().get(1).text());
    }

    @Test
    void aListItemContinuesOnIndentedOrUnfinishedLines() throws Exception {
        PolicyDocument doc = read("p.md", """
                - We collect your name
                and your email.
                - We keep logs.
                  For thirty days.
                - We never sell data.
                This closing line is a paragraph.
                """);
        assertEquals("""
                L1 We collect your name/and your email.
                L1 We keep logs./  For thirty days.
                L1 We never sell data.
                P0 This closing line is a paragraph.
                """, shape(doc));
    }

    @Test
    void plainTitles() throws Exception {
        PolicyDocument doc = read("p.txt", """
                Privacy Policy
                Last updated: 1 May 2024

                INFORMATION WE COLLECT
                We collect what you give us.

                Use of Cookies
                We use cookies to remember you across the visits you make to this site.

                What information do we share?

                We share nothing.

                Back to the contact form
                """);
        assertEquals("""
                H1 Privacy Policy
                P0 Last updated: 1 May 2024
                H2 INFORMATION WE COLLECT
                P0 We collect what you give us.
                H2 Use of Cookies
                P0 We use cookies to remember you across the visits you make to this site.
                H2 What information do we share?
                P0 We share nothing.
                H2 Back to the contact form
                """, shape(doc));
    }

    @Test
    void addressAndPhoneLinesAreContactDetailsNotTitles() throws Exception {
        PolicyDocument doc = read("p.txt", """
                ## Contacting Us

                You can write to us at:

                Zillow, Inc. Attn: Consumer Care 1301 Second Avenue, Seattle, WA 98101

                Tel: 62-21 53699200

                Section 2018 Updates
                """);
        assertEquals("""
                H2 Contacting Us
                P0 You can write to us at:
                P0 Zillow, Inc. Attn: Consumer Care 1301 Second Avenue, Seattle, WA 98101
                P0 Tel: 62-21 53699200
                H2 Section 2018 Updates
                """, shape(doc));
    }

    @Test
    void aLineEndingOnAConjunctionContinuesAListNotATitle() throws Exception {
        PolicyDocument doc = read("p.txt", """
                A parent may ask us to:

                Correct factual errors in such information,

                Request to have this information deleted, or

                Stop collecting information about the child.
                """);
        assertEquals("""
                P0 A parent may ask us to:
                P0 Correct factual errors in such information,
                P0 Request to have this information deleted, or
                P0 Stop collecting information about the child.
                """, shape(doc));
    }

    @Test
    void shortLinesInsideAWrappedParagraphAreNotTitles() throws Exception {
        PolicyDocument doc = read("p.txt", """
                We may share your data with
                Partner Companies
                that help us run the site. THIS IS
                NOT A HEADING EITHER
                but part of the text.
                """);
        assertEquals(1, doc.blocks().size());
        assertEquals(BlockKind.PARAGRAPH, doc.blocks().get(0).kind());
    }

    @Test
    void oneLinePerParagraphFilesEndParagraphsAtSentenceEnds() throws Exception {
        String longLine = "We collect your name, your email address and your phone number when you register for an account on this site.";
        PolicyDocument doc = read("p.txt", "https://example.com/privacy\nPrivacy Policy\n" + longLine + "\n" + longLine
                + "\nHow We Use It\nWe use it to run the service and to send you the messages you asked for, nothing more.\n");
        assertEquals(List.of(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH),
                doc.blocks().stream().map(Block::kind).toList());
        assertEquals(2, doc.span(doc.blocks().get(0).start(), doc.blocks().get(0).end()).line(), "a crawler's URL line is skipped");
    }

    @Test
    void archiveHeaderSetsTheDateAndIsNotText() throws Exception {
        PolicyDocument doc = read("p.txt", "> *The following text is extracted and transformed from the x.com privacy policy that was "
                + "archived on 2020-02-29. Please check the [original](https://web.archive.org/x) page.*\n\n# Policy\n\nText.\n");
        assertEquals(Optional.of("2020-02-29"), doc.archivedOn());
        assertEquals(List.of("Policy", "Text."), doc.blocks().stream().map(Block::text).toList());

        PolicyDocument quote = read("q.md", "# Policy\n\n> We quote the law here.\n");
        assertEquals(Optional.empty(), quote.archivedOn());
        assertEquals("We quote the law here.", quote.blocks().get(1).text());
    }

    @Test
    void aFirstLineHoldingOnlyAnAddressIsThePagesAddress() throws Exception {
        assertEquals(Optional.of("https://www.gocomics.com/privacy"),
                read("p.txt", "https://www.gocomics.com/privacy\nPrivacy Policy\nWe collect your e-mail address.\n").address());
        // not an address in the body, nor a first line that says more than an address
        assertEquals(Optional.empty(), read("p.txt", "Privacy Policy\nSee https://www.example.com/privacy.\n").address());
        assertEquals(Optional.empty(), read("p.txt", "Visit https://www.example.com/privacy for more.\nText.\n").address());
        // a Wayback link whose escapes are broken is kept as written
        assertEquals(Optional.of("http%3A//example.com/a%zz"), read("p.txt",
                "> *Archived from the [original](https://web.archive.org/web/2013id_/http%3A//example.com/a%zz).*\n\n# Policy\n\nText.\n")
                .address());
    }

    @Test
    void textBeforeTheFirstHeadingHasNoSection() throws Exception {
        PolicyDocument doc = read("p.md", "Some preface.\n\n## Heading\n\nBody.\n");
        assertEquals(-1, doc.blocks().get(0).section());
        assertEquals(1, doc.blocks().get(2).section());
        assertTrue(doc.heading(-1).isEmpty());
        assertEquals("Heading", doc.heading(1).orElseThrow().text());
    }

    @Test
    void aMenuCopiedOneEntryPerLineIsNotOneParagraph() throws Exception {
        String body = "We collect your name, your email address and your phone number when you register for an account on this site.";
        PolicyDocument doc = read("p.txt", "Home\nAbout Us\nAdministrative Offices\nMain Campus in Jackson\nMemphis Campuses\n"
                + "Kids\nEmployment\nContact Us\n" + body + "\n");
        assertEquals("""
                P0 Home
                P0 About Us
                P0 Administrative Offices
                P0 Main Campus in Jackson
                P0 Memphis Campuses
                P0 Kids
                P0 Employment
                P0 Contact Us
                P0 %s
                """.formatted(body), shape(doc));
    }

    @Test
    void addressLinesInAMenuStayOneAddressWithTheLinesBesideIt() throws Exception {
        String body = "If you have questions about this policy, write to us at the address in the footer of this page, any time.";
        PolicyDocument doc = read("p.txt", body + "\nSchedule Demo\n11000 Regency Parkway\nSuite 400\nCary, NC 27518\n"
                + "Sales: 866.455.3833\nContact\nHelp Site\nLogin\nTerms of Use\n");
        assertEquals("""
                P0 %s
                P0 Schedule Demo/11000 Regency Parkway/Suite 400/Cary, NC 27518/Sales: 866.455.3833/Contact
                P0 Help Site
                P0 Login
                P0 Terms of Use
                """.formatted(body), shape(doc));
    }

    @Test
    void aRunOfEntriesAfterALeadInIsItsList() throws Exception {
        String body = "When you register for an account on this site we ask you for the following details about yourself:";
        PolicyDocument doc = read("p.txt", body + "\nEmail address\nFirst name and last name\nPhone number\nPostal address\n"
                + "Date of birth\nGender\nCompany name\nJob title\nWe use them to run your account.\n");
        assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH),
                doc.blocks().stream().map(Block::kind).toList());
    }

    @Test
    void aFewShortLinesStillJoin() throws Exception {
        String body = "If you have questions about this policy, write to us at the postal address below, at any time of the day or week you like.";
        PolicyDocument doc = read("p.txt", body + "\nACME Inc\nPrivacy Team\n123 Main Street\nSpringfield, IL 62701\n");
        assertEquals("""
                P0 %s
                P0 ACME Inc/Privacy Team/123 Main Street/Springfield, IL 62701
                """.formatted(body), shape(doc));
    }

    @Test
    void proseWrappedNarrowlyIsStillOneParagraph() throws Exception {
        PolicyDocument doc = read("p.txt", """
                We collect the name and email
                address you give us when you
                register, and the pages you
                visit on this site, so that
                we can run your account and
                send you the newsletter you
                asked for; we never sell it
                or share it with advertisers
                for their own marketing.
                """);
        assertEquals(1, doc.blocks().size());
    }

    @Test
    void aSentenceAfterMenuEntriesStartsItsOwnParagraph() throws Exception {
        String body = "Your privacy is very important to us; below we explain the information we collect from you and what we do with it.";
        PolicyDocument doc = read("p.txt", "Welcome.\nRegister\nClient Area\nPrivacy Policy\n" + body + "\n"
                + "Home\nContact us at\nACME Ltd, 1 High Street, London SW1A 1AA, United Kingdom.\n");
        assertEquals("""
                P0 Welcome.
                P0 Register/Client Area/Privacy Policy
                P0 %s
                P0 Home/Contact us at/ACME Ltd, 1 High Street, London SW1A 1AA, United Kingdom.
                """.formatted(body), shape(doc));
    }

    @Test
    void aTitleEndingInALowerCaseWordIsStillATitle() throws Exception {
        String fee = "A fee of 50 EUR per booking is charged if a confirmed booking is changed or transferred to a different departure date or tour.";
        String content = "Content you submit, post or display on or through the Services stays yours, and you may remove it at any time.";
        String contact = "The contact information above should also be used for requests about the rights described in section 6 below.";
        PolicyDocument doc = read("p.txt", "Welcome.\nBulgaria – Rila Mountains\nChange to booking\n" + fee + "\n"
                + "Welcome.\nYour Content\nYou retain your rights to any\n" + content + "\n"
                + "Welcome.\nprivacy@example.com\n" + contact + "\n");
        assertEquals("""
                P0 Welcome.
                P0 Bulgaria – Rila Mountains/Change to booking
                P0 %s
                P0 Welcome.
                P0 Your Content/You retain your rights to any/%s
                P0 Welcome.
                P0 privacy@example.com/%s
                """.formatted(fee, content, contact), shape(doc));
    }
}
