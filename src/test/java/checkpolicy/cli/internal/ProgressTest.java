package checkpolicy.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void saysCountRateAndTimeLeft() {
        assertEquals("1200/3000 checked, 300.0/s, about 0:06 left  ", Progress.line(1200, 3000, 4_000_000_000L));
        assertEquals("0/10 checked, 0.0/s, about ? left  ", Progress.line(0, 10, 0));
    }

    @Test
    void redrawsAtMostFourTimesASecondAndEndsTheLine() {
        AtomicLong now = new AtomicLong();
        StringWriter text = new StringWriter();
        Progress p = new Progress(new PrintWriter(text), 100, now::get);
        for (int i = 0; i < 100; i++) {
            now.addAndGet(10_000_000L);  // 10 ms per input: one second in all
            p.step();
        }
        p.finish();
        long draws = text.toString().chars().filter(c -> c == '\r').count();
        assertEquals(5, draws, text.toString());
        assertTrue(text.toString().endsWith("100/100 checked, 100.0/s, about 0:00 left  " + System.lineSeparator()), text.toString());
    }

    @Test
    void aMessageGetsALineOfItsOwn() {
        AtomicLong now = new AtomicLong();
        StringWriter text = new StringWriter();
        Progress p = new Progress(new PrintWriter(text), 2, now::get);
        now.addAndGet(300_000_000L);
        p.step();
        p.interrupt("checkpolicy: x.txt: no policy text");
        String[] lines = text.toString().split(System.lineSeparator());
        assertTrue(lines[0].endsWith("\rcheckpolicy: x.txt: no policy text" + " ".repeat(lines[0].length() - 35 - lines[0].indexOf("\rcheck"))), lines[0]);
    }
}
