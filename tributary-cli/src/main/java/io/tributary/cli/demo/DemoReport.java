package io.tributary.cli.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** The end of the demo: analytical queries on the DuckDB copy, and source-vs-target row counts and sums of ids. */
public final class DemoReport {
  private final DemoPostgres source;
  private final Path duckdb;
  private final PrintWriter out;

  public DemoReport(DemoPostgres source, Path duckdb, PrintWriter out) {
    this.source = source;
    this.duckdb = duckdb;
    this.out = out;
  }

  /** Prints the report; returns true when every table matches. */
  public boolean print() throws SQLException {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + duckdb.toAbsolutePath());
        Connection postgres = source.connect(DemoShop.DATABASE)) {
      query(duck, "Orders by status (DuckDB)",
          "SELECT status, count(*) AS orders, sum(amount) AS revenue FROM shop.orders GROUP BY status ORDER BY status");
      query(duck, "Revenue by country, top 5 (DuckDB, joined)",
          "SELECT c.country, count(*) AS orders, sum(o.amount) AS revenue FROM shop.orders o "
              + "JOIN shop.customers c ON c.id = o.customer_id GROUP BY c.country ORDER BY revenue DESC LIMIT 5");
      out.println("Source vs target:");
      out.printf(Locale.ROOT, "  %-10s %12s %12s  %s%n", "table", "PostgreSQL", "DuckDB", "");
      boolean all = true;
      for (String table : List.of("customers", "orders")) {
        long src = count(postgres, table);
        long dst = count(duck, table);
        // with the counts, sum(id) is a cheap check that the same keys are there
        boolean same = src == dst && sum(postgres, table).equals(sum(duck, table));
        all &= same;
        out.printf(Locale.ROOT, "  %-10s %,12d %,12d  %s%n", table, src, dst, same ? "match" : "DIFFERENT");
      }
      out.flush();
      return all;
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM shop." + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String sum(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT sum(id) FROM shop." + table)) {
      rs.next();
      return new java.math.BigDecimal(rs.getString(1)).toPlainString();
    }
  }

  private void query(Connection c, String title, String sql) throws SQLException {
    out.println(title + ":");
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      StringBuilder header = new StringBuilder("  ");
      for (int i = 1; i <= md.getColumnCount(); i++) {
        header.append(String.format(Locale.ROOT, "%-14s", md.getColumnLabel(i)));
      }
      out.println(header);
      while (rs.next()) {
        StringBuilder row = new StringBuilder("  ");
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.append(String.format(Locale.ROOT, "%-14s", rs.getString(i)));
        }
        out.println(row);
      }
    }
    out.println();
  }
}
