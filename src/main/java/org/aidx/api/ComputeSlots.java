package org.aidx.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Back-pressure for computations: at most {@code slots} run at once (by default one per core, since
 * a computation is CPU-bound), up to {@code queue} more wait their turn in arrival order, and a
 * request past that bound is refused at once with {@link Saturated} (HTTP 503 with {@code
 * Retry-After}) instead of waiting without end or timing out.
 *
 * <p>Example: with 2 slots and a queue of 3, five requests arriving together give two running,
 * three waiting; a sixth is refused; when one finishes the first waiting one starts.
 *
 * <p>Cheap reads (health, static files, cached answers) never come here, so they are never stuck
 * behind computations.
 */
final class ComputeSlots {
  private final int slots;
  private final int queue;
  private final Semaphore running;
  private final AtomicInteger admitted = new AtomicInteger();

  /** Mean duration of a computation, nanoseconds, smoothed (weight 1/8 on the newest). */
  private final AtomicLong meanNanos = new AtomicLong(10_000_000);

  ComputeSlots(int slots, int queue) {
    if (slots < 1 || queue < 0) {
      throw new IllegalArgumentException(
          "compute slots must be at least 1 and the queue at least 0, got "
              + slots
              + " and "
              + queue);
    }
    this.slots = slots;
    this.queue = queue;
    this.running = new Semaphore(slots, true);
  }

  int slots() {
    return slots;
  }

  int queue() {
    return queue;
  }

  /** Requests running or waiting now. */
  int admitted() {
    return admitted.get();
  }

  /**
   * Runs {@code work} in a slot, waiting in the queue if all are taken.
   *
   * @throws Saturated at once when the slots and the queue are all taken
   */
  <T> T run(Supplier<T> work) {
    if (admitted.incrementAndGet() > slots + queue) {
      admitted.decrementAndGet();
      throw new Saturated(
          "the server is busy: "
              + slots
              + " computation(s) are running and "
              + queue
              + " waiting, the most it queues",
          retryAfterSeconds());
    }
    try {
      running.acquireUninterruptibly();
      long t0 = System.nanoTime();
      try {
        return work.get();
      } finally {
        running.release();
        long dt = System.nanoTime() - t0;
        meanNanos.getAndUpdate(m -> m + (dt - m) / 8);
      }
    } finally {
      admitted.decrementAndGet();
    }
  }

  /**
   * When a full queue will have drained: queue × mean duration / slots, in whole seconds, from 1 to
   * 60.
   */
  long retryAfterSeconds() {
    double s = (double) (slots + queue) * meanNanos.get() / slots / 1e9;
    return Math.max(1, Math.min(60, (long) Math.ceil(s)));
  }

  /** All slots and the queue are taken: HTTP 503 with {@code Retry-After}. */
  static final class Saturated extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    Saturated(String message, long retryAfterSeconds) {
      super(message, null, false, false);
      this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
