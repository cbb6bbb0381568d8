package org.aidx.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;

/**
 * Reads a request body, timing only the client. The clock runs while the server waits inside a read
 * for bytes the client has not sent yet; time the request spends anywhere else (waiting for a
 * worker, queued for a computation slot, computing) does not count. A body that arrived in one
 * write is read without waiting, however long it sat in the server before being read.
 *
 * <p>Two rules, both answered 408 ({@link Failure.Kind#TOO_SLOW}):
 *
 * <ul>
 *   <li><b>stalled</b>: no byte for the body timeout while the server waits (Jetty's idle timeout,
 *       which restarts each time the server starts waiting for bytes);
 *   <li><b>trickling</b>: beyond the first {@value #GRACE_MILLIS} ms of waiting, fewer than {@code
 *       minBytesPerSecond} bytes per second waited, while the body is incomplete. Example at 1024
 *       B/s: of a 1000-byte body, 100 bytes after 2.5 s of waiting are refused (the allowance is
 *       1024 × (2.5 − 2) = 512 bytes); 600 bytes go on; a complete 100-byte body always passes.
 * </ul>
 *
 * A client that closes the connection mid-body is {@link Failure.Kind#ABORTED}: one warning line,
 * nobody to answer.
 */
final class RequestBody {
  private RequestBody() {}

  /** Waiting allowed before the minimum rate applies, so small bodies on busy links pass. */
  static final long GRACE_MILLIS = 2000;

  /**
   * The body of a request, at most {@code maxBytes}.
   *
   * @param declared the Content-Length, or -1 when unknown (chunked)
   * @throws Failure when the client is too slow or goes away, or the body is too large
   */
  static byte[] read(InputStream in, long declared, long maxBytes, long minBytesPerSecond) {
    if (declared > maxBytes) {
      throw new Failure(Failure.Kind.TOO_LARGE, 0, declared, 0);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, 1 << 20)));
    byte[] buf = new byte[16 * 1024];
    long waited = 0;
    long received = 0;
    while (true) {
      long t0 = System.nanoTime();
      int n;
      try {
        n = in.read(buf);
      } catch (IOException e) {
        long w = waited + System.nanoTime() - t0;
        throw new Failure(
            timedOut(e) ? Failure.Kind.TOO_SLOW : Failure.Kind.ABORTED, received, declared, w);
      }
      waited += System.nanoTime() - t0;
      if (n < 0) {
        break;
      }
      received += n;
      if (received > maxBytes) {
        throw new Failure(Failure.Kind.TOO_LARGE, received, declared, waited);
      }
      out.write(buf, 0, n);
      long allowed = minBytesPerSecond * (waited / 1_000_000 - GRACE_MILLIS) / 1000;
      if (received < allowed && (declared < 0 || received < declared)) {
        throw new Failure(Failure.Kind.TOO_SLOW, received, declared, waited);
      }
    }
    if (declared >= 0 && received < declared) {
      throw new Failure(Failure.Kind.ABORTED, received, declared, waited);
    }
    return out.toByteArray();
  }

  /** Whether e (or a cause) is Jetty failing a read after its idle timeout. */
  static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || (t instanceof org.eclipse.jetty.http.BadMessageException b && b.getCode() == 408)) {
        return true;
      }
    }
    return false;
  }

  /** A body that could not be read, with how far it got. An expected condition: no stack trace. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    enum Kind {
      TOO_SLOW,
      ABORTED,
      TOO_LARGE
    }

    final Kind kind;
    final long received;
    final long declared;
    final long waitedNanos;

    Failure(Kind kind, long received, long declared, long waitedNanos) {
      super(kind + ": " + received + " of " + declared + " bytes", null, false, false);
      this.kind = kind;
      this.received = received;
      this.declared = declared;
      this.waitedNanos = waitedNanos;
    }

    /** E.g. "1 of 1000 bytes received". */
    String progress() {
      return received + (declared >= 0 ? " of " + declared : "") + " bytes received";
    }
  }
}
