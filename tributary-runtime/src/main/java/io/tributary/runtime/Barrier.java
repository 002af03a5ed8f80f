package io.tributary.runtime;

import io.tributary.api.event.SourcePosition;

/**
 * A checkpoint marker sent down every lane of every sink: a lane that meets it commits what it
 * holds together with {@code position} and acknowledges it.
 */
record Barrier(long id, SourcePosition position) {}
