/** Change events, schema changes, source positions and the {@link io.tributary.api.event.Unchanged} column marker. */
package io.tributary.api.event;
