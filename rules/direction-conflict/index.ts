import { defineRule, hedgedFlat, intervalOf, meets, statedChange, statedDirection, sub, type ChangeClaim, type Word } from '@budgetlint/core';

const describeChange = (c: ChangeClaim) =>
  `${c.subject || '该项'}${c.base === '上年' ? '比上年' : `比${c.base}`}${c.delta ? statedChange(c.deltaWord, c.delta) : (c.deltaWord?.text ?? '')}`;

export default defineRule(
  {
    id: 'direction-conflict',
    family: 'direction',
    title: '增减方向矛盾',
    description: '同一变动的方向前后矛盾（减少与上升、持平与增减、增长而本年小于上年）',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['compare', 'change'],
  },
  (ctx) => {
    for (const c of ctx.of('compare')) {
      const l = intervalOf(c.left);
      const r = intervalOf(c.right);
      const wrong = c.op === 'gt' ? l.hi.lt(r.lo) : c.op === 'lt' ? l.lo.gt(r.hi) : !meets(l, r);
      if (!wrong) continue;
      const actual = l.hi.lt(r.lo) ? '小于' : l.lo.gt(r.hi) ? '大于' : '等于';
      ctx.report({
        message: `决算数${c.left.raw}${actual}预算数${c.right.raw}，却写作“${c.relation.text}”`,
        range: c.relation.range,
        related: [
          { range: c.left.range, label: `决算数 ${c.left.raw}` },
          { range: c.right.range, label: `预算数 ${c.right.raw}` },
        ],
        fingerprint: `${c.left.raw}|${c.right.raw}|${c.relation.text}`,
      });
    }
    for (const c of ctx.of('change')) {
      const dDir = statedDirection(c.deltaWord?.text, c.delta?.value);
      const rDir = statedDirection(c.rateWord?.text, c.rate?.value);
      if (c.flat) {
        const moved = c.delta ?? c.rate;
        const word = c.deltaWord ?? c.rateWord;
        // 基本持平 (基本与上年持平, 大体持平) allows a small change; only a plain 持平 contradicts one.
        if (moved && word && !moved.value.isZero() && !hedgedFlat(c.flat.text)) {
          ctx.report({
            message: `${c.subject || '该项'}写作“${c.flat.text}”，却又称${word.text}${moved.raw}`,
            range: word.range,
            related: [{ range: c.flat.range, label: `“${c.flat.text}”` }],
            fingerprint: `${c.flat.text}|${word.text}${moved.raw}`,
          });
        } else if (!moved && c.current && c.prior && !hedgedFlat(c.flat.text) && !meets(intervalOf(c.current), intervalOf(c.prior))) {
          // 226万元，与上年执行数持平 while last year's figure (a table row of the same subject) is 218万元.
          ctx.report({
            message: `${c.subject || '本年数'}${c.current.raw}与${c.base}${c.prior.raw}不等，却写作“${c.flat.text}”`,
            range: c.flat.range,
            related: [
              { range: c.current.range, label: `本年数 ${c.current.raw}` },
              { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            ],
            fingerprint: `${c.current.raw}|${c.prior.raw}|${c.flat.text}`,
          });
        }
        continue;
      }
      if (dDir && rDir && c.delta && c.rate && c.rateWord && c.deltaWord && dDir !== rDir && !c.rate.value.isZero()) {
        ctx.report({
          message: `${describeChange(c)}，却写作“${statedChange(c.rateWord, c.rate)}”`,
          range: c.rateWord.range,
          related: [{ range: c.deltaWord.range, label: `变动方向“${c.deltaWord.text}${c.delta.raw}”` }],
          fingerprint: `${c.deltaWord.text}${c.delta.raw}|${c.rateWord.text}${c.rate.raw}`,
        });
        continue;
      }
      // 比上年的121,930万元下降5.3% while this year's figure is 128,406万元: the rate's word against the two values.
      if (!c.delta && rDir && c.current && c.prior && c.rate && c.rateWord && !c.rate.value.isZero()) {
        const diff = sub(intervalOf(c.current), intervalOf(c.prior));
        const actual = diff.lo.gt(0) ? 'up' : diff.hi.lt(0) ? 'down' : undefined;
        if (actual && actual !== rDir) {
          ctx.report({
            message: `${c.subject || '本年数'}${c.current.raw}${actual === 'up' ? '大于' : '小于'}${c.base}${c.prior.raw}，却写作“${statedChange(c.rateWord, c.rate)}”`,
            range: c.rateWord.range,
            related: [
              { range: c.current.range, label: `本年数 ${c.current.raw}` },
              { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            ],
            fingerprint: `${c.current.raw}|${c.prior.raw}|${c.rateWord.text}${c.rate.raw}`,
          });
        }
        continue;
      }
      // 比预算数202万元增加30万元 while this year's figure is 171万元.
      if (dDir && c.current && c.prior && c.deltaWord) {
        const diff = sub(intervalOf(c.current), intervalOf(c.prior));
        const actual = diff.lo.gt(0) ? 'up' : diff.hi.lt(0) ? 'down' : undefined;
        if (actual && actual !== dDir) {
          ctx.report({
            message: `${c.subject || '本年数'}${c.current.raw}${actual === 'up' ? '大于' : '小于'}${c.base}${c.prior.raw}，却写作“${c.deltaWord.text}”`,
            range: c.deltaWord.range,
            related: [
              { range: c.current.range, label: `本年数 ${c.current.raw}` },
              { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            ],
            fingerprint: `${c.current.raw}|${c.prior.raw}|${c.deltaWord.text}`,
          });
        }
      }
    }
  },
);

export type { Word };
