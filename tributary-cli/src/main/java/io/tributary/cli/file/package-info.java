/**
 * Pipeline files: reads the YAML with every key's line and column, substitutes environment
 * variables, checks every block against the declared options of the runtime and of the connector
 * factories, and builds the {@link io.tributary.runtime.PipelineDefinition}. Every problem found is
 * reported together, each as {@code file:line:column: message}.
 */
package io.tributary.cli.file;
