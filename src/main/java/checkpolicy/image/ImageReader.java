package checkpolicy.image;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads back what an {@link ImageWriter} wrote, in the same order. */
public final class ImageReader {

    private final DataInputStream in;
    private final String[] table;

    public ImageReader(byte[] image) throws IOException {
        in = new DataInputStream(new ByteArrayInputStream(image));
        table = new String[in.readInt()];
        for (int i = 0; i < table.length; i++) table[i] = in.readUTF();
    }

    public int integer() throws IOException {
        return in.readInt();
    }

    public boolean bool() throws IOException {
        return in.readInt() != 0;
    }

    /** A string, or null. */
    public String string() throws IOException {
        int i = in.readInt();
        return i < 0 ? null : table[i];
    }

    /** A list, or null. */
    public List<String> strings() throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = string();
        return List.of(out);
    }

    public Set<String> stringSet() throws IOException {
        return Set.copyOf(strings());
    }

    /** Whether everything written has been read: an image with more in it is not the one expected. */
    public boolean atEnd() throws IOException {
        return in.available() == 0;
    }
}
