package io.tributary.bench;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import io.tributary.testkit.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** What the machine can do at all, measured the same run: the peers' floors for each figure. */
final class Limits {
  private Limits() {}

  /** Rows/s of a plain streaming {@code SELECT *} read to nowhere over the same JDBC driver. */
  static double scanRowsPerSecond(MariaDbServer server, String table) throws Exception {
    try (Connection c = server.connect(MariaDbWorkload.DB); Statement s = c.createStatement()) {
      s.setFetchSize(10_000);
      long start = System.nanoTime();
      long rows = 0;
      try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= n; i++) {
            rs.getObject(i);
          }
          rows++;
        }
      }
      return rows / ((System.nanoTime() - start) / 1e9);
    }
  }

  /** Rows/s of the bare binlog client parsing the whole binlog from its start, no conversion. */
  static double rawBinlogRowsPerSecond(MariaDbServer server, String firstFile, long rows) throws Exception {
    BinaryLogClient client = new BinaryLogClient(server.host(), server.port(), server.user(), server.password());
    client.setServerId(7777);
    client.setBinlogFilename(firstFile);
    client.setBinlogPosition(4);
    AtomicLong seen = new AtomicLong();
    CountDownLatch done = new CountDownLatch(1);
    client.registerEventListener(event -> {
      EventData d = event.getData();
      int n = d instanceof WriteRowsEventData w ? w.getRows().size()
          : d instanceof UpdateRowsEventData u ? u.getRows().size()
          : d instanceof DeleteRowsEventData x ? x.getRows().size() : 0;
      if (n > 0 && seen.addAndGet(n) >= rows) {
        done.countDown();
      }
    });
    long start = System.nanoTime();
    client.connect(10_000);
    boolean finished = done.await(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    client.disconnect();
    return finished ? rows / seconds : Double.NaN;
  }
}
