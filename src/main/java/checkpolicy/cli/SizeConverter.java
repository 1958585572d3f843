package checkpolicy.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads a size such as {@code 5MB}, {@code 512KB}, {@code 2 MiB} or {@code 100000} (bytes) for --max-size. */
final class SizeConverter implements CommandLine.ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String s = value.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        long unit = 1;
        for (String[] suffix : new String[][] {{"GIB", "1073741824"}, {"MIB", "1048576"}, {"KIB", "1024"},
                {"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"G", "1073741824"}, {"M", "1048576"},
                {"K", "1024"}, {"B", "1"}}) {
            if (s.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                s = s.substring(0, s.length() - suffix[0].length());
                break;
            }
        }
        try {
            double number = Double.parseDouble(s);
            long bytes = (long) (number * unit);
            if (number <= 0 || bytes <= 0 || Double.isNaN(number)) throw new NumberFormatException();
            return bytes;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 5MB, 500KB or 100000");
        }
    }
}
