package io.tributary.runtime;

import io.tributary.api.event.ChangeEvent;
import io.tributary.api.event.SchemaChange;
import io.tributary.api.source.SourceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * The source's side of the hand-off: events are gathered into groups on the source thread and put
 * into the dispatcher's bounded queue, which blocks the source when the pipeline is full.
 */
final class QueueingSourceContext implements SourceContext {
  static final int GROUP = 1024;
  private final String pipeline;
  private final BlockingQueue<Object> queue;
  private List<ChangeEvent> group = new ArrayList<>(GROUP);

  QueueingSourceContext(String pipeline, BlockingQueue<Object> queue) {
    this.pipeline = pipeline;
    this.queue = queue;
  }

  @Override
  public void emit(ChangeEvent event) throws InterruptedException {
    group.add(event);
    if (group.size() >= GROUP) {
      flush();
    }
  }

  @Override
  public void emit(SchemaChange change) throws InterruptedException {
    flush();
    queue.put(change);
  }

  @Override
  public void flush() throws InterruptedException {
    if (!group.isEmpty()) {
      int size = group.size();
      queue.put(group);
      // sized like the last group, so a source handing over small groups does not allocate 1,024 slots each time
      group = new ArrayList<>(Math.min(GROUP, Math.max(16, size + size / 4)));
    }
  }

  @Override
  public String pipelineName() {
    return pipeline;
  }
}
