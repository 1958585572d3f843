package checkpolicy.report.render.internal.html;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives the PDF an outline (the bookmarks pane) mirroring the contents page, so an auditor can
 * jump to a policy or its gap table. Added to the PDF's copy of the page only: openhtmltopdf reads
 * a {@code <bookmarks>} element in the head, which is not HTML.
 */
final class PdfBookmarks {

    private PdfBookmarks() {}

    static void add(Document page) {
        Element head = (Element) page.getElementsByTagName("head").item(0);
        if (head == null) return;
        String ns = page.getDocumentElement().getNamespaceURI();
        Element outline = page.createElementNS(ns, "bookmarks");
        Element parent = outline;
        NodeList items = page.getElementsByTagName("li");
        for (int i = 0; i < items.getLength(); i++) {
            Element li = (Element) items.item(i);
            NodeList links = li.getElementsByTagName("a");
            if (links.getLength() == 0) continue;
            Element a = (Element) links.item(0);
            Element mark = page.createElementNS(ns, "bookmark");
            mark.setAttribute("name", a.getTextContent());
            mark.setAttribute("href", a.getAttribute("href"));
            if (li.getAttribute("class").equals("l2")) {
                parent.appendChild(mark);
            } else {
                outline.appendChild(mark);
                parent = mark;
            }
        }
        if (outline.hasChildNodes()) head.appendChild(outline);
    }
}
