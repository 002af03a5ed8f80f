/**
 * JMH micro-benchmarks of the message formats ({@code tributary-formats}): Canal-JSON and
 * Debezium-JSON encoding and decoding of narrow rows ({@link
 * io.tributary.bench.formats.NarrowRows}), single-threaded, each measured next to its peer —
 * Jackson's plain tree model on the same bytes ({@code ObjectMapper.readTree}) or on an equivalent
 * map ({@code ObjectMapper.writeValueAsBytes}) — and decoding next to its limit, Jackson's bare
 * tokenizer ({@link io.tributary.bench.formats.TokenizerBenchmark}). Run by {@code tributary bench
 * --suite formats} ({@link io.tributary.bench.FormatsBench}); the classes here are only what JMH's
 * annotation processor turns into benchmarks.
 */
package io.tributary.bench.formats;
