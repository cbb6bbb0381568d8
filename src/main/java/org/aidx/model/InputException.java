package org.aidx.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * User input is wrong. Carries every problem found, so that one run reports them all. The CLI maps
 * it to exit code 2; programmer errors stay {@link IllegalArgumentException}.
 */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InputException(String where, String what, String fix) {
    this(List.of(new Problem(where, what, fix)));
  }

  public List<Problem> problems() {
    return problems;
  }
}
