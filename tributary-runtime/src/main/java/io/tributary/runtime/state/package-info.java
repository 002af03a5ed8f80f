/** The pipeline's state directory: its lock, checkpoint file and dead-letter store. */
package io.tributary.runtime.state;
