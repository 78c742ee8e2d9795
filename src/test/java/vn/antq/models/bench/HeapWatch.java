package vn.antq.models.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap over a run, measured two ways: the most it held at one moment (sampled every 100 ms, so
 * bounded by {@code -Xmx}), and the most that survived a collection (the live data, what the run
 * really needs). The sum of each pool's own peak, the figure used before, adds peaks of eden and the
 * old generation that never coexist.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final ScheduledExecutorService sampler;

    HeapWatch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                            .filter(e -> heapPools.contains(e.getKey()))
                                            .mapToLong(e -> e.getValue().getUsed())
                                            .sum();
                                    maxAfterGc.accumulateAndGet(after, Math::max);
                                }
                            },
                            null,
                            null);
        }
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-watch");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(
                () -> maxUsed.accumulateAndGet(
                        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
                0,
                100,
                TimeUnit.MILLISECONDS);
    }

    long maxUsedMb() {
        return maxUsed.get() / (1024 * 1024);
    }

    long maxLiveMb() {
        return maxAfterGc.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
