package io.steeldome.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    @Test
    void burstThenOnePerInterval() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket b = new TokenBucket(3, Duration.ofSeconds(10), now::get, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(b.tryAcquire("alice")).isZero();
        }
        assertThat(b.tryAcquire("alice")).isEqualTo(Duration.ofSeconds(10));
        assertThat(b.tryAcquire("bob")).isZero(); // keys are independent
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(b.tryAcquire("alice")).isEqualTo(Duration.ofSeconds(6));
        now.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(b.tryAcquire("alice")).isZero();
        assertThat(b.tryAcquire("alice")).isEqualTo(Duration.ofSeconds(10));
        now.addAndGet(Duration.ofHours(1).toNanos()); // refills only up to the burst
        for (int i = 0; i < 3; i++) {
            assertThat(b.tryAcquire("alice")).isZero();
        }
        assertThat(b.tryAcquire("alice")).isPositive();
    }
}
