package io.tributary.runtime.function;

import io.tributary.api.event.ChangeEvent;

/** An emitted event with its destination: {@code sink} null means every sink that takes its table. */
record Output(ChangeEvent event, String sink) {}
