package checkpolicy.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Live pages, against a server this test starts on 127.0.0.1 (never any other address). */
class PolicyFetcherTest {

    private static HttpServer server;
    private static java.util.concurrent.ExecutorService pool;
    private static String base;
    private final PolicyFetcher fetcher = new PolicyFetcher(new PolicyReader(64 * 1024), Duration.ofSeconds(2), 3);

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/policy.html", 200, "text/html; charset=utf-8",
                "<html><body><nav>Home | About</nav><h1>Privacy Policy</h1><p>We collect your e-mail address.</p></body></html>");
        serve("/policy.txt", 200, "text/plain", "Privacy Policy\n\nWe do not sell your data.");
        serve("/policy.md", 200, "text/markdown", "---\ntitle: x\n---\n# Privacy\n\nWe keep data for 30 days.");
        serve("/policy", 200, null, "<html><body><p>We use cookies.</p></body></html>");
        serve("/missing", 404, "text/html", "<p>not here</p>");
        serve("/broken", 500, "text/html", "<p>oops</p>");
        serve("/logo.png", 200, "image/png", "\u0089PNG");
        serve("/big.txt", 200, "text/plain", "We collect data. ".repeat(10_000));
        redirect("/old", "/policy.txt");
        redirect("/loop", "/loop");
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/pdf", exchange -> {
            try {
                byte[] pdf = PdfReadingTest.pdf(new String[] {"We share data with our partners."});
                exchange.getResponseHeaders().set("Content-Type", "application/pdf");
                exchange.sendResponseHeaders(200, pdf.length);
                exchange.getResponseBody().write(pdf);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        pool = java.util.concurrent.Executors.newCachedThreadPool();
        server.setExecutor(pool); // /slow must not hold up the rest
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private static void serve(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (type != null) exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private static void redirect(String path, String to) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
    }

    private IngestException refused(String path) {
        IngestException e = assertThrows(IngestException.class, () -> fetcher.fetch(base + path));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(base + path), e.getMessage());
        return e;
    }

    @Test
    void formatsFollowTheContentType() throws Exception {
        PolicyDocument html = fetcher.fetch(base + "/policy.html");
        assertEquals("html", html.format());
        assertEquals(base + "/policy.html", html.path());
        assertFalse(html.text().contains("Home"), "navigation is dropped");
        assertTrue(html.text().contains("We collect your e-mail address."));
        assertEquals("text", fetcher.fetch(base + "/policy.txt").format());
        PolicyDocument md = fetcher.fetch(base + "/policy.md");
        assertEquals("markdown", md.format());
        assertFalse(md.text().substring(md.blocks().get(0).start()).startsWith("title"), "front matter is skipped");
        assertEquals("html", fetcher.fetch(base + "/policy").format(), "no Content-Type: sniffed");
        assertEquals("pdf", fetcher.fetch(base + "/pdf").format());
    }

    @Test
    void redirectsAreFollowedButBounded() throws Exception {
        assertEquals("text", fetcher.fetch(base + "/old").format());
        assertEquals(base + "/loop: more than 3 redirects", refused("/loop").getMessage());
    }

    @Test
    void oneClearErrorPerFailure() throws Exception {
        assertEquals(base + "/missing: HTTP 404 Not Found", refused("/missing").getMessage());
        assertEquals(IngestException.Kind.HTTP_STATUS, refused("/broken").kind());
        assertEquals(base + "/broken: HTTP 500 Internal Server Error", refused("/broken").getMessage());
        assertEquals(base + "/logo.png: unsupported content type image/png (expected text/html, text/plain, "
                + "text/markdown or application/pdf)", refused("/logo.png").getMessage());
        assertEquals(base + "/big.txt is larger than the 64 KB limit", refused("/big.txt").getMessage());
        assertEquals(base + "/slow: no complete answer within 2 s", refused("/slow").getMessage());
    }

    @Test
    void refusedConnection() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/policy";
        IngestException e = assertThrows(IngestException.class, () -> fetcher.fetch(url));
        assertEquals(url + ": connection refused by 127.0.0.1:" + port, e.getMessage());
    }

    /** DNS is not queried from tests (it would leave this machine): the failure it raises is described. */
    @Test
    void unresolvableHostIsDescribed() {
        URI uri = URI.create("https://no-such-host.invalid/privacy");
        IngestException e = fetcher.describe(uri.toString(), uri, new java.net.ConnectException("x") {
            {
                initCause(new UnknownHostException("no-such-host.invalid"));
            }
        });
        assertEquals("https://no-such-host.invalid/privacy: cannot resolve host no-such-host.invalid", e.getMessage());
    }

    @Test
    void onlyHttpAddressesAreFetched() {
        assertTrue(PolicyFetcher.isUrl("HTTPS://example.com/privacy"));
        assertFalse(PolicyFetcher.isUrl("policy.html"));
        assertFalse(PolicyFetcher.isUrl("ftp://example.com/privacy"));
        IngestException e = assertThrows(IngestException.class, () -> fetcher.fetch("http://"));
        assertTrue(e.getMessage().startsWith("http://: not"), e.getMessage());
    }
}
