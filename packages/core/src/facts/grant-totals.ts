import type { ExtractContext, Sentence } from '../reading/context.ts';
import { clauseStartBefore } from '../reading/labels.ts';
import { asciiDigits } from '../document/digits.ts';
import type { Fact } from './facts.ts';

/**
 * 2026年财政拨款收支预算总额7,928.30万元，全部为一般公共预算财政拨款 and, a section later, 2026年一般公共预算财政拨款支出
 * 预算7,982.30万元: in a budget the 收支总额 is also what is to be spent, and all of it is the one fund's, so the fund's
 * spending budget is the total. Read only in a 预算 (a 决算's spending side holds the year-end balances too), when the
 * total's sentence says the whole is the one fund (全部为, 均为) and the spending statement opens its sentence with
 * only a year and the unit before the fund; both of one year.
 */

const YEAR = /([0-9０-９]{4})[\s\u3000]*年/g;
const TOTAL = /^(?:[0-9０-９]{4}年度?)?(?:本部门|本单位)?财政拨款收支(?:预算)?总(?:额|计)(?:为|是)?$/;
const ALL_OF = /^[\s\u3000]*[，,][\s\u3000]*(?:全部|均)为(一般公共预算(?:财政)?拨款)/;
const SPENDING = /^(?:[0-9０-９]{4}年度?)?(?:本部门|本单位)?(一般公共预算(?:财政)?拨款)支出(?:预算)?(?:总额|合计)?(?:为|是)?$/;
const fund = (name: string) => name.replace('财政', '');

// What may stand before a clause that opens its sentence, spaces aside: a year (2026年，), seven characters at most.
const YEAR_OPENING = /^[0-9０-９]{4}年度?[，,]?/;
const OPENING_MOST = 7;

/**
 * Where a sentence's first characters that are not spaces stand, one more than a year's opening can hold: found once a
 * sentence, since taking the words before each figure's clause from the sentence's start grew with its square (a
 * sentence of thousands of amounts).
 */
function openingOf(text: string, s: Sentence): number[] {
  const at: number[] = [];
  for (let i = s.start; i < s.end && at.length <= OPENING_MOST; i++) if (!/[\s\u3000]/.test(text[i])) at.push(i);
  return at;
}

/** Only spaces or a year stand between the sentence's start and `start`: the clause there opens it. */
function opensSentence(text: string, opening: readonly number[], start: number): boolean {
  const before = opening.filter((i) => i < start);
  if (before.length > OPENING_MOST) return false;
  return !before.map((i) => text[i]).join('').replace(YEAR_OPENING, '');
}

export function grantTotalFacts(ctx: ExtractContext, measure: string): Fact[] {
  if (measure !== '预算') return [];
  const found: Array<{ kind: 'total' | 'spending'; fund: string; year?: string; fact: Fact }> = [];
  for (const b of ctx.doc.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('拨款')) continue;
    for (const s of ctx.sentences(b)) {
      let opening: number[] | undefined;
      for (const f of s.figures) {
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
        const start = clauseStartBefore(b.text, f.start, s.start);
        // The clause opens its sentence: nothing frames it.
        if (!opensSentence(b.text, (opening ??= openingOf(b.text, s)), start)) continue;
        const clause = b.text.slice(start, f.start).replace(/[\s\u3000]/g, '');
        const years = new Set([...b.text.slice(s.start, f.start).matchAll(YEAR)].map((m) => asciiDigits(m[1])));
        const year = years.size === 1 ? [...years][0] : undefined;
        if (years.size > 1) continue;
        const whole = TOTAL.test(clause) ? ALL_OF.exec(b.text.slice(f.end, f.end + 30)) : null;
        if (whole) {
          found.push({ kind: 'total', fund: fund(whole[1]), year, fact: { subject: '', written: '', period: '', scope: '', figure: f } });
          continue;
        }
        const spent = SPENDING.exec(clause);
        if (spent) found.push({ kind: 'spending', fund: fund(spent[1]), year, fact: { subject: '', written: '', period: '', scope: '', figure: f } });
      }
    }
  }
  const totals = found.filter((x) => x.kind === 'total');
  if (totals.length !== 1) return [];
  const [total] = totals;
  const spending = found.filter((x) => x.kind === 'spending' && x.fund === total.fund && x.year === total.year);
  if (!spending.length) return [];
  const subject = `${total.fund}支出预算@收支总额`;
  const written = `${total.fund}支出预算`;
  return [total, ...spending].map((x) => ({ ...x.fact, subject, written, period: total.year ?? '' }));
}
