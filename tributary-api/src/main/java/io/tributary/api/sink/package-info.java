/** The sink SPI: write folded batches with their source position, exactly once. */
package io.tributary.api.sink;
