/**
 * Tributary's public model and service-provider interfaces: what a change is ({@link
 * io.tributary.api.event.ChangeEvent}), what a table looks like ({@link
 * io.tributary.api.schema.TableSchema}), where a source is ({@link
 * io.tributary.api.event.SourcePosition}), and the contracts connectors implement ({@link
 * io.tributary.api.source.Source}, {@link io.tributary.api.sink.Sink}). Depends on the JDK and
 * slf4j only.
 */
package io.tributary.api;
