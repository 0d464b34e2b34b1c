import type { ExtractContext } from '../reading/context.ts';
import { asciiDigits } from '../document/digits.ts';
import type { Fact } from './facts.ts';
import { clauseStartBefore } from '../reading/labels.ts';

/**
 * A stock counted at a date, stated as a level: 截至2025年12月31日，本部门共有车辆11辆; 2025年底实有在职教职工178人; 按2025年末
 * 在职人员86人测算. The same stock of the same unit at the same date stated twice is one fact; two values are a
 * conflict. Only a clause of a date (in it, or opening its sentence), the unit's own scope, a verb of having and the
 * thing counted is read: 购置车辆2辆, 其中一般公务用车3辆, 接待86人次 are no stocks at a date.
 */

// The things counted as a stock: vehicles, people on the books, beds.
const STOCK_NOUN = /(?:车辆|用车|人员|教职工|职工|干部|教师|医护人员|医务人员|床位)$/;
// A count of things, not of times or people-times.
const STOCK_UNIT = /^(?:辆|人|名|张)$/;
// The date of a stock: a year's end, or 截至 a day (the last of December is the year's end).
const YEAR_END = /(?:截至|截止|到)?([0-9０-９]{4})[\s\u3000]*年(?:末|底|12月(?:末|底|31日))/;
// The unit's own scope and the verb of having, which name nothing more of the stock.
const OWN = /^(?:本部门|本单位|本局|本委|本校|本院|我局|我校|我院|我委|部门|单位|学校|医院)/;
const HAVING = /^(?:共有|实有|现有|拥有|有|共)/;
// How long a sentence's opening clause may be and still be nothing but its date (截至2025年12月31日, a dozen
// characters): one longer is no date of a stock, and is not read.
const OPENING_REACH = 64;

export function stockCountFacts(ctx: ExtractContext): Fact[] {
  const out: Fact[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of ctx.sentences(block)) {
      for (const f of s.figures) {
        if (f.dimension !== 'count' || f.role !== 'amount' || f.approximate || !STOCK_UNIT.test(f.unit)) continue;
        const text = block.text;
        const start = clauseStartBefore(text, f.start, s.start);
        let clause = text.slice(start, f.start).replace(/[\s\u3000]+/g, '');
        // 人员经费按2025年底实有在职教职工187人测算: the count a sum is worked from restates the stock.
        clause = clause.replace(/^[\u4e00-\u9fff]{0,8}按(?=[0-9０-９]{4})/, '').replace(OWN, '');
        // The date in the clause, or in the sentence's opening clause (截至2025年12月31日，…).
        let date = YEAR_END.exec(clause);
        if (date && date.index === 0) clause = clause.slice(date[0].length);
        else if (!date) {
          // Reading every count's sentence from its start grew with the square of a sentence of counts (在职人员86人，…).
          if (start - s.start > OPENING_REACH) continue;
          const opening = text.slice(s.start, start).replace(/[，,][\s\u3000]*$/, '').trim();
          date = YEAR_END.exec(opening);
          if (date && (date.index !== 0 || date[0].length !== opening.length)) date = null;
        } else continue;
        if (!date) continue;
        const noun = clause.replace(OWN, '').replace(HAVING, '');
        if (noun.length < 2 || noun.length > 10 || !STOCK_NOUN.test(noun) || !/^[\u4e00-\u9fff]+$/.test(noun)) continue;
        out.push({ subject: `${noun}数`, written: noun, period: `${asciiDigits(date[1])}|年末`, scope: '', figure: f });
      }
    }
  }
  return out;
}
