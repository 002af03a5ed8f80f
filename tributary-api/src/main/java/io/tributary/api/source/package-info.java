/** The source SPI: capture from a database into change events. */
package io.tributary.api.source;
