/**
 * {@code tributary demo}'s pieces: an embedded PostgreSQL started from Maven-packaged binaries, the shop
 * schema and its live workload, the pipeline file the demo writes, and the report at the end.
 */
package io.tributary.cli.demo;
