// Loaded with `node --require` into every process the bench times (budgetlint and textlint alike):
// at exit it writes the process's peak RSS and CPU time to $BENCH_STATS_FILE. Worker threads share
// the process, so their memory and CPU are counted too.
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_STATS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
