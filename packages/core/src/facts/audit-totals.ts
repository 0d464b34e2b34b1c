import type { ExtractContext } from '../reading/context.ts';
import type { Block } from '../document/types.ts';
import { asciiDigits } from '../document/digits.ts';
import { clauseStartBefore } from '../reading/labels.ts';
import { isNumberedTitleBlock, readMarker } from '../document/markers.ts';
import type { Fact } from './facts.ts';

/**
 * An audit work report states the money of the problems its audit found in its opening (…进行了审计，共查出主要问题金额8,642万
 * 元) and again where it reports their mending (对本次审计查出的8,462万元问题，…已整改…): one figure, the whole audit's, said
 * in two wordings. Only the whole audit's is read: said in the opening, before the report's first part, or named as 本次
 * (此次) 审计's; a part's 查出问题金额 (a department's, a fund's) under its own heading is some of it. Only in a document
 * whose title names an audit report, and only a clause of nothing but the finding (查出, 发现) and the problems' money.
 */

// The report's title: an audit's work report (审计工作报告, 审计结果报告, 审计情况的报告).
const AUDIT_TITLE = /审计(?:工作|结果|查出问题整改|情况)?(?:的)?报告/;
// …共查出主要问题金额, 本次审计发现问题资金: the finding, then the problems' money, the amount after it.
// (Not 累计查出: a sum over audits.)
const MONEY_AFTER = /^(?:(?:本次|此次)?审计)?(?:共计?|总共|合计)?(?:查出|发现)(?:各类|主要)?问题(?:金额|资金)(?:共计?|合计)?(?:为|是|达到?)?$/;
// 本次审计查出的8,462万元问题: the money before the problems, the whole audit named.
const MONEY_BEFORE = /(?:本次|此次)审计(?:共计?|总共|合计)?(?:查出|发现)的(?:各类|主要)?$/;
const PROBLEMS_AFTER = /^[\s\u3000]*(?:的)?(?:各类|主要)?问题/;
// Naming the whole audit in the clause or just before it.
const THIS_AUDIT = /本次审计|此次审计/;
// How far before the figure the clause is read.
const CLAUSE_REACH = 40;

export function auditTotalFacts(ctx: ExtractContext, year: readonly string[]): Fact[] {
  const blocks = ctx.doc.blocks;
  const title = blocks.find((b) => b.text.trim());
  if (!title || !AUDIT_TITLE.test(title.text) || year.length !== 1) return [];
  const out: Fact[] = [];
  let opening = true;
  for (const block of blocks) {
    if (block !== title && opensPart(block)) opening = false;
    if (block.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(block)) {
      for (const f of s.figures) {
        if (f.dimension !== 'money' || f.role !== 'amount' || f.approximate) continue;
        const text = block.text;
        const start = clauseStartBefore(text, f.start, s.start);
        if (f.start - start > CLAUSE_REACH) continue;
        const clause = text.slice(start, f.start).replace(/[\s\u3000]+/g, '');
        const after = MONEY_AFTER.test(clause) && (opening || THIS_AUDIT.test(clause));
        const before = !after && MONEY_BEFORE.test(clause) && PROBLEMS_AFTER.test(text.slice(f.end, f.end + 6));
        if (!after && !before) continue;
        out.push({ subject: '审计查出问题金额', written: '审计查出问题金额', period: asciiDigits(year[0]), scope: '', figure: f });
      }
    }
  }
  return out;
}

/** A title opening one of the report's parts (一、, 第一部分), which ends its opening. */
function opensPart(b: Block): boolean {
  if (!isNumberedTitleBlock(b)) return false;
  if (b.kind === 'heading') return true;
  const level = readMarker(b.text.trim())?.level;
  return level === 'cn' || level === 'part';
}
