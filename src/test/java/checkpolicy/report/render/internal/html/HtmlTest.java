package checkpolicy.report.render.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The XHTML writer: policy text can never become markup, and addresses are kept on one line. */
class HtmlTest {

    @Test
    void escapesTextAndAttributes() {
        String html = new Html().element("td", "<b>&\"x\"</b>\u0001", "title", "a\"<b>").toString();
        assertEquals("<td title=\"a&quot;&lt;b&gt;\">&lt;b&gt;&amp;\"x\"&lt;/b&gt; </td>", html);
    }

    @Test
    void keepsAddressesWithTheirBracketsOnOneLine() {
        String html = new Html().open("p").prose("write to [privacy@example.in]. or see https://example.in/p, thanks").close().toString();
        assertEquals("<p>write to <span class=\"nobr\">[privacy@example.in].</span> or see "
                + "<span class=\"nobr\">https://example.in/p,</span> thanks</p>", html);
    }

    @Test
    void longAddressesMayStillBreak() {
        String url = "https://example.in/" + "a".repeat(60);
        assertEquals("<p>" + url + "</p>", new Html().open("p").prose(url).close().toString());
    }

    @Test
    void refusesAnUnclosedPage() {
        assertThrows(IllegalStateException.class, () -> new Html().open("p").toString());
    }

    @Test
    void lettersAppendicesPastZ() {
        assertEquals("A", AuditReportPage.appendixLetter(1));
        assertEquals("AA", AuditReportPage.appendixLetter(27));
    }
}
