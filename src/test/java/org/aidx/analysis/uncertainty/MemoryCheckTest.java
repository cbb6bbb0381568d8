package org.aidx.analysis.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.aidx.model.InputException;
import org.junit.jupiter.api.Test;

/** The Monte Carlo run checks its memory before allocating a single table. */
class MemoryCheckTest {
  @Test
  void kept_ranks_beyond_one_array_are_refused_with_the_largest_run_count() {
    // --replications keeps 2,000,000 runs × 2,000 economies = 4·10⁹ ranks, more than one int[]
    InputException e =
        assertThrows(InputException.class, () -> Runner.checkMemory(2_000_000, 2_000, 1, 0, true));
    assertThat(e.getMessage()).contains("exceeds").contains("at most 1073741");
  }

  @Test
  void without_kept_ranks_the_memory_does_not_grow_with_runs() {
    // the same 4·10⁹ replication-economies fit: scores beyond the pilot go to fixed bins
    Runner.checkMemory(2_000_000, 2_000, 1, 0, false);
    Runner.checkMemory(Integer.MAX_VALUE, 200, 2, 0, false);
  }

  @Test
  void rank_histograms_beyond_the_heap_name_the_memory_needed() {
    // one thread's histogram for 40,000 economies: 40,000 × 80,002 × 4 bytes ≈ 11.9 GB
    InputException e =
        assertThrows(InputException.class, () -> Runner.checkMemory(10, 40_000, 1, 0, false));
    assertThat(e.getMessage()).contains("needs about").contains("GB of memory").contains("-Xmx");
  }

  @Test
  void a_run_that_fits_passes() {
    Runner.checkMemory(2_000, 20, 2, 6, true);
  }
}
