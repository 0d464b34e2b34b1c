// An editor lints every version of a draft, and its memos keep block readings (their labels, titles and
// words) across lints. Those strings are cut from the blocks' texts; had the texts been windows on the
// document's source, every kept reading would hold its whole version of the draft (a 200 KB draft edited
// 600 times held 308 versions, 51 MB). Measured as V8's large-object space after a full collection, which
// every version's source (over 128 KB) lands in. Held sources grow with the versions linted (some 150 KB
// each here, 13 MB over 90 versions). The memos' own tables also live there and step up once, by 3 or 4 MB,
// somewhere between the 40th and the 80th version as they rehash (which version, and by how much, moves with
// any change of what the readers allocate): so the space is read once the step is behind, as the least of
// three readings after 80 to 90 versions, and again after 170 to 180. Between the two it must stay flat,
// within 3 MB: every version held would add 13.
import { setFlagsFromString, getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../../rules/index.ts';
import { clearMemos } from './memo.ts';
import { lint } from './lint.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const largeObjects = () => {
  gc();
  gc();
  return getHeapSpaceStatistics().find((s) => s.space_name === 'large_object_space')!.space_used_size;
};

/** A draft of some 200 KB: numbered sections whose sentences differ in every figure. */
function draft(): string[] {
  const lines = ['# 2025年某区部门预算公开说明', ''];
  for (let i = 1; i <= 600; i++) {
    const base = 1000 + ((i * 37) % 900);
    const parts = [base - 400 - (i % 7), 400 + (i % 7)];
    lines.push(
      `## ${i}、第${i}项支出预算情况`,
      '',
      `第${i}项一般公共预算财政拨款支出${base}.${i % 10}0万元，比上年预算数增加${20 + (i % 30)}.50万元，增长${(1 + (i % 9) / 10).toFixed(1)}%，其中：基本支出${parts[0]}.${i % 10}0万元，项目支出${parts[1]}.00万元，主要用于保障机关正常运转和重点项目实施。`,
      '',
    );
  }
  return lines;
}

describe('what an editor session keeps of earlier versions', () => {
  for (const filePath of ['草稿.md', '草稿.txt']) {
    it(`keeps no earlier version's source alive (${filePath})`, () => {
      clearMemos();
      const lines = draft();
      const figures: Array<[number, number]> = [];
      lines.forEach((l, n) => {
        for (const m of l.matchAll(/\d(?=[万亿]?元)/g)) figures.push([n, m.index!]);
      });
      const early: number[] = [];
      const late: number[] = [];
      for (let v = 1; v <= 180; v++) {
        // One digit of one figure changed, as a keystroke does.
        const [n, at] = figures[(v * 7919) % figures.length];
        lines[n] = lines[n].slice(0, at) + String(v % 10) + lines[n].slice(at + 1);
        lint(lines.join('\n'), { filePath, rules });
        if (v >= 80 && v <= 90 && v % 5 === 0) early.push(largeObjects());
        if (v >= 170 && v % 5 === 0) late.push(largeObjects());
      }
      expect(Math.min(...late) - Math.min(...early)).toBeLessThanOrEqual(3 * 1024 * 1024);
    }, 300_000);
  }
});
