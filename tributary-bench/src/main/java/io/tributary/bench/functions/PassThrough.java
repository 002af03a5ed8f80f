package io.tributary.bench.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.function.FunctionContext;

/** Passes every event on: what hosting a function costs when the function costs nothing. */
public final class PassThrough implements ChangeFunction {
  @Override
  public void handle(ChangeEvent event, FunctionContext context) {
    context.emit(event);
  }
}
