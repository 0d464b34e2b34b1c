import { defineRule, type Word } from '@budgetlint/core';

/** An item as a label: quoted once, cut short when long. */
function short(w: Word): string {
  const t = w.text.length > 16 ? `${w.text.slice(0, 15)}…` : w.text;
  return /^[“"]/.test(w.text) && /[”"]$/.test(w.text) && w.text.length <= 16 ? t : `“${t}”`;
}

export default defineRule(
  {
    id: 'count-mismatch',
    family: 'count',
    title: '个数与列举项数不符',
    description: '所述个数与列举的项目数不符',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['count'],
  },
  (ctx) => {
    for (const claim of ctx.of('count')) {
      const stated = claim.count.value.toNumber();
      const listed = claim.items.length;
      const most = claim.maxItems ?? listed;
      const least = claim.minItems ?? listed;
      let message: string | undefined;
      const where = claim.listedBefore ? '其前' : '其后';
      // What is counted, when the text names it: 股室数量写作“7个”.
      const what = claim.noun
        ? `所述“${claim.count.raw}${claim.noun.replace(/[“”"]/g, '')}”`
        : `${claim.subject}所述数量为“${claim.count.raw}”`;
      // Too few: unless the list may go on (…等, or it runs past a comma) or an item joins two.
      if (stated > most && !claim.open) message = `${what}，但${where}只列举了${listed}项`;
      // Too many: unless 、 may be grouping the parts of a joined item.
      else if (stated < least) message = `${what}，但${where}列举了${listed}项`;
      if (!message) continue;
      const first = claim.items[0];
      const last = claim.items[listed - 1];
      ctx.report({
        message,
        range: claim.count.range,
        related: [
          { range: first.range, label: `第1项${short(first)}` },
          ...(listed > 1 ? [{ range: last.range, label: `第${listed}项${short(last)}` }] : []),
        ],
        fingerprint: `${claim.count.raw}|${claim.items.map((i) => i.text).join('、')}`,
      });
    }
  },
);
