package checkpolicy.extract.value;

import checkpolicy.extract.value.PhoneScanner.Group;

import java.util.List;
import java.util.function.Supplier;

/**
 * Which groupings of digits are telephone numbers, and their normal spelling.
 *
 * <p>Accepted, from most to least certain:
 * <ul>
 *   <li>a leading {@code +}: 8–15 digits, country code of 1–3 digits when set apart
 *       ({@code +91 98765 43210}, {@code +44 (0)20 7946 0958}) → {@code +} and the digits, a
 *       bracketed trunk 0 dropped;</li>
 *   <li>{@code 00} and a country code ({@code 0044 20 7946 0958}) → {@code +44…};</li>
 *   <li>Indian toll-free {@code 1800}/{@code 1860} and 6–7 digits → the digits as dialled;</li>
 *   <li>North American {@code (415) 555-0100}, {@code 415-555-0100}, {@code 734 847 4788},
 *       {@code 1-800-555-0199} (3-3-4, one separator throughout or a bracketed area code) → {@code +1…};</li>
 *   <li>trunk-prefixed {@code 022 2345 6789}, {@code 0120-6651500} (0 and 10 digits) → {@code +91…}, or
 *       {@code +44…} in a British document ({@link TrunkCountry});</li>
 *   <li>Indian mobiles: 10 digits starting 6–9, written whole or as 5-5 or 4-3-3 → {@code +91…};</li>
 *   <li>after a label ("Tel:", "Ph.", "Fax"), any grouping of 8–13 digits, as dialled ({@link #labelled}).</li>
 * </ul>
 * Everything else is refused: dates, years, PIN codes, prices, card and Aadhaar numbers, counts.
 * A 3-3-4 number is read as North American even when it could be an Indian mobile. An 11-digit
 * number starting 0 is Indian or British by the grouping alike ({@code 020 7946 0958}); the
 * document it stands in decides ({@link TrunkCountry}).
 */
final class PhoneShapes {

    private PhoneShapes() { }

    /** The normalised number for these groups, or null when they are not one; a trunk 0 is India's. */
    static String normalize(List<Group> groups) {
        return normalize(groups, () -> TrunkCountry.INDIA);
    }

    /**
     * The normalised number for these groups, or null; {@code trunkCountry} gives the code a trunk 0
     * stands for, asked only when a number has one.
     */
    static String normalize(List<Group> groups, Supplier<String> trunkCountry) {
        Group first = groups.get(0);
        String all = concat(groups);
        if (all.length() < 7 || allSame(all)) return null;
        if (first.plus()) return international(groups);
        if (hasSeparator(groups, '.')) return northAmerican(groups);  // dots: only 415.555.0100
        int n = all.length();
        if (n < 10 || n > 15) return null;
        if (all.startsWith("00") && groups.size() > 1 && first.digits().length() <= 5) {
            // "0044 20 7946 0958", "00 64 (0) 6 755 0905": the 00 dials out, a bracketed 0 is the trunk
            String country = first.digits().length() > 2 ? first.digits().substring(2) : groups.get(1).digits();
            int rest = first.digits().length() > 2 ? 1 : 2;
            String number = country + withoutTrunkZero(groups, rest);
            return number.length() >= 9 && number.length() <= 15 && number.charAt(0) != '0' ? "+" + number : null;
        }
        if ((all.startsWith("1800") || all.startsWith("1860")) && (n == 10 || n == 11)
                && (groups.size() == 1 || first.digits().length() == 4)) {
            return all;
        }
        String us = northAmerican(groups);
        if (us != null) return us;
        if (n == 11 && all.charAt(0) == '0' && all.charAt(1) != '0'
                && (groups.size() == 1 || first.digits().length() <= 5)) {
            return "+" + trunkCountry.get() + all.substring(1);
        }
        if (n == 10 && all.charAt(0) >= '6' && isIndianMobileGrouping(groups)) {
            return "+91" + all;
        }
        return null;
    }

    /**
     * A number a label ("Tel:", "Fax") vouches for: 8–13 digits in at most five groups, none bracketed
     * but the first, as dialled. Without a country code the country is unknown, so no plus is added.
     */
    static String labelled(List<Group> groups) {
        String all = concat(groups);
        if (all.length() < 8 || all.length() > 13 || allSame(all) || groups.size() > 5) return null;
        for (int k = 1; k < groups.size(); k++) if (groups.get(k).bracketed()) return null;
        return all;
    }

    /** After a plus: a set-apart country code of 1–3 digits, or one unbroken run of 10–15 digits. */
    private static String international(List<Group> groups) {
        String country = groups.get(0).digits();
        if (groups.size() == 1 && (country.length() < 10 || country.length() > 15)) return null;
        if (groups.size() > 1 && (country.isEmpty() || country.length() > 3)) return null;
        String all = country + withoutTrunkZero(groups, 1);
        if (all.length() < 8 || all.length() > 15 || all.charAt(0) == '0') return null;
        return "+" + all;
    }

    /**
     * The digits of {@code groups[from..]}, where a bracketed group right after the country code
     * loses its leading 0: {@code +44 (0)20 …}, {@code +44 (01787) 882 422} dial without it.
     */
    private static String withoutTrunkZero(List<Group> groups, int from) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < groups.size(); k++) {
            String digits = groups.get(k).digits();
            b.append(k == from && groups.get(k).bracketed() && digits.startsWith("0") ? digits.substring(1) : digits);
        }
        return b.toString();
    }

    /** NANP: [1] ddd ddd dddd, with a bracketed area code or one separator throughout. */
    private static String northAmerican(List<Group> groups) {
        int k = 0;
        if (groups.size() == 4 && groups.get(0).digits().equals("1")) k = 1;
        if (groups.size() - k != 3) return null;
        Group area = groups.get(k);
        Group exchange = groups.get(k + 1);
        Group line = groups.get(k + 2);
        if (area.digits().length() != 3 || exchange.digits().length() != 3 || line.digits().length() != 4) return null;
        if (exchange.bracketed() || line.bracketed()) return null;
        char sep = line.separatorBefore();
        boolean consistent = area.bracketed() || k == 1 || exchange.separatorBefore() == sep;
        if (!consistent) return null;
        if (area.digits().charAt(0) < '2' || exchange.digits().charAt(0) < '2') return null;
        return "+1" + area.digits() + exchange.digits() + line.digits();
    }

    private static boolean isIndianMobileGrouping(List<Group> groups) {
        StringBuilder shape = new StringBuilder();
        for (Group g : groups) {
            if (g.bracketed()) return false;
            if (shape.length() > 0) shape.append('-');
            shape.append(g.digits().length());
        }
        return switch (shape.toString()) {
            case "10", "5-5", "4-3-3" -> true;
            default -> false;
        };
    }

    private static String concat(List<Group> groups) {
        StringBuilder b = new StringBuilder();
        for (Group g : groups) b.append(g.digits());
        return b.toString();
    }

    private static boolean hasSeparator(List<Group> groups, char c) {
        for (int k = 1; k < groups.size(); k++) if (groups.get(k).separatorBefore() == c) return true;
        return false;
    }

    private static boolean allSame(String digits) {
        for (int i = 1; i < digits.length(); i++) if (digits.charAt(i) != digits.charAt(0)) return false;
        return true;
    }
}
