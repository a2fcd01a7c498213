// Loaded into the server by the bench (`node --require`), never shipped: on
// SIGUSR2 it writes to stderr how many bytes the server's heap has allocated
// since the previous signal (growth of the heap plus everything the garbage
// collector freed in between), so the bench can report allocations per edit.
// Every JavaScript thread (the main thread and each analysis worker, which load
// it too) says its Linux thread id, so the bench can tell their CPU time from
// that of V8's own threads (optimising compiler, garbage collector).
const v8 = require('node:v8');
const { readlinkSync } = require('node:fs');

try {
  process.stderr.write(`\nWP_BENCH_THREAD ${readlinkSync('/proc/thread-self').split('/').pop()}\n`);
} catch {
  // Not Linux: the bench reports the server's CPU time as a whole.
}

let profiler = new v8.GCProfiler();
profiler.start();
let usedBefore = v8.getHeapStatistics().used_heap_size;

process.on('SIGUSR2', () => {
  const { statistics } = profiler.stop();
  const freed = statistics.reduce((sum, gc) => sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize), 0);
  const used = v8.getHeapStatistics().used_heap_size;
  process.stderr.write(`\nWP_BENCH_ALLOCATED ${used - usedBefore + freed}\n`);
  usedBefore = used;
  profiler = new v8.GCProfiler();
  profiler.start();
});
