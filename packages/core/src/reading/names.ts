import { LintMemo } from '../engine/memo.ts';

/**
 * Subjects as the text names them vary in what surrounds the name: a year, a
 * place, quotes, 本年/全年, the word for a total. Two names are the same
 * subject when what is left of them is the same, or one is the other with a
 * qualifier in front (一般公共预算财政拨款支出 / 财政拨款支出 is not: both
 * must be long enough that containment means something).
 */
export function normalSubject(s: string): string {
  let n = normalized.get(s);
  if (n === undefined) {
    n = normalize(s);
    normalized.set(s, n);
  }
  return n;
}

// Seven patterns per call, and every sum, change-sum and fact compares names pairwise, again
// on every keystroke in the editor: each name is normalised once while it is in use.
const normalized = new LintMemo<string>('subject names', 16384);

function normalize(s: string): string {
  return s
    .replace(/[\s\u3000“”"‘’'《》]/g, '')
    .replace(/[（(](?:类|款|项)[）)]/g, '')
    .replace(/^(?:[0-9０-９]{4}年度?|与上年相比|与年初相比|同比|全年|本年|当年|本年度)+/, '')
    .replace(/^(?:全(?:省|市|区|县|镇|乡)|本级|区级|市级|县级|镇级|乡级|我(?:省|市|区|县|镇|乡)|本部门|本单位)+/, '')
    .replace(/^(?:[0-9０-９]{4}年度?)+/, '')
    .replace(/(?:合计|总计|总额|共计|总数)$/, '')
    .replace(/的$/, '');
}

const MEASURE_WORDS = ['收入', '支出', '经费', '费用', '资金'];

/**
 * What two names must share to be the same subject: sameSubject(a, b) implies
 * subjectCore(a) === subjectCore(b) (names.test.ts checks it), so a lookup by core finds every
 * candidate sameSubject could accept without comparing each pair.
 */
export function subjectCore(s: string): string {
  let core = normalSubject(s);
  // Every trailing measure word, one at a time (a loop: a repeated group before $ is retried from each position).
  for (let cut = true; cut; ) {
    cut = false;
    for (const w of MEASURE_WORDS) {
      if (core.endsWith(w)) {
        core = core.slice(0, -w.length);
        cut = true;
      }
    }
  }
  return core;
}

/** Same subject: equal once normalised, or one ends with the other (一般性转移支付收入 / 一般性转移支付). */
export function sameSubject(a: string, b: string): boolean {
  const x = normalSubject(a);
  const y = normalSubject(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2) return false;
  // 一般性转移支付 / 一般性转移支付收入: the same thing with or without its 收入/支出.
  const trimmed = long.replace(/(?:收入|支出|经费|费用|资金)$/, '');
  return trimmed === short || long === short.replace(/(?:收入|支出|经费|费用|资金)$/, '');
}
