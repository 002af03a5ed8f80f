/** Change events, schema changes and source positions. */
package io.tributary.api.event;
