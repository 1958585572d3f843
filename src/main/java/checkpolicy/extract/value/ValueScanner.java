package checkpolicy.extract.value;

import checkpolicy.facts.ValueKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every concrete value in a string (emails, phones, addresses, web addresses, officers,
 * dates, periods, ages, countries, languages, data items), each with its offsets and one
 * normalised spelling. What topic a value belongs to is decided elsewhere.
 *
 * <p>The result is sorted by start, then kind, and is the same for the same text. Where matches of
 * one kind overlap, the longest stays (the earliest on a tie). Two rules cross kinds: an age
 * wins over a period it overlaps ("above 13 years" is no period of 13 years), and a web address
 * inside an email is dropped (the domain of "info [at] contetra.com" is no URL).
 *
 * <p>Thread-safe and cheap to make: the scanners' patterns and gazetteers are built once per JVM.
 */
public final class ValueScanner {

    private static final List<KindScanner> SCANNERS = List.of(
            new EmailScanner(), new PhoneScanner(), new PostalScanner(), new UrlScanner(),
            new PersonOrRoleScanner(), new DateScanner(), new DurationScanner(), new AgeScanner(),
            new CountryScanner(), new LanguageScanner(), new DataItemScanner());

    /** The gazetteers the build parses for a cold start, by file name under checkpolicy/precompiled/. */
    public static java.util.Map<String, byte[]> images() {
        return java.util.Map.of(DataItemScanner.IMAGE.substring(DataItemScanner.IMAGE.lastIndexOf('/') + 1), DataItemScanner.image());
    }

    /** All values in {@code text}, sorted by start offset, then kind. */
    public List<ValueMatch> scan(String text) {
        if (text == null || text.isEmpty()) return List.of();
        Map<ValueKind, List<ValueMatch>> byKind = new EnumMap<>(ValueKind.class);
        for (KindScanner scanner : SCANNERS) {
            byKind.put(scanner.kind(), keepLongest(scanner.scan(text)));
        }
        dropOverlapped(byKind, ValueKind.DURATION, ValueKind.AGE);
        dropOverlapped(byKind, ValueKind.URL, ValueKind.EMAIL);
        List<ValueMatch> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        all.sort(ValueMatch.ORDER);
        return List.copyOf(all);
    }

    /** Of overlapping matches, the longest, then the earliest; the others go. */
    static List<ValueMatch> keepLongest(List<ValueMatch> matches) {
        List<ValueMatch> byLength = new ArrayList<>(matches);
        byLength.sort(Comparator.comparingInt(ValueMatch::length).reversed().thenComparing(ValueMatch.ORDER));
        TreeMap<Integer, ValueMatch> kept = new TreeMap<>();  // by start; kept matches never overlap
        for (ValueMatch m : byLength) {
            Map.Entry<Integer, ValueMatch> before = kept.floorEntry(m.start());
            Map.Entry<Integer, ValueMatch> after = kept.ceilingEntry(m.start());
            boolean clash = (before != null && before.getValue().overlaps(m)) || (after != null && after.getValue().overlaps(m));
            if (!clash) kept.put(m.start(), m);
        }
        return new ArrayList<>(kept.values());
    }

    /** Drops each {@code loser} match that overlaps a {@code winner} match; both lists are sorted and disjoint. */
    private static void dropOverlapped(Map<ValueKind, List<ValueMatch>> byKind, ValueKind loser, ValueKind winner) {
        List<ValueMatch> winners = byKind.getOrDefault(winner, List.of());
        if (winners.isEmpty()) return;
        List<ValueMatch> kept = new ArrayList<>();
        int w = 0;
        for (ValueMatch m : byKind.getOrDefault(loser, List.of())) {
            while (w < winners.size() && winners.get(w).end() <= m.start()) w++;
            if (w < winners.size() && winners.get(w).overlaps(m)) continue;
            kept.add(m);
        }
        byKind.put(loser, kept);
    }
}
