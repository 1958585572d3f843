package checkpolicy.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One self-rewriting status line on stderr for a person watching a batch: files done, rate and
 * time left. Redrawn at most a few times a second, so a fast batch does not spend its time on it.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int total;
    private final LongSupplier nanoClock;
    private final long started;
    private long lastDrawn;
    private int done;
    private int drawnLength;

    public Progress(PrintWriter err, int total, LongSupplier nanoClock) {
        this.err = err;
        this.total = total;
        this.nanoClock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastDrawn = started;
    }

    /** One more input done. */
    public void step() {
        done++;
        long now = nanoClock.getAsLong();
        if (now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            draw(now);
        }
    }

    /** Prints a message on a line of its own; the status line is drawn again at the next redraw. */
    public void interrupt(String message) {
        err.print("\r");
        err.println(message + " ".repeat(Math.max(0, drawnLength - message.length())));
        err.flush();
    }

    /** Draws the final figures and ends the line. */
    public void finish() {
        draw(nanoClock.getAsLong());
        err.println();
        err.flush();
    }

    private void draw(long now) {
        String line = line(done, total, now - started);
        drawnLength = line.length();
        err.print("\r" + line);
        err.flush();
    }

    /** E.g. "1200/3000 checked, 310.2/s, about 0:06 left". */
    static String line(int done, int total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 ? clock(Math.round((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "%d/%d checked, %.1f/s, about %s left  ", done, total, rate, left);
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
