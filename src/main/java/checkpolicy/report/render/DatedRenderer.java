package checkpolicy.report.render;

import java.time.LocalDate;

/**
 * A renderer that prints the date a report was generated. The date is handed in, never read
 * from the clock, so that without one the same input gives the same bytes.
 */
public interface DatedRenderer extends Renderer {

    /** This renderer, printing {@code date} (null: none) as the generation date. */
    Renderer generatedOn(LocalDate date);
}
