/** Micro-batch folding: primary-key values as map keys, and the folder that keeps the last change per key. */
package io.tributary.runtime.batch;
