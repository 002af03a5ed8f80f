/**
 * Test support owned by the testkit: throwaway database processes ({@link io.tributary.testkit.MariaDbServer},
 * {@link io.tributary.testkit.PostgresServer}) started from the binaries installed on the machine, each in its
 * own temporary data directory on a free port, and {@link io.tributary.testkit.TableDump}, which reads whole
 * tables into canonical text rows so a source table can be compared with its replica in any target database.
 *
 * <p>Nothing here is used in production code; the classes are meant for {@code *IT} tests and benchmarks.
 */
package io.tributary.testkit;
