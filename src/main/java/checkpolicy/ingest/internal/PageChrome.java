package checkpolicy.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decides which elements of a page are not the policy: scripts and styles, navigation, the site's
 * header and footer, cookie banners. Deliberately conservative, since dropping policy text is
 * worse than keeping a menu: headers and footers inside {@code <article>} or {@code <main>} stay,
 * and an element marked as chrome by its id or class stays if it holds most of the page's text.
 * A "menu" by its class stays too when it reads as prose rather than links: accordions and tabs
 * are often built from menu widgets, and hold whole sections of a policy. And the links a law
 * requires in a site's header or footer are read there ({@link #statutoryLinks}).
 */
final class PageChrome {

    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "nav", "iframe", "object", "embed",
            "canvas", "select", "textarea", "head", "title", "audio", "video", "map");
    private static final Set<String> NEVER_CHROME = Set.of("html", "body", "main", "article");
    /** Substrings of an id or class that name a cookie banner or consent tool. */
    private static final String[] BANNER_MARKS = {
            "cookie-banner", "cookie_banner", "cookiebanner", "cookie-consent", "cookie_consent",
            "cookieconsent", "cookie-bar", "cookie-law-info", "cookie-popup", "cookiebot",
            "onetrust-banner", "onetrust-consent", "cmplz-cookiebanner", "cc-window", "gdpr-cookie"};
    /** Substrings of an id or class that name navigation. */
    private static final String[] NAVIGATION_MARKS = {"navbar", "breadcrumb", "skip-link"};

    /**
     * Link titles the CCPA requires in a site's header or footer (Civ. Code §1798.135(a),
     * 11 CCR §§7013–7015), lower-case. A policy page's footer is the site's, so its "Do Not Sell
     * or Share My Personal Information" link shows that the site posts it.
     */
    private static final List<String> STATUTORY_LINKS = List.of(
            "do not sell or share my personal information", "do not sell or share my personal info",
            "do not sell my personal information", "do not sell my personal info",
            "limit the use of my sensitive personal information",
            "your privacy choices", "your california privacy choices");
    /** A statutory link's text may run on a little past its title ("… Information (California)"), no further. */
    private static final int LINK_TITLE_SLACK = 30;

    /** Shorter than this, a menu is a menu whatever its links: a few words of prose are no section. */
    private static final int PROSE_LENGTH = 500;

    private final Element body;
    private int bodyTextLength = -1;

    PageChrome(Element body) {
        this.body = body;
    }

    boolean isChrome(Element element) {
        String tag = element.normalName();
        if (NEVER_TEXT.contains(tag)) return true;
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation")) return true;
        if (tag.equals("header") || tag.equals("footer") || role.equals("banner") || role.equals("contentinfo")) {
            return !insideContent(element);
        }
        if (NEVER_CHROME.contains(tag)) return false;
        Mark mark = mark(element);
        if (mark == Mark.NONE) return false;
        int length = element.text().length(); // walks the element's subtree: once, for both tests
        return !holdsMostText(length) && (mark == Mark.BANNER || !readsAsProse(element, length));
    }

    /**
     * The links of a chrome element that carry a statutory title, in document order: what of a
     * header, footer or menu is still read. None from a cookie banner (its buttons are the
     * consent tool, not the site's links) or from what is never text (scripts, forms).
     */
    List<Element> statutoryLinks(Element chromeElement) {
        String tag = chromeElement.normalName();
        if ((NEVER_TEXT.contains(tag) && !tag.equals("nav")) || mark(chromeElement) == Mark.BANNER) return List.of();
        List<Element> out = new ArrayList<>();
        for (Element a : chromeElement.getElementsByTag("a")) {
            if (isStatutoryTitle(a.text())) out.add(a);
        }
        return out;
    }

    static boolean isStatutoryTitle(String linkText) {
        String text = linkText.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String title : STATUTORY_LINKS) {
            if (text.startsWith(title) && text.length() <= title.length() + LINK_TITLE_SLACK) return true;
        }
        return false;
    }

    private enum Mark { NONE, BANNER, NAVIGATION }

    private static boolean insideContent(Element element) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("article") || tag.equals("main")) return true;
        }
        return false;
    }

    private static Mark mark(Element element) {
        String id = element.id();
        String cls = element.className();
        if (id.isEmpty() && cls.isEmpty()) return Mark.NONE;
        Mark mark = Mark.NONE;
        for (String token : (id + " " + cls).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.isEmpty()) continue;
            if (token.equals("cookie-notice") || containsAny(token, BANNER_MARKS)) return Mark.BANNER;
            if (containsAny(token, NAVIGATION_MARKS)
                    || token.equals("menu") || token.equals("nav") || token.equals("navigation")
                    || token.startsWith("menu-") || token.startsWith("menu_")
                    || token.endsWith("-menu") || token.endsWith("_menu")
                    || token.endsWith("-nav") || token.endsWith("_nav") || token.endsWith("-navigation")) {
                mark = Mark.NAVIGATION;
            }
        }
        return mark;
    }

    /**
     * Long text that is mostly not link text: a menu's entries are links, a section's sentences
     * are not. (Link density, as boilerplate removers such as jusText and Readability weigh it.)
     */
    private static boolean readsAsProse(Element element, int length) {
        if (length < PROSE_LENGTH) return false;
        int linked = 0;
        for (Element a : element.getElementsByTag("a")) linked += a.text().length();
        return linked * 4 < length;
    }

    private boolean holdsMostText(int length) {
        if (bodyTextLength < 0) bodyTextLength = body.text().length();
        return length * 2 > bodyTextLength;
    }

    private static boolean containsAny(String token, String[] marks) {
        for (String mark : marks) {
            if (token.contains(mark)) return true;
        }
        return false;
    }
}
