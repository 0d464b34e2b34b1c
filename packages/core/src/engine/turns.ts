import { lintSteps, type LintOptions, type LintResult } from './lint.ts';

/**
 * Lints in turns: between the lint's steps (engine/lint.ts's lintSteps) that have run for a few
 * milliseconds, waits for `pause()` — an editor host lets its pending messages in there — and
 * gives up, returning undefined, as soon as `stale()` says a newer version of the text has come.
 * A lint that finishes is the one lint() gives.
 */
export async function lintInTurns(
  source: string,
  options: LintOptions,
  stale: () => boolean,
  pause: () => Promise<void>,
  turnMs = 4,
): Promise<LintResult | undefined> {
  const steps = lintSteps(source, options);
  let since = performance.now();
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() - since < turnMs) continue;
      await pause();
      if (stale()) return undefined;
      since = performance.now();
    }
  } finally {
    // A lint given up part way closes its memo epoch (lintSteps' finally).
    steps.return(undefined as never);
  }
}
