package io.tributary.formats.canal;

import io.tributary.formats.value.RawRow;
import java.util.List;
import java.util.Map;

/**
 * A Canal flat message as read, before interpretation: the fields Tributary uses, with absent
 * fields null (numbers -1 when absent). Filled by {@link CanalMessageReader}.
 */
final class CanalMessage {
  List<RawRow> data;
  List<RawRow> old;
  String database;
  String table;
  String type;
  Boolean isDdl;
  String sql;
  String gtid;
  long es = -1;
  long ts = -1;
  long id = -1;
  List<String> pkNames;
  /** Column name → MySQL type text, in message order; null when absent (Flink CDC's dialect). */
  Map<String, String> mysqlType;
  /** Byte offset of the {@code type} value, for errors about it. */
  long typeOffset = -1;

  /** Back to a message with no field read, for a scanner that reuses one message object. */
  void clear() {
    data = null;
    old = null;
    database = null;
    table = null;
    type = null;
    isDdl = null;
    sql = null;
    gtid = null;
    es = -1;
    ts = -1;
    id = -1;
    pkNames = null;
    mysqlType = null;
    typeOffset = -1;
  }
}
