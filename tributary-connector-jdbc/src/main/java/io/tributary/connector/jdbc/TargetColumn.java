package io.tributary.connector.jdbc;

import java.util.Objects;

/**
 * One column of a table as the target database has it.
 *
 * @param name the column name as stored in the target's catalog
 * @param nullable whether the target accepts NULL in it
 * @param definition the target's type text (for MySQL also its character set and collation), used
 *     when the column must be redefined to accept NULL
 */
public record TargetColumn(String name, boolean nullable, String definition) {
  public TargetColumn {
    Objects.requireNonNull(name, "name");
  }
}
