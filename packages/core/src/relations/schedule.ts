import { Decimal } from 'decimal.js';
import type { ExtractContext } from '../reading/context.ts';
import type { ChangeClaim, DocFigure } from './types.ts';
import { SCHEDULE_NOUN, SCHEDULE_WORDS_AFTER, SCHEDULE_WORDS_BEFORE, alternation } from '../domain/lexicon.ts';
import { canonicalDate, titleStretch } from '../facts/facts.ts';
import { asciiDigits } from '../document/digits.ts';
import { clauseStartBefore } from '../reading/labels.ts';

/**
 * A monthly or quarterly report measures a completion rate against the calendar: 完成年度预算的84.8%，快于序时进度1.5个
 * 百分点; 完成年度预算的79.6%，较83.3%的序时进度低2.7个百分点; 超序时进度（50%）2.4个百分点. Each is a change in points
 * from the 序时进度 to the rate, its direction in the word: the 序时进度 as stated, or, when it is not, the months of the
 * stretch over twelve (ten months are 83.33%; a half year 50%), from the sentence's own stretch (1—10月，…) or the title's.
 */
const BEFORE = alternation(SCHEDULE_WORDS_BEFORE.map(([w]) => w));
const AFTER = alternation(SCHEDULE_WORDS_AFTER.map(([w]) => w));
const NOUN = new RegExp(SCHEDULE_NOUN);
// What stands between the rate and the points, the stated 序时进度 (if any) written as #.
const GAP = new RegExp(
  `^[，,]?[\\s\\u3000]*(?:(?:比|较)(?:#的)?${SCHEDULE_NOUN}(?:[（(]#[）)])?(${AFTER})|(${BEFORE})(?:#的)?${SCHEDULE_NOUN}(?:[（(]#[）)])?)了?[\\s\\u3000]*$`,
);
// The rate is a completion rate: of a budget, or a 进度 itself (支出进度为87.0%, 执行率).
const COMPLETION_BEFORE = /(?:完成|进度|执行率|执行|预算的|预算数的)[^，,；;。]{0,20}$/;
// A stretch from January: 1—10月, 1至6月, 上半年, 前三季度, 一季度.
const STRETCH = /([0-9０-９]{1,2})[\s\u3000]*[-－—–~～至][\s\u3000]*([0-9０-９]{1,2})[\s\u3000]*月|上半年|前三季度|第?一季度/g;

/**
 * The last month of the first stretch from January the text names, or undefined. A stretch compared with (增幅较一季度回落)
 * is not the one the sentence is of.
 */
function lastMonthIn(text: string): number | undefined {
  for (const m of text.matchAll(STRETCH)) {
    if (/(?:较|比|与|同|上年|去年)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const run = m[1] !== undefined ? `${asciiDigits(m[1])}-${asciiDigits(m[2])}月` : canonicalDate(m[0]);
    const r = /^1-([0-9]{1,2})月$/.exec(run);
    if (r && Number(r[1]) >= 1 && Number(r[1]) <= 12) return Number(r[1]);
  }
  return undefined;
}

const TWELVE = new Decimal(12);
const HUNDRED = new Decimal(100);

export function extractScheduleGaps(ctx: ExtractContext): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  let titled: number | undefined | null = null;
  const titleMonths = () => {
    if (titled === null) {
      const t = titleStretch(ctx);
      titled = t.length === 2 ? lastMonthIn(t[1]) : undefined;
    }
    return titled;
  };
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('进度')) continue;
    for (const s of ctx.sentences(block)) {
      const figs = s.figures;
      for (let k = 0; k < figs.length; k++) {
        const points = figs[k];
        if (points.dimension !== 'points' || points.approximate) continue;
        // The rate before, the stated 序时进度 between them or none.
        let rate: DocFigure | undefined;
        let stated: DocFigure | undefined;
        let m: RegExpExecArray | null = null;
        for (const [r, t] of [
          [k - 2, k - 1],
          [k - 1, -1],
        ]) {
          const x = figs[r];
          const y = t >= 0 ? figs[t] : undefined;
          if (!x || x.dimension !== 'percent' || x.approximate || (y && (y.dimension !== 'percent' || y.approximate))) continue;
          const between = y ? `${block.text.slice(x.end, y.start)}#${block.text.slice(y.end, points.start)}` : block.text.slice(x.end, points.start);
          m = GAP.exec(between);
          if (m) {
            rate = x;
            stated = y;
            break;
          }
        }
        if (!rate || !m) continue;
        const lead = block.text.slice(clauseStartBefore(block.text, rate.start, s.start), rate.start);
        if (!COMPLETION_BEFORE.test(lead)) continue;
        // The word said before 序时进度 is the first of its kind after the rate; one said after it stands last, before the points.
        const region = block.text.slice(rate.end, points.start);
        const wordText = m[1] ?? m[2];
        const wordAt = rate.end + (m[1] ? region.lastIndexOf(wordText) : region.indexOf(wordText));
        const word = ctx.word(block, wordAt, wordAt + wordText.length);
        let prior = stated;
        if (!prior) {
          const months = lastMonthIn(block.text.slice(s.start, points.start)) ?? titleMonths();
          if (months === undefined || months === 12) continue;
          // The calendar's share to two places, taken as one (83.33 is 83.3 ± 0.05, and a drafter's 83.3 too).
          const value = new Decimal(months).div(TWELVE).times(HUNDRED).toDecimalPlaces(2);
          const noun = NOUN.exec(region)!;
          const nounAt = rate.end + noun.index;
          prior = {
            id: -1 - claims.length,
            block: block.index,
            start: nounAt,
            end: nounAt + noun[0].length,
            range: block.map.range(nounAt, nounAt + noun[0].length),
            raw: `${value.toFixed(1)}%`,
            value,
            unit: '%',
            dimension: 'percent',
            scale: new Decimal(1),
            precision: 1,
            approximate: false,
            exact: false,
            chineseNumeral: false,
            role: 'prior',
          };
        }
        claims.push({ kind: 'change', subject: lead.trim(), current: rate, base: '序时进度', prior, delta: points, deltaWord: word });
      }
    }
  }
  return claims;
}
