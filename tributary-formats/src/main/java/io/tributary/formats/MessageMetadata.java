package io.tributary.formats;

/**
 * What a message says about where and when its change happened.
 *
 * @param commitMillis when the source committed the change, epoch ms: Canal {@code es}, Debezium
 *     {@code source.ts_ms}; 0 when absent
 * @param emitMillis when the message was built, epoch ms: Canal {@code ts}, Debezium {@code
 *     ts_ms}; 0 when absent
 * @param transactionId the source transaction: Canal {@code gtid}; Debezium {@code transaction.id},
 *     else {@code source.gtid}, else {@code source.txId}; null when absent or empty
 * @param position where the change is in the source: Debezium {@code source.tributary_position}
 *     (written by Tributary's encoder: the event's {@code SourcePosition.encode()} text), else the
 *     source block's locating fields as {@code key=value} pairs joined by commas in this order:
 *     {@code gtid, file, pos, row, lsn, txId} (e.g. {@code file=mysql-bin.000003,pos=154,row=0});
 *     null for Canal (its messages carry no position) and when nothing locates the change
 * @param snapshot whether the change was read by an initial copy (Debezium {@code op: r} or
 *     {@code source.snapshot} other than {@code false}); always false for Canal
 * @param batchId Canal's {@code id} (the Canal batch the message was built from); -1 when absent
 */
public record MessageMetadata(
    long commitMillis, long emitMillis, String transactionId, String position, boolean snapshot, long batchId) {}
