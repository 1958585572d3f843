package checkpolicy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-size and http(s) arguments, as a user meets them. */
class InputSourcesTest {

    @TempDir
    Path tmp;

    @Test
    void maxSizeIsConfigurable() throws Exception {
        Path policy = tmp.resolve("policy.txt");
        Files.writeString(policy, "Privacy Policy\n\n" + "We collect your e-mail address. ".repeat(100));
        CliTest.run("--max-size", "1KB", policy.toString()).assertOneLineError(policy + " is larger than the 1 KB limit");
        assertEquals(0, CliTest.run("--max-size", "1MB", policy.toString()).code());
        CliTest.Run bad = CliTest.run("--max-size", "lots", policy.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'lots' is not a size such as 5MB"), bad.err());
    }

    @Test
    void aFolderOfLinksIsAFolderOfPolicies() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "Privacy Policy\n\nWe collect your e-mail address.\n");
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("a.txt"), real.resolve("a.txt"));
        Files.createSymbolicLink(links.resolve("gone.txt"), real.resolve("gone.txt"));
        Files.createSymbolicLink(links.resolve("loop"), links);
        CliTest.Run run = CliTest.run("--format", "jsonl", links.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
        assertTrue(run.out().contains("a.txt"), run.out());
    }

    @Test
    void sizes() {
        SizeConverter sizes = new SizeConverter();
        assertEquals(5L * 1024 * 1024, sizes.convert("5MB"));
        assertEquals(512L * 1024, sizes.convert("512 kb"));
        assertEquals(1536L * 1024, sizes.convert("1.5M"));
        assertEquals(100_000L, sizes.convert("100000"));
    }

    @Test
    void anHttpArgumentIsFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/privacy", exchange -> {
            byte[] body = "<html><body><h1>Privacy</h1><p>We do not sell your personal data.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/privacy";
            CliTest.Run ok = CliTest.run("--format", "json", url);
            assertEquals(0, ok.code(), ok.err());
            assertTrue(ok.out().contains("\"path\" : \"" + url + "\"") || ok.out().contains("\"path\":\"" + url + "\""), ok.out());
            String missing = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone";
            CliTest.run(missing).assertOneLineError(missing + ": HTTP 404 Not Found");
        } finally {
            server.stop(0);
        }
    }
}
