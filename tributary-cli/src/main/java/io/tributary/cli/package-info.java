/**
 * The {@code tributary} command: {@code run}, {@code validate}, {@code reference} and {@code
 * version}, how their failures become messages and exit codes, signal handling for a clean stop,
 * and the pipeline-file reference generated from the option declarations. Pipeline files
 * themselves are read and checked in {@link io.tributary.cli.file}.
 */
package io.tributary.cli;
