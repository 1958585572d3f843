package checkpolicy.facts;

import java.util.List;

/**
 * Which web sites are the business's own, as its e-mail addresses and the page's own address
 * show: laws that ask for the business's own link for requests (DPDP Rule 3(c), CCPA §7026) are
 * not met by a page the policy merely cites. One per session. For DRL conditions:
 * {@code $u : Value(kind == ValueKind.URL, ...)  OwnSites(mayOwn($u))}.
 *
 * @param addresses the policy's e-mail addresses at its own domains, neither a third party's (a
 *                  regulator's casework address) nor at a free web-mail service
 * @param page the site of the address the policy was published at ({@code PolicyDocument#address}),
 *             or null: a link there is the business's own whatever domain its e-mail is at (a
 *             parent company's)
 */
public record OwnSites(List<Value> addresses, String page) {

    public OwnSites {
        addresses = List.copyOf(addresses);
    }

    /** Whether one of the business's addresses, or the page itself, is at this link's site ({@link Value#sameSiteAs}). */
    public boolean shows(Value link) {
        String theirs = link.site();
        for (Value a : addresses) if (Value.sameSite(a.site(), theirs)) return true;
        return Value.sameSite(page, theirs);
    }

    /**
     * Whether the policy gives any address of its own, and so shows which sites are its own. The
     * page's address alone does not: a policy with no e-mail of its own still takes a link at its
     * word, wherever the page was published.
     */
    public boolean known() {
        return !addresses.isEmpty();
    }

    /** Whether the link may be the business's own: at one of its sites, or in a policy that shows none (taken at its word). */
    public boolean mayOwn(Value link) {
        return !known() || shows(link);
    }
}
