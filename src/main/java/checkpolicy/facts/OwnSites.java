package checkpolicy.facts;

import java.util.List;

/**
 * Which web sites are the business's own, as its e-mail addresses show: laws that ask for the
 * business's own link for requests (DPDP Rule 3(c), CCPA §7026) are not met by a page the policy
 * merely cites. One per session. For DRL conditions:
 * {@code $u : Value(kind == ValueKind.URL, ...)  OwnSites(mayOwn($u))}.
 *
 * @param addresses the policy's e-mail addresses at its own domains, neither a third party's (a
 *                  regulator's casework address) nor at a free web-mail service
 */
public record OwnSites(List<Value> addresses) {

    public OwnSites {
        addresses = List.copyOf(addresses);
    }

    /** Whether one of the business's addresses is at this link's site ({@link Value#sameSiteAs}). */
    public boolean shows(Value link) {
        for (Value a : addresses) if (a.sameSiteAs(link)) return true;
        return false;
    }

    /** Whether the policy gives any address of its own, and so shows which sites are its own. */
    public boolean known() {
        return !addresses.isEmpty();
    }

    /** Whether the link may be the business's own: at one of its sites, or in a policy that shows none (taken at its word). */
    public boolean mayOwn(Value link) {
        return !known() || shows(link);
    }
}
