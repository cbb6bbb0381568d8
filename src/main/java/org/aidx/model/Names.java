package org.aidx.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance. */
public final class Names {
  private Names() {}

  /**
   * " (did you mean 'x'?)" for the known name closest to {@code wanted} (see {@link #closest}), or
   * empty when none is close: the suffix of an "unknown name" message.
   */
  public static String didYouMean(String wanted, Collection<String> known) {
    return closest(wanted, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  /**
   * The known name closest to {@code wanted} by edit distance, if it is within a third of its
   * length (at least 2). Ties go to the name sharing the longest prefix with {@code wanted}, since
   * people mistype the end of a code more often than its start: "JAP" suggests JPN, not CAN.
   */
  public static Optional<String> closest(String wanted, Collection<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    String w = wanted.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(w, k.toLowerCase(Locale.ROOT));
      if (d < bestD || (d == bestD && prefix(w, k) > prefix(w, best))) {
        bestD = d;
        best = k;
      }
    }
    return best != null && bestD <= Math.max(2, wanted.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  private static int prefix(String wanted, String name) {
    String n = name.toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < wanted.length() && i < n.length() && wanted.charAt(i) == n.charAt(i)) {
      i++;
    }
    return i;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
