package checkpolicy.rules;

import checkpolicy.facts.Value;
import checkpolicy.facts.ValueKind;
import java.util.Set;

/**
 * Web pages that belong to someone other than the business whose policy links to them: industry
 * opt-out pages, browser and cookie guides, social networks, dispute-resolution bodies,
 * regulators. A law that asks for the business's own link for requests (DPDP Rule 3(c), CCPA
 * §7026) is not met by "visit aboutads.info" or "see ico.org.uk", nor is a regulator's casework
 * address the business's privacy contact. For DRL conditions:
 * {@code Value(kind == ValueKind.URL, !OthersPages.contains(normalized))}.
 */
public final class OthersPages {

    /** Registrable hosts; a subdomain ("optout.aboutads.info", "tools.google.com") counts as its host. */
    private static final Set<String> HOSTS = Set.of(
            // industry opt-outs and cookie guides
            "aboutads.info", "networkadvertising.org", "youronlinechoices.com", "youronlinechoices.eu",
            "youradchoices.com", "youradchoices.ca", "allaboutcookies.org", "aboutcookies.org",
            "truste.com", "trustarc.com", "liveramp.com", "evidon.com", "ghostery.com", "aboutcookies.com",
            "cookiecentral.com", "allaboutdnt.com", "edaa.eu", "dmachoice.org", "imrworldwide.com", "quantcast.com",
            "addthis.com", "w3.org",
            // ad networks' opt-outs and a payment processor's pages
            "doubleclickbygoogle.com", "adroll.com", "turn.com", "valueclickmedia.com", "rubiconproject.com",
            "yahoo.com", "stripe.com",
            // platforms, browsers and their help pages
            "google.com", "youtube.com", "facebook.com", "twitter.com", "instagram.com", "linkedin.com",
            "microsoft.com", "apple.com", "mozilla.org", "adobe.com", "opera.com", "google.co.uk", "google.de",
            // dispute resolution, copyright offices, regulators and transfer frameworks
            "adr.org", "jamsadr.com", "copyright.gov", "usa.gov", "ftc.gov", "oag.ca.gov", "ico.org.uk",
            "ico.gsi.gov.uk", "dataprotection.ie", "oaic.gov.au", "priv.gc.ca", "cnil.fr", "datatilsynet.dk",
            "datatilsynet.no", "autoriteitpersoonsgegevens.nl", "dsb.gv.at", "garanteprivacy.it", "aepd.es",
            "bfdi.bund.de", "imy.se", "nominet.uk", "privacy.gov.au", "consumerfinance.gov",
            "europa.eu", "privacyshield.gov", "dataprivacyframework.gov");

    private OthersPages() {}

    /**
     * Whether a link or e-mail address is at one of these hosts: "casework@ico.org.uk" beside the
     * DPO is the regulator's, not the DPO's. A phone number or postal address never is. For DRL
     * conditions on a channel: {@code Value(isChannel(), near($d, 2, 6), !OthersPages.isTheirs(this))}.
     */
    public static boolean isTheirs(Value value) {
        return (value.kind() == ValueKind.URL || value.kind() == ValueKind.EMAIL) && contains(value.normalized());
    }

    /**
     * Whether the link goes to one of these hosts or a subdomain of one; for an e-mail address
     * ("casework@ico.org.uk"), whether it is at one.
     */
    public static boolean contains(String url) {
        String host = Value.hostOf(url);
        for (String h = host; !h.isEmpty(); ) {
            if (HOSTS.contains(h)) return true;
            int dot = h.indexOf('.');
            if (dot < 0) return false;
            h = h.substring(dot + 1);
        }
        return false;
    }
}
