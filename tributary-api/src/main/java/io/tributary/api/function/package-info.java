/**
 * User functions: code a pipeline hosts between its transforms and its sinks ({@link
 * io.tributary.api.function.ChangeFunction}), with what the runtime gives each call ({@link
 * io.tributary.api.function.FunctionContext}).
 */
package io.tributary.api.function;
