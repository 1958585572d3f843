package checkpolicy.ingest;

import checkpolicy.ingest.IngestException.Kind;
import checkpolicy.ingest.internal.LimitedBody;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a live policy page over HTTP(S) and reads it with a {@link PolicyReader}. Bounded in
 * every way a remote server could stall or flood a batch run: one time limit for the whole
 * exchange, the reader's size limit (checked while the body streams), and at most
 * {@value #DEFAULT_MAX_REDIRECTS} redirects. Each failure is one {@link IngestException} line.
 */
public final class PolicyFetcher {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_REDIRECTS = 5;

    private final PolicyReader reader;
    private final Duration timeout;
    private final int maxRedirects;
    private final HttpClient client;

    public PolicyFetcher(PolicyReader reader) {
        this(reader, DEFAULT_TIMEOUT, DEFAULT_MAX_REDIRECTS);
    }

    public PolicyFetcher(PolicyReader reader, Duration timeout, int maxRedirects) {
        this.reader = reader;
        this.timeout = timeout;
        this.maxRedirects = maxRedirects;
        // Redirects are followed here, not by the client, so that they are counted and each hop is checked.
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether an argument names a web page rather than a file. */
    public static boolean isUrl(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Fetches {@code url} and reads it; the document's path is the URL as given. */
    public PolicyDocument fetch(String url) throws IngestException {
        URI uri = parse(url, url);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = exchange(url, uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                if (hop >= maxRedirects) {
                    throw new IngestException(Kind.NETWORK, url + ": more than " + maxRedirects + " redirects");
                }
                String location = response.headers().firstValue("location").orElseThrow(() ->
                        new IngestException(Kind.HTTP_STATUS, url + ": HTTP " + status + " redirect without a Location"));
                uri = parse(url, uri.resolve(location.strip()).toString());
                continue;
            }
            if (status != 200) {
                throw new IngestException(Kind.HTTP_STATUS, url + ": HTTP " + status + reason(status));
            }
            String format = format(url, response.headers().firstValue("content-type"));
            return reader.read(url, response.body(), format);
        }
    }

    private HttpResponse<byte[]> exchange(String url, URI uri, long deadline) throws IngestException {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw timedOut(url);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left))
                .header("User-Agent", "checkpolicy (privacy-policy checker)")
                .header("Accept", "text/html, text/plain, text/markdown, application/pdf;q=0.9, */*;q=0.1")
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> LimitedBody.subscriber(info, reader.maxBytes()));
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(Kind.NETWORK, url + ": interrupted");
        } catch (ExecutionException e) {
            throw describe(url, uri, e.getCause());
        }
    }

    /** The one-line error for a failed exchange. */
    IngestException describe(String url, URI uri, Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new IngestException(Kind.NETWORK, url + ": cannot resolve host " + uri.getHost());
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof LimitedBody.TooLargeException) {
                return new IngestException(Kind.TOO_LARGE, url + " is larger than the " + PolicyReader.size(reader.maxBytes()) + " limit");
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) return timedOut(url);
            if (t instanceof ConnectException) {
                return new IngestException(Kind.NETWORK, url + ": connection refused by " + hostAndPort(uri));
            }
        }
        String message = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        if (cause instanceof IOException && message.contains("closed")) message = "the server closed the connection";
        return new IngestException(Kind.NETWORK, url + ": cannot fetch (" + message.replaceAll("\\s+", " ").strip() + ")");
    }

    private IngestException timedOut(String url) {
        return new IngestException(Kind.NETWORK, url + ": no complete answer within " + timeout.toSeconds()
                + (timeout.toSeconds() == 0 ? "." + timeout.toMillis() : "") + " s");
    }

    /** The format the Content-Type names, null to sniff it (no type given), or an error for others. */
    private static String format(String url, Optional<String> contentType) throws IngestException {
        if (contentType.isEmpty()) return null;
        String type = contentType.get().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/plain" -> "text";
            case "text/markdown", "text/x-markdown" -> "markdown";
            case "application/pdf" -> "pdf";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "docx";
            case "" -> null;
            default -> throw new IngestException(Kind.UNSUPPORTED_TYPE, url + ": unsupported content type " + type
                    + " (expected text/html, text/plain, text/markdown or application/pdf)");
        };
    }

    private static URI parse(String url, String candidate) throws IngestException {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IngestException(Kind.NETWORK, url + ": not an http(s) address: " + candidate);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new IngestException(Kind.NETWORK, url + ": not a valid address (" + e.getReason() + ")");
        }
    }

    private static String hostAndPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return uri.getHost() + ":" + port;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
