package checkpolicy.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PolicyMetadataTest {

    @Test
    void theDmozFirstLineIsTheUrl() {
        assertEquals("http://www.imperial.ac.uk/library/policies/",
                PolicyMetadata.urlFrom("http://www.imperial.ac.uk/library/policies/\nSkip to main content\n"));
    }

    @Test
    void theArchiveHeaderGivesTheOriginalAddressDecoded() {
        String text = "> *The following text is extracted and transformed from the 007.com privacy policy that was"
                + " archived on 2014-12-29. Please check the [original snapshot on the Wayback Machine]"
                + "(https://web.archive.org/web/20141229002208id_/http%3A//www.foxprivacy.com/us/privacy.html)"
                + " for the most accurate reproduction.*\n\n# FoxPrivacy.com\n";
        assertEquals("http://www.foxprivacy.com/us/privacy.html", PolicyMetadata.urlFrom(text));
    }

    @Test
    void aPolicyWithNeitherHasNoUrl() {
        assertNull(PolicyMetadata.urlFrom("Privacy Policy\nWe collect http://example.com data.\n"));
    }

    @Test
    void datesAreCutToTheirDayAndOthersDropped() {
        assertEquals("2019-07-15", PolicyMetadata.day("2019-07-15 10:00:00"));
        assertEquals("2019-07-15", PolicyMetadata.day("2019-07-15T10:00:00Z"));
        assertNull(PolicyMetadata.day("15/07/2019"));
        assertNull(PolicyMetadata.day(null));
        assertEquals(2019, PolicyMetadata.year("2019-07-15"));
    }

    @Test
    void theFirstFolderIsTheCategoryWithoutItsOrdinal() {
        assertEquals("arts", PolicyMetadata.categoryOf("cat2-arts/blender-com-1.txt"));
        assertEquals("news", PolicyMetadata.categoryOf("news/2019/a.txt"));
        assertEquals("unknown", PolicyMetadata.categoryOf("a.txt"));
    }

    @Test
    void idsArePathsBelowTheRootHoweverTheSchemeIsSpelled() {
        assertEquals("cat2-arts/a.txt", PolicyInputs.relative("file:/data/corpus/", "file:/data/corpus/cat2-arts/a.txt"));
        assertEquals("cat2-arts/a b.txt", PolicyInputs.relative("file:///data/corpus/", "file:/data/corpus/cat2-arts/a b.txt"));
        assertEquals("x/100% [draft].md", PolicyInputs.relative("file:///data/c/", "file:/data/c/x/100% [draft].md"));
    }
}
