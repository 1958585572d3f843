package checkpolicy.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for all the tests in this JVM: starting Spark is the slow part. */
final class LocalSpark {

    private LocalSpark() {}

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("checkpolicy-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /** The rows of a JSONL table Spark wrote (part files in name order). */
    static List<JsonNode> readJsonl(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (Path part : partFiles(folder)) {
            for (String line : Files.readAllLines(part)) {
                if (!line.isBlank()) rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    /** The concatenated text of a JSONL table: what must not change between runs. */
    static String jsonlText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path part : partFiles(folder)) text.append(Files.readString(part));
        return text.toString();
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
