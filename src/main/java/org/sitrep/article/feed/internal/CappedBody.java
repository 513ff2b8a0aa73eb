package org.sitrep.article.feed.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import org.sitrep.article.feed.FetchException;

/**
 * Collects a response body, cancelling the download as soon as it grows past a limit, or at once when the
 * answer was refused from its headers. Callbacks arrive one at a time, as {@link Flow} promises.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final Supplier<FetchException> tooLarge;
    private final FetchException refusal;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private CappedBody(long maxBytes, Supplier<FetchException> tooLarge, FetchException refusal) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.refusal = refusal;
    }

    /**
     * @param maxBytes largest body accepted, in bytes
     * @param tooLarge the failure for a larger body
     * @return a subscriber that collects at most {@code maxBytes}
     */
    static CappedBody limitedTo(long maxBytes, Supplier<FetchException> tooLarge) {
        return new CappedBody(maxBytes, tooLarge, null);
    }

    /**
     * @param refusal why the answer is not wanted
     * @return a subscriber that reads nothing and fails with the refusal
     */
    static CappedBody refusing(FetchException refusal) {
        return new CappedBody(0, null, refusal);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (refusal != null) {
            s.cancel();
            result.completeExceptionally(refusal);
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (out.size() + (long) buffer.remaining() > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(tooLarge.get());
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
