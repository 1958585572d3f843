package checkpolicy.ingest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An HTTP body collected into memory that gives up as soon as it passes a size limit, so a
 * server streaming gigabytes costs at most the limit, not the whole stream.
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body (or its declared Content-Length) passed the limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException() {
            super("response body over the size limit");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private LimitedBody(long limit) {
        this.limit = limit;
    }

    /** A subscriber for this response; refuses at once when the declared length is already over the limit. */
    public static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long limit) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        LimitedBody body = new LimitedBody(limit);
        if (declared > limit) body.result.completeExceptionally(new TooLargeException());
        return body;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLargeException());
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
