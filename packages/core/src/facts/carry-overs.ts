import type { ExtractContext } from '../reading/context.ts';
import { clauseStartBefore } from '../reading/labels.ts';
import { isTitleLine as titleLine, outlineMarker } from '../document/markers.ts';
import { asciiDigits } from '../document/digits.ts';
import type { Fact } from './facts.ts';
import { BUDGET_BOOKS, BUDGET_BOOK_SOURCE, bookNamedIn } from '../domain/lexicon.ts';

/**
 * What a budget book carries into the next year, stated twice: 收支相抵，结转下年2,607万元 in the balance part, and
 * 年终结转的2,607万元，全部为… among the other matters. A book's carry-over for a year is one figure. Read only in a
 * report whose title names one budget book (国有资本经营预算执行情况说明), when neither sentence names another book
 * or a source (财政拨款) before the figure, and the clause is only the carry-over (with the year, the scope, the
 * book): 结转和结余, 上年结转, a project's or a part's (其中) carry-over are not it.
 */

// The carry-over into the next year, ending the clause before its figure.
const CARRY = /^(?:结转(?:至|到)?下(?:一)?年度?|年终结转|年末结转|年底结转)(?:使用)?(?:资金)?(?:的|为|是)?$/;
// 年末结转结余: the whole balance at the year's end, the carry-over when the document names no 结余 of its own (净结余) beside it.
const CARRY_AND_BALANCE = /^(?:年终|年末|年底)?结转和?结余(?:资金)?(?:的|为|是)?$/;
const CARRY_AND_BALANCE_WORD = /结转和?结余/g;
// What may stand before it in the clause: a year, the scope, the book, 收支相抵.
const LEAD = new RegExp(`^(?:[0-9０-９]{4}年度?)?(?:全(?:省|市|区|县|镇|乡|街道)|(?:省|市|区|县|镇|乡|街道)(?:本级|级))?(?:${BUDGET_BOOK_SOURCE})?(?:收支相抵|收支结余)?(?:后)?`);
const OTHER_SOURCE = /财政拨款|专项债|其中|项目|结余|上年结转/;
const YEAR = /([0-9０-９]{4})[\s\u3000]*年/g;
// How far a carry-over may stand from its sentence's start (characters).
const SENTENCE_REACH = 400;

function yearsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(YEAR)) out.add(asciiDigits(m[1]));
  return out;
}

// A jurisdiction's own accounts or execution report (某镇2025年度财政决算情况说明), not a department's or a unit's.
const JURISDICTION_ACCOUNTS = /(?:省|市|区|县|州|镇|乡|街道)(?:[0-9０-９]{4}年度?)?财政(?:决算|预算执行)/;
const OWN_UNIT = /部门|单位|局|委员会|中心/;
// A clause saying a book has nothing (本镇无政府性基金预算收支, 未发生国有资本经营预算收支): no book of the document's.
const NONE_OF = /(?:无|没有|未发生|不涉及|未编制)[^。；;，,]*/g;

/**
 * The one book a jurisdiction's accounts are of when the title names none: the only book its text names, other than
 * as one it has none of (本镇无政府性基金预算收支和国有资本经营预算收支). '' when it names none or several.
 */
function soleBookOfAccounts(ctx: ExtractContext, title: string): string {
  if (!JURISDICTION_ACCOUNTS.test(title) || OWN_UNIT.test(title)) return '';
  const named = new Set<string>();
  for (const b of ctx.doc.blocks) {
    if (!b.text.includes('预算')) continue;
    const text = b.text.replace(/[\s\u3000]/g, '').replace(NONE_OF, '');
    for (const x of BUDGET_BOOKS) if (text.includes(x)) named.add(x);
    if (named.size > 1) return '';
  }
  return named.size === 1 ? [...named][0] : '';
}

