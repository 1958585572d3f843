package checkpolicy.extract.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
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

    public String string() throws IOException {
        return table[in.readInt()];
    }

    public List<String> strings() throws IOException {
        String[] out = new String[in.readInt()];
        for (int i = 0; i < out.length; i++) out[i] = string();
        return List.of(out);
    }

    public Set<String> stringSet() throws IOException {
        return Set.copyOf(strings());
    }

    public List<PhrasePattern> patterns() throws IOException {
        int n = in.readInt();
        List<PhrasePattern> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = string();
            PhrasePattern.Slot[] slots = new PhrasePattern.Slot[in.readInt()];
            for (int j = 0; j < slots.length; j++) {
                int tag = in.readInt();
                slots[j] = tag < 0 ? new PhrasePattern.Gap(-1 - tag) : new PhrasePattern.Word(stringSet(), strings(), stringSet());
            }
            out.add(new PhrasePattern(source, List.of(slots)));
        }
        return out;
    }

    /** Whether everything written has been read: an image with more in it is not the one expected. */
    public boolean atEnd() throws IOException {
        return in.available() == 0;
    }
}
