/**
 * {@code tributary bench}: generated workloads on throwaway servers, Tributary measured against
 * what the machine can do at all (a plain scan, the bare binlog parser) in the same run, printed as
 * a table and written to {@code target/bench/results.json}. Never timed unit tests: figures come
 * from this command only.
 */
package io.tributary.bench;
