package io.tributary.bench;

/**
 * One measured figure, in the shape of {@code target/bench/results.json}: null where a column does
 * not apply.
 *
 * @param figure e.g. {@code capture.mysql}
 * @param unit e.g. {@code events/s}
 * @param tributary Tributary's figure
 * @param peer the peer's figure (Debezium; Jackson for the message formats), or null
 * @param limit what the machine can do at all for this work (e.g. the raw binlog parser), or null
 */
record Figure(String figure, String unit, Double tributary, Double peer, Double limit) {

  Double ratio() {
    return tributary == null || peer == null || peer == 0 ? null : tributary / peer;
  }

  Double fractionOfLimit() {
    return tributary == null || limit == null || limit == 0 ? null : tributary / limit;
  }
}
