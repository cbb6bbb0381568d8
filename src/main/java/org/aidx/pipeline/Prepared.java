package org.aidx.pipeline;

import java.util.List;
import org.aidx.model.Observation;
import org.aidx.pipeline.treat.Treatment;

/**
 * The data stage's outcome ({@link Pipeline#prepare}): the economies with data, the reference, and
 * per indicator and economy the observation used, the prepared value (after transform, denominator,
 * imputation and treatment) and the normalised value. Arrays are [indicator][economy], held
 * privately.
 */
public final class Prepared {
  final List<String> economies;
  final String reference;
  final int ref;
  final String[] eco;
  final Observation[][] used;
  final double[][] x;
  final boolean[][] imputed;
  final boolean[][] winsorised;
  final boolean[][] floored;
  final Treatment.Outcome[] outcomes;
  final double[][] norm;
  final List<RunNote> notes;

  Prepared(
      List<String> economies,
      String reference,
      int ref,
      String[] eco,
      Observation[][] used,
      double[][] x,
      boolean[][] imputed,
      boolean[][] winsorised,
      boolean[][] floored,
      Treatment.Outcome[] outcomes,
      double[][] norm,
      List<RunNote> notes) {
    this.economies = List.copyOf(economies);
    this.reference = reference;
    this.ref = ref;
    this.eco = eco;
    this.used = used;
    this.x = x;
    this.imputed = imputed;
    this.winsorised = winsorised;
    this.floored = floored;
    this.outcomes = outcomes;
    this.norm = norm;
    this.notes = List.copyOf(notes);
  }

  /** The economies with a value for some indicator, in dataset order. */
  public List<String> economies() {
    return economies;
  }

  /** The normalised value of indicator i (tree order) for economy e; NaN where missing. */
  public double normalised(int i, int e) {
    return norm[i][e];
  }

  /** The same data without indicator i (tree order), for a framework that leaves it out. */
  public Prepared withoutIndicator(int i) {
    return new Prepared(
        economies,
        reference,
        ref,
        eco,
        drop(used, i, new Observation[used.length - 1][]),
        drop(x, i, new double[x.length - 1][]),
        drop(imputed, i, new boolean[imputed.length - 1][]),
        drop(winsorised, i, new boolean[winsorised.length - 1][]),
        drop(floored, i, new boolean[floored.length - 1][]),
        drop(outcomes, i, new Treatment.Outcome[outcomes.length - 1]),
        drop(norm, i, new double[norm.length - 1][]),
        notes);
  }

  private static <T> T[] drop(T[] rows, int i, T[] out) {
    System.arraycopy(rows, 0, out, 0, i);
    System.arraycopy(rows, i + 1, out, i, rows.length - i - 1);
    return out;
  }
}
