package io.tributary.bench.functions;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.function.ChangeFunction;
import io.tributary.api.function.FunctionContext;

/** Waits 1 ms per event, like a function calling a remote service, then passes the event on. */
public final class RemoteCall implements ChangeFunction {
  @Override
  public void handle(ChangeEvent event, FunctionContext context) throws InterruptedException {
    Thread.sleep(1);
    context.emit(event);
  }
}
