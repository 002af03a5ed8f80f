package io.tributary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class ChangeMixTest {

  @Test
  void theMixIsSixtyTwentyTwentyInTransactionsOfOneToAHundredRows() {
    ChangeMix mix = ChangeMix.plan(2_000_000);
    assertThat(mix.rows()).isEqualTo(2_000_000);
    assertThat(mix.transactions()).allSatisfy(t -> assertThat(t.rows()).isBetween(1, 100));
    assertThat(mix.rows(ChangeMix.Kind.UPDATE) / 2e6).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
    assertThat(mix.rows(ChangeMix.Kind.INSERT) / 2e6).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
    assertThat(mix.rows(ChangeMix.Kind.DELETE) / 2e6).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
    assertThat(mix.transactions().size()).isBetween(35_000, 45_000);
  }

  @Test
  void everyStatementChangesExactlyTheRowsItNames() {
    ChangeMix mix = ChangeMix.plan(50_000);
    BitSet live = new BitSet();
    live.set(1, (int) mix.prefilled() + 1);
    for (ChangeMix.Transaction t : mix.transactions()) {
      int from = (int) t.fromId();
      int to = (int) t.toId() + 1;
      switch (t.kind()) {
        case INSERT -> {
          assertThat(live.get(from, to).isEmpty()).as("inserted ids are new").isTrue();
          live.set(from, to);
        }
        case UPDATE -> assertThat(live.get(from, to).cardinality()).as("updated ids exist").isEqualTo(t.rows());
        case DELETE -> {
          assertThat(live.get(from, to).cardinality()).as("deleted ids exist").isEqualTo(t.rows());
          live.clear(from, to);
        }
      }
    }
  }

  @Test
  void thePlanIsTheSameEveryTime() {
    assertThat(ChangeMix.plan(10_000).transactions()).isEqualTo(ChangeMix.plan(10_000).transactions());
  }
}
