/**
 * The transform rules of a pipeline file: SQL projections and filters over a table's columns and
 * the change's metadata, parsed once and compiled per table shape into evaluators that map rows.
 */
package io.tributary.transform;
