import { join } from 'node:path';
import { lint } from '@budgetlint/core';
import { rules } from '@budgetlint/rules';
import { toJsonMessage } from '../../src/messages.ts';
import type { FileResult, FormatContext } from '../../src/types.ts';

export const CWD = '/work/repo';

/** The sum-mismatch draft: 31.62 ≠ 2.4 + 13.4 + 10.2. */
export const SUM_DRAFT = [
  '# 2025年某市财政预算说明',
  '',
  '## 一、转移支付',
  '',
  '2025年，全市税收返还和转移支付31.62亿元，比上年增长5%。其中：',
  '',
  '（1）返还性收入2.4亿元；',
  '',
  '（2）一般性转移支付13.4亿元；',
  '',
  '（3）专项转移支付10.2亿元。',
  '',
].join('\n');

/** Lints `text` the way the CLI does and wraps it as the FileResult formatters receive. */
export function fileResult(rel: string, text: string, opts: { kind?: FileResult['kind']; encoding?: string } = {}): FileResult {
  const filePath = join(CWD, rel);
  const kind = opts.kind ?? (/\.(md|markdown)$/.test(rel) ? 'markdown' : 'text');
  const format = kind === 'markdown' ? 'markdown' : 'text';
  const result = lint(text, { filePath, format, rules });
  const messages = result.findings.map((f) => toJsonMessage(f, result.lines));
  return {
    filePath,
    source: text,
    kind,
    encoding: opts.encoding ?? 'utf-8',
    result,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
  };
}

export const ctx: FormatContext = {
  cwd: CWD,
  color: false,
  rules: rules.map((r) => ({ id: r.id, title: r.title, description: r.description, docsUrl: r.docsUrl, defaultSeverity: r.defaultSeverity, family: r.family })),
};
