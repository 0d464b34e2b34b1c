import { baseValue, defineRule, formatIn, type ConflictClaim } from '@budgetlint/core';

const plain = (raw: string) => raw.replace(/[\s\u3000]/g, '');
const periodText = (c: ConflictClaim) =>
  c.period
    .split('|')
    .filter(Boolean)
    .map((p) => (/^\d{4}$/.test(p) ? `${p}年` : p))
    .join('')
    .replace(/年年/g, '年');
// The subject as written already says when, if it names a year.
const named = (c: ConflictClaim) => (/[0-9０-９]{4}[\s\u3000]*年/.test(c.subject) ? c.subject : `${periodText(c)}${c.subject}`);

export default defineRule(
  {
    id: 'value-conflict',
    family: 'conflict',
    title: '同一数字前后不一致',
    description: '同一数字（同一事项、口径、时期）在文中两处写法不同',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['conflict'],
  },
  (ctx) => {
    for (const c of ctx.of('conflict')) {
      // 126,000.00元 in the table against 16.20万元 in the text: the cell also in the text's unit.
      const first = plain(c.first.raw) + (c.firstIn === 'table' && c.first.unit !== c.second.unit && c.first.dimension === c.second.dimension ? `（即${formatIn(baseValue(c.first), c.second, c.second.precision)}）` : '');
      const second = plain(c.second.raw);
      // A row of a table restated in the text: the table may come before or after.
      const where = c.firstIn === 'table' ? '表中' : '前文';
      ctx.report({
        message: `${named(c)}在${where}为${first}，此处却为${second}`,
        range: c.second.range,
        related: [{ range: c.first.range, label: `${where} ${c.subject}${first}` }],
        fingerprint: `${c.subject}|${first}|${second}`,
      });
    }
  },
);
