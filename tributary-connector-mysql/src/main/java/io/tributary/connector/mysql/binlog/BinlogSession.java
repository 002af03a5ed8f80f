package io.tributary.connector.mysql.binlog;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import io.tributary.api.RetriableException;
import io.tributary.api.TributaryException;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * One connection of the binlog client: receives its events (on the thread that called {@code
 * connect}) and hands them to the handler, and records why the connection ended. The client
 * swallows exceptions thrown by listeners and skips events it cannot decode, so both are caught here
 * and end the connection instead, to be reported by the reader.
 */
final class BinlogSession implements BinaryLogClient.EventListener, BinaryLogClient.LifecycleListener {
  private final BinaryLogClient client;
  private final BinlogEventHandler handler;
  private final BooleanSupplier stopRequested;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile boolean handling;
  private volatile boolean connected;
  private Exception lost;
  private RuntimeException fatal;
  private InterruptedException interrupted;
  private RetriableException retriable;
  private long events;

  BinlogSession(BinaryLogClient client, BinlogEventHandler handler, BooleanSupplier stopRequested) {
    this.client = client;
    this.handler = handler;
    this.stopRequested = stopRequested;
    client.registerEventListener(this);
    client.registerLifecycleListener(this);
  }

  @Override
  public void onEvent(Event event) {
    if (fatal != null || interrupted != null) {
      return;
    }
    if (stopRequested.getAsBoolean()) {
      disconnect();
      return;
    }
    handling = true;
    try {
      handler.handle(event, (EventHeaderV4) event.getHeader());
      events++;
    } catch (InterruptedException e) {
      interrupted = e;
      disconnect();
    } catch (RetriableException e) {
      retriable = e;
      disconnect();
    } catch (RuntimeException e) {
      fatal = e;
      disconnect();
    } finally {
      handling = false;
      lastActivityNanos = System.nanoTime();
    }
  }

  @Override
  public void onConnect(BinaryLogClient binaryLogClient) {
    connected = true;
    lastActivityNanos = System.nanoTime();
    if (stopRequested.getAsBoolean()) {
      disconnect();
    }
  }

  @Override
  public void onCommunicationFailure(BinaryLogClient binaryLogClient, Exception e) {
    lost = e;
  }

  @Override
  public void onEventDeserializationFailure(BinaryLogClient binaryLogClient, Exception e) {
    fatal =
        new TributaryException(
            "cannot decode the binlog event after " + handler.cursor().resumePoint() + ": " + e.getMessage()
                + ". The event is not skipped; if the server's binlog is intact this is a bug in the reader.", e);
    disconnect();
  }

  @Override
  public void onDisconnect(BinaryLogClient binaryLogClient) {
    connected = false;
  }

  /**
   * Whether the connection has been silent for longer than {@code limitNanos} (no event, no
   * heartbeat) while not busy handing an event to the pipeline.
   */
  boolean silentFor(long limitNanos) {
    return connected && !handling && System.nanoTime() - lastActivityNanos > limitNanos;
  }

  void disconnect() {
    try {
      client.disconnect();
    } catch (IOException e) {
      // the connection is going away either way
    }
  }

  /** Records a failure of {@code connect} itself. */
  void connectFailed(Exception e) {
    lost = e;
  }

  /** Events handled on this connection. */
  long events() {
    return events;
  }

  /**
   * Why the connection ended, when it was not asked to: a network or server error, a transient
   * fault of the handler (e.g. information_schema unreachable), or null.
   */
  Exception lostBecause() {
    return retriable != null ? retriable : lost;
  }

  /** Throws what must end the stream: the handler's failure, or an interrupt. */
  void rethrowFatal() throws InterruptedException {
    if (interrupted != null) {
      throw interrupted;
    }
    if (fatal != null) {
      throw fatal;
    }
  }
}
