/**
 * Example user functions, written to be copied: {@link io.tributary.examples.functions.Enrich}
 * changes events (adds a column), {@link io.tributary.examples.functions.BigOrderAlert} acts on
 * them (calls a web hook) and passes them on.
 *
 * <p>The module builds one JAR holding both functions and the Jackson library {@code BigOrderAlert}
 * uses; the runtime loads it in a class loader of its own that shares only {@code
 * io.tributary.api.*} and {@code org.slf4j.*} with the engine, so a function may bring any library
 * version it likes.
 */
package io.tributary.examples.functions;
