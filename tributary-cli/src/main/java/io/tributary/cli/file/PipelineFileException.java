package io.tributary.cli.file;

import io.tributary.api.TributaryException;
import java.util.Comparator;
import java.util.List;

/**
 * A pipeline file has problems; all of them, in file order. The CLI prints {@link #lines()} and
 * exits with code 2.
 */
public final class PipelineFileException extends TributaryException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final transient List<Problem> problems;

  public PipelineFileException(String file, List<Problem> problems) {
    super(String.join(System.lineSeparator(), format(file, problems)));
    this.file = file;
    this.problems = sorted(problems);
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One {@code file:line:column: message} line per problem. */
  public List<String> lines() {
    return format(file, problems);
  }

  private static List<String> format(String file, List<Problem> problems) {
    return sorted(problems).stream().map(p -> p.format(file)).toList();
  }

  private static List<Problem> sorted(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a PipelineFileException needs at least one problem");
    }
    return problems.stream()
        .sorted(Comparator.comparing(Problem::position, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }
}
