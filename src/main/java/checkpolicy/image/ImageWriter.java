package checkpolicy.image;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the build compiled from a source file, for {@link ImageReader} to read back in the
 * same order: numbers, booleans, and strings written once each into a table that precedes them.
 * Collections of strings without an order of meaning are written sorted, so that the same source
 * always gives the same bytes.
 */
public final class ImageWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream body = new DataOutputStream(bytes);
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> table = new ArrayList<>();

    public ImageWriter integer(int v) {
        try {
            body.writeInt(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ImageWriter bool(boolean v) {
        return integer(v ? 1 : 0);
    }

    /** A string, or null. */
    public ImageWriter string(String s) {
        if (s == null) return integer(-1);
        return integer(strings.computeIfAbsent(s, k -> {
            table.add(k);
            return table.size() - 1;
        }));
    }

    /** Strings whose order carries meaning (a list), or null. */
    public ImageWriter strings(List<String> list) {
        if (list == null) return integer(-1);
        integer(list.size());
        list.forEach(this::string);
        return this;
    }

    /** Strings whose order carries none (a set): written sorted. */
    public ImageWriter stringSet(Collection<String> set) {
        return strings(set.stream().sorted().toList());
    }

    /** The string table, then everything written. */
    public byte[] toBytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.size() + 16 * table.size());
            DataOutputStream data = new DataOutputStream(out);
            data.writeInt(table.size());
            for (String s : table) data.writeUTF(s);
            body.flush();
            bytes.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
