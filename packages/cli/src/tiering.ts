// When V8 optimises a function. A run of the command is short and the linter's functions are
// large (a reader of every sentence shape, an extractor per fact family): with V8's budget
// (132 KB of bytecode executed before a function is queued for TurboFan) most of them are
// optimised during the first few documents, and compiling them cost more CPU than the optimised
// code saved: on 200 documents a background thread spent about 1.5 s of the run's 4 s of CPU
// in TurboFan. Six times the budget leaves that to the functions that stay hot (the figure
// reader, the interval arithmetic), and the other core free for the pool's second thread.
// Measured in `pnpm bench`; tiering.test.ts counts the optimisations.
/** Bytecode a function executes before V8 considers optimising it (V8's own: 132 KB). */
export const INTERRUPT_BUDGET = 800 * 1024;

// Regular expressions: V8 first compiles each one to bytecode and interprets it, then compiles it
// again to machine code once it has run (regexp tier-up). The reading runs several hundred
// expressions, most a handful of times per document, so a short run paid both compilations for
// each: one 8 KB draft's first lint spent about a third of its time there (50 ms against 33 ms
// with one compilation each; the steady rate over 200 drafts is the same either way).
/** The V8 flags this process should set: those node was not started with a say on. */
export function tieringFlags(execArgv: readonly string[]): string[] {
  const given = (name: string) => execArgv.some((a) => new RegExp(`^--(no-?)?${name.replace(/-/g, '[-_]')}(=|$)`).test(a));
  const flags: string[] = [];
  if (!given('interrupt-budget')) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  if (!given('regexp-tier-up')) flags.push('--no-regexp-tier-up');
  return flags;
}

/**
 * Sets the flags for this process (worker threads share them), called as the linter's bundle is
 * compiled: V8 reads the budget whenever it gives a function its budget and the tier-up flag
 * whenever it first compiles an expression, so setting them after start-up holds for every
 * function first run and every expression first matched after it. A run that lints nothing
 * (--version, a warm --cache) never loads node:v8. The flags are part of what V8's code cache is
 * checked against, so they are set before the bundle's cache is read, in every run alike.
 */
export async function applyTiering(execArgv: readonly string[] = process.execArgv): Promise<void> {
  const flags = tieringFlags(execArgv);
  if (flags.length === 0) return;
  const v8 = await import('node:v8');
  for (const flag of flags) v8.setFlagsFromString(flag);
}
