package checkpolicy.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkTest {

    private static final List<Integer> INPUTS = IntStream.range(0, 200).boxed().toList();

    /** Later inputs finish first here, yet the sink sees input order. */
    @Test
    void handsResultsBackInInputOrder() {
        List<Integer> seen = new ArrayList<>();
        OrderedWork.run(INPUTS, 3, i -> {
            sleepMicros((200 - i) * 20L);
            return i * 2;
        }, seen::add);
        assertEquals(INPUTS.stream().map(i -> i * 2).toList(), seen);
    }

    @Test
    void holdsOnlyAWindowOfInputsInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger sunk = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        OrderedWork.run(INPUTS, 2, i -> {
            started.incrementAndGet();
            return i;
        }, i -> {
            mostAhead.accumulateAndGet(started.get() - sunk.get(), Math::max);
            sunk.incrementAndGet();
        });
        assertEquals(200, sunk.get());
        assertTrue(mostAhead.get() <= 2 * 4 + 1, "at most the window ahead of the sink, was " + mostAhead.get());
    }

    @Test
    void oneJobRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        OrderedWork.run(INPUTS, 1, i -> Thread.currentThread(), t -> assertEquals(caller, t));
    }

    @Test
    void aTaskFailureReachesTheCallerAsThrownAfterTheResultsBeforeIt() {
        List<Integer> seen = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OrderedWork.run(INPUTS, 2, i -> {
            if (i == 50) throw new IllegalStateException("input 50");
            return i;
        }, seen::add));
        assertEquals("input 50", e.getMessage());
        assertEquals(IntStream.range(0, 50).boxed().toList(), seen);
    }

    private static void sleepMicros(long micros) {
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
