import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CliIO } from '../src/run.ts';

/** A fresh temporary directory holding `files` (path → content). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'budgetlint-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return root;
}

/**
 * The whole command run in this process, as from a terminal in `cwd` (no colour, no stdin):
 * what it printed on each stream and its exit code. `env` adds to NO_COLOR=1.
 */
export async function runInProcess(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: async () => new Uint8Array(),
  };
  // Loaded here, not at the top: most tests only want tempTree, and a test's vi.mock still applies.
  const { runCli } = await import('../src/run.ts');
  const code = await runCli(argv, io);
  return { code, stdout, stderr, errLines: stderr.split('\n').filter(Boolean) };
}

/** A draft whose 税收返还和转移支付 total does not match its three components (27.54 vs 22.09). */
export const BAD_TRANSFER = [
  '# 2025年某县财政预算说明',
  '',
  '## 一、转移支付',
  '',
  '本年度全县税收返还和转移支付收入合计27.54亿元，其中：返还性收入1.3亿元，一般性转移支付收入13.40亿元，专项转移支付收入7.39亿元。',
  '',
].join('\n');

/** Line and column of "27.54亿元" in BAD_TRANSFER. */
export const BAD_TRANSFER_POS = { line: 5, column: BAD_TRANSFER.split('\n')[4].indexOf('27.54') + 1 };

/** The same shape with components that add up. */
export const CLEAN_TRANSFER = [
  '# 2025年某县财政预算说明',
  '',
  '本年度全县税收返还和转移支付收入合计22.09亿元，其中：返还性收入1.3亿元，一般性转移支付收入13.40亿元，专项转移支付收入7.39亿元。',
  '',
].join('\n');
