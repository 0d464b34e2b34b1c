import { defineRule, type ConflictClaim } from '@budgetlint/core';

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
      const first = plain(c.first.raw);
      const second = plain(c.second.raw);
      ctx.report({
        message: `${named(c)}在前文为${first}，此处却为${second}`,
        range: c.second.range,
        related: [{ range: c.first.range, label: `前文 ${c.subject}${first}` }],
        fingerprint: `${c.subject}|${first}|${second}`,
      });
    }
  },
);
