package org.aidx.analysis.trend;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A number format whose peak throughput Epoch AI records per chip (dense, as published by the
 * vendor). Tensor FP16/BF16 is the usual format of large training runs; INT8 is in OP/s.
 */
public enum Precision {
  FP64("fp64"),
  FP32("fp32"),
  TF32("tf32"),
  FP16("fp16"),
  TENSOR_FP16("tensor-fp16"),
  FP8("fp8"),
  FP4("fp4"),
  INT8("int8");

  private final String id;

  Precision(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Precision parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Precision p : values()) {
      if (p.id.equals(s) || (p == TENSOR_FP16 && s.equals("bf16"))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown precision '"
            + text
            + "': use one of "
            + Arrays.stream(values()).map(Precision::id).collect(Collectors.joining(", ")));
  }
}