export function carryOverFacts(ctx: ExtractContext): Fact[] {
  const blocks = ctx.doc.blocks;
  const first = blocks.find((b) => b.text.trim());
  if (!first || first.text.length > 60) return [];
  const titleYears = yearsIn(first.text);
  if (titleYears.size !== 1) return [];
  const book = bookNamedIn(first.text) || soleBookOfAccounts(ctx, first.text);
  if (!book) return [];
  // 年末结转结余 is the carry-over only where no 结余 is stated apart from it (收支相抵，结转下年…，净结余…).
  let balanceApart: boolean | undefined;
  const noBalanceApart = () => !(balanceApart ??= blocks.some((b) => b.text.replace(CARRY_AND_BALANCE_WORD, '').includes('结余')));
  let year = [...titleYears][0];
  const out: Fact[] = [];
  for (const b of blocks) {
    if (b === first) continue;
    // A heading naming a year is what the sentences under it are about, until the next.
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && (titleLine(b.text.trim()) || !!outlineMarker(b.text.trim())) && !/[。；;]/.test(b.text))) {
      const ys = yearsIn(b.text);
      if (ys.size === 1) year = [...ys][0];
      continue;
    }
    if (b.kind !== 'paragraph' || !/结转/.test(b.text)) continue;
    for (const s of ctx.sentences(b)) {
      for (const f of s.figures) {
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
        const start = clauseStartBefore(b.text, f.start, s.start);
        const clause = b.text.slice(start, f.start).replace(/[\s\u3000]/g, '');
        const lead = LEAD.exec(clause)![0];
        const rest = clause.slice(lead.length);
        const whole = CARRY_AND_BALANCE.test(rest);
        if (!CARRY.test(rest) && !(whole && noBalanceApart())) continue;
        // A carry-over's sentence is a few clauses (收支相抵，结转下年2,607万元): one that runs on longer before it is no
        // statement of this kind, and reading each from its sentence's start grew with the sentence's square.
        if (f.start - s.start > SENTENCE_REACH) continue;
        const before = b.text.slice(s.start, f.start);
        const plain = before.replace(/上年结转[0-9０-９,，.．]+(?:万|亿)?元/g, '');
        if (OTHER_SOURCE.test(whole ? plain.replace(CARRY_AND_BALANCE_WORD, '') : plain) || BUDGET_BOOKS.some((x) => x !== book && before.includes(x))) continue;
        const ys = yearsIn(before);
        if (ys.size > 1) continue;
        const period = ys.size ? [...ys][0] : year;
        out.push({ subject: `${book}结转下年@结转`, written: `${book}结转下年`, period, scope: '', figure: f });
      }
    }
  }
  return out.length > 1 ? out : [];
}

/**
 * A department's final accounts state what its funds of every kind carry into the next year in its 收支总体情况
 * (本年支出合计…，年末结转和结余1,443.50万元) and again in its 支出 part (收支相抵后，年末结转和结余…): one figure of the
 * department's year. Read only under a title of one year that names a department's or a unit's 决算, only a clause that is
 * the carry-over alone (a year, 本部门 or 收支相抵后 before it), and only in a sentence naming no narrower money before it
 * (财政拨款, 一般公共预算, 基本支出, 项目支出, 其中): 年末财政拨款结转和结余 is another figure, and so is a part's.
 */
const DEPARTMENT_CARRY = /^(?:[0-9０-９]{4}年度?)?(?:本部门|本单位|全部门)?(?:收支相抵后?)?年末结转和结余(?:资金)?(?:总额)?(?:为|是|共计)?$/;
const DEPARTMENT_ACCOUNTS = /(?:部门|单位)(?:整体)?决算/;
const NARROWER_MONEY = /财政拨款|一般公共预算|政府性基金|国有资本经营|基本支出|项目支出|其中|经营/;
// A title line that names a unit of its own (市不动产登记中心决算情况): the department's parts are stated too.
const UNIT_SECTION = /中心|单位|站|所|院|队|学校|医院|下属|所属/;
const CLAUSE_REACH = 24;

export function departmentCarryOverFacts(ctx: ExtractContext): Fact[] {
  const blocks = ctx.doc.blocks;
  const first = blocks.find((b) => b.text.trim());
  if (!first || first.text.length > 60 || !DEPARTMENT_ACCOUNTS.test(first.text)) return [];
  const titleYears = yearsIn(first.text);
  if (titleYears.size !== 1) return [];
  const year = [...titleYears][0];
  const out: Fact[] = [];
  for (const b of blocks) {
    if (b === first) continue;
    if (b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && (titleLine(b.text.trim()) || !!outlineMarker(b.text.trim())) && !/[。；;]/.test(b.text))) {
      if (UNIT_SECTION.test(b.text)) return [];
      continue;
    }
    if (b.kind !== 'paragraph' || !b.text.includes('年末结转和结余')) continue;
    for (const s of ctx.sentences(b)) {
      for (const f of s.figures) {
        if (f.role !== 'amount' || f.dimension !== 'money' || f.approximate) continue;
        const start = clauseStartBefore(b.text, f.start, Math.max(s.start, f.start - CLAUSE_REACH));
        if (start === Math.max(s.start, f.start - CLAUSE_REACH) && start !== s.start) continue;
        const clause = b.text.slice(start, f.start).replace(/[\s\u3000]/g, '');
        if (!DEPARTMENT_CARRY.test(clause)) continue;
        if (f.start - s.start > SENTENCE_REACH) continue;
        const before = b.text.slice(s.start, f.start);
        if (NARROWER_MONEY.test(before)) continue;
        const ys = yearsIn(before);
        if (ys.size > 1) continue;
        out.push({ subject: '年末结转和结余@部门', written: '年末结转和结余', period: ys.size ? [...ys][0] : year, scope: '', figure: f });
      }
    }
  }
  return out.length > 1 ? out : [];
}
