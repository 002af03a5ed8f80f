/**
 * Runs one pipeline: a source thread, a dispatcher that hashes events into lanes per sink, lane
 * threads that fold micro-batches and commit them with their position, and the checkpoint that
 * turns all lanes' commits into the pipeline's resume point.
 */
package io.tributary.runtime;
