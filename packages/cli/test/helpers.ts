import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

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
