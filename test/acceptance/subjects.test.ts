import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

// Issue 12: a message must say which total, change, balance or score it is about
// ("税收返还和转移支付合计27.54亿元…", not "合计27.54亿元…"): a drafter reading the list
// of findings should know where to look without opening the document.
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cli = resolve(root, 'packages/cli/bin/budgetlint.js');
const seeds = resolve(root, '../shared/seeds');

// Openings that name no subject: the figure's measure or the rule's own words come first.
const GENERIC = /^(?:合计|分项|得分|所述数量为|标题序号|按|但|比上年|本期|上年|增加|减少|余额)/;

function messages(paths: string[]): Array<{ file: string; ruleId: string; message: string }> {
  const r = spawnSync(process.execPath, [cli, '--format', 'json', ...paths], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  const out = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; severity: number }> }>;
  return out.flatMap((f) => f.messages.filter((m) => m.ruleId).map((m) => ({ file: f.filePath, ruleId: m.ruleId, message: m.message })));
}

function unnamed(list: ReturnType<typeof messages>) {
  return list.filter(({ message }) => {
    // What stands before the first figure (years and quotation marks aside): the subject, if any.
    const lead = /^[^0-9０-９]*/.exec(message.replace(/[0-9０-９]{4}年(?:度|末|初|底)?|[“”"]/g, ''))![0];
    return GENERIC.test(message) || (lead.match(/[\u4e00-\u9fff]/g) ?? []).length < 2;
  });
}

describe('every finding names its subject', () => {
  it('on the example drafts', () => {
    const list = messages([resolve(root, 'examples')]);
    expect(list.length).toBeGreaterThan(20);
    expect(unnamed(list)).toEqual([]);
  });

  it.skipIf(!existsSync(seeds))('on the seed disclosures', () => {
    const list = messages([seeds]);
    expect(list.length).toBeGreaterThan(4);
    expect(unnamed(list)).toEqual([]);
  });

  it('the check itself tells a named message from an unnamed one', () => {
    const named = { file: 'x', ruleId: 'sum-mismatch', message: '税收返还和转移支付合计27.54亿元，但分项之和为22.09亿元' };
    const bare = { file: 'x', ruleId: 'sum-mismatch', message: '合计27.54亿元，但分项之和为22.09亿元' };
    const scoreOnly = { file: 'x', ruleId: 'grade-score-mismatch', message: '得分92分应为“优”' };
    expect(unnamed([named, bare, scoreOnly])).toEqual([bare, scoreOnly]);
  });
});
