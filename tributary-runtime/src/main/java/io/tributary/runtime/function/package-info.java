/**
 * User functions between the transforms and the sinks: loading Java functions in their own class
 * loaders, calling HTTP functions, running each between its minimum and maximum number of parallel
 * instances with per-key order, timeouts, retries and dead letters, and scaling the instances by
 * backlog.
 */
package io.tributary.runtime.function;
