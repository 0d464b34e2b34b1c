import { Decimal } from 'decimal.js';
import {
  add,
  defineRule,
  statedDirection,
  div,
  formatIn,
  statedChange,
  intervalOf,
  meets,
  mid,
  scale,
  sub,
  abs,
  baseValue,
  type ChangeClaim,
  type DocFigure,
  type Interval,
} from '@budgetlint/core';

type Dir = 'up' | 'down';

const HUNDRED = new Decimal(100);
const rateName = (d: Dir) => (d === 'up' ? '增幅' : '降幅');
const verb = (d: Dir) => (d === 'up' ? '增加' : '减少');

/** Prior value implied by the current value and a delta in a direction. */
function priorFrom(current: DocFigure, delta: DocFigure, dir: Dir): Interval {
  const c = intervalOf(current);
  const d = abs(intervalOf(delta));
  return dir === 'down' ? add(c, d) : sub(c, d);
}

function priorOf(c: ChangeClaim, dir: Dir): Interval | undefined {
  if (c.prior) return intervalOf(c.prior);
  if (c.current && c.delta) return priorFrom(c.current, c.delta, dir);
  return undefined;
}

/** |delta| / prior as a percentage; null when the base is zero or could be. */
/**
 * |delta| / prior as a percentage; null when the base is zero or could be.
 * `rate` is the interval the check uses; `priorPoint` and `ratePoint` are what
 * the printed figures give, for the message.
 */
function rateFor(c: ChangeClaim, dir: Dir): { prior: Interval; rate: Interval; priorPoint: Decimal; ratePoint: Decimal } | null {
  const prior = priorOf(c, dir);
  if (!prior || !c.current) return null;
  const delta = c.delta ? abs(intervalOf(c.delta)) : abs(sub(intervalOf(c.current), prior));
  const r = div(delta, prior);
  if (!r) return null;
  const current = c.current;
  const rate = scale(r, HUNDRED);
  // The printed figures are needed only for a message: their Decimal division, done for every
  // change claim, was most of this rule's time when an editor re-lints on each keystroke.
  const points = () => {
    const cur = baseValue(current);
    const d = c.delta ? baseValue(c.delta).abs() : undefined;
    const priorPoint = c.prior ? baseValue(c.prior) : dir === 'down' ? cur.plus(d!) : cur.minus(d!);
    const deltaPoint = d ?? cur.minus(priorPoint).abs();
    return { priorPoint, ratePoint: priorPoint.isZero() ? mid(rate) : deltaPoint.div(priorPoint).times(HUNDRED) };
  };
  return {
    prior,
    rate,
    get priorPoint() {
      return points().priorPoint;
    },
    get ratePoint() {
      return points().ratePoint;
    },
  };
}

const places = (f: DocFigure) => Math.max(2, f.precision);

export default defineRule(
  {
    id: 'change-mismatch',
    family: 'change',
    title: '增减额与增减幅度不符',
    description: '本年数、上年数、增减额与增减幅度之间不相符',
    defaultSeverity: 'error',
    // Each claim on its own: while a draft is edited, unchanged claims keep their findings.
    eachClaim: ['change'],
  },
  (ctx) => {
    for (const c of ctx.of('change')) {
      if (c.flat) continue;
      const subject = c.subject || '该项';
      const dDir = statedDirection(c.deltaWord?.text, c.delta?.value);
      const rDir = statedDirection(c.rateWord?.text, c.rate?.value);

      // 比预算数202万元减少30万元: the delta against the two stated values.
      if (c.current && c.prior && c.delta && dDir) {
        const diff = abs(sub(intervalOf(c.current), intervalOf(c.prior)));
        const printed = baseValue(c.current).minus(baseValue(c.prior)).abs();
        if (meets(diff, abs(intervalOf(c.delta))) && ctx.rounding === 'strict' && !printed.eq(baseValue(c.delta).abs())) {
          // rounding: "strict": 202 − 171 = 31 against 减少30 is within rounding, but worth a look.
          ctx.report({
            message: `${subject}${c.current.raw}比${c.base}${c.prior.raw}${statedChange(c.deltaWord, c.delta)}，按所列数字两者相差${formatIn(printed, c.delta, Math.max(c.current.precision, c.prior.precision))}，在四舍五入的误差之内`,
            range: c.delta.range,
            related: [
              { range: c.current.range, label: `本年数 ${c.current.raw}` },
              { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            ],
            severity: 'info',
            fingerprint: `rounding:${c.current.raw}|${c.prior.raw}|${c.delta.raw}`,
          });
          continue;
        }
        if (!meets(diff, abs(intervalOf(c.delta)))) {
          const exact = c.current.value.times(c.current.scale).minus(c.prior.value.times(c.prior.scale)).abs();
          const p = Math.max(c.current.precision, c.prior.precision);
          ctx.report({
            message: `${subject}${c.current.raw}比${c.base}${c.prior.raw}${statedChange(c.deltaWord, c.delta)}，但两者实际相差${formatIn(exact, c.delta, p)}`,
            range: c.delta.range,
            related: [
              { range: c.current.range, label: `本年数 ${c.current.raw}` },
              { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            ],
            fingerprint: `${c.current.raw}|${c.prior.raw}|${c.delta.raw}`,
          });
          continue;
        }
      }

      // 减少5.46亿元，下降X%: the rate must follow from delta and prior.
      if (c.rate && c.current && (c.delta || c.prior) && (dDir || rDir)) {
        const stated = abs(intervalOf(c.rate));
        const readings: Dir[] = dDir && rDir && dDir !== rDir ? [dDir, rDir] : [(dDir ?? rDir)!];
        const fits = readings.map((d) => ({ d, r: rateFor(c, d) }));
        // 比上年增加10.23万元，增长100.00% when this year is 10.23万元: last year was 0, and no rate follows from 0.
        if (readings.length === 1 && !fits[0].r && c.delta && !c.rate.value.isZero()) {
          const prior = readings[0] === 'down' ? baseValue(c.current).plus(baseValue(c.delta).abs()) : baseValue(c.current).minus(baseValue(c.delta).abs());
          if (prior.isZero()) {
            ctx.report({
              message: `${subject}${c.current.raw}，${verb(readings[0])}${c.delta.raw.replace(/^[-−－负]/, '')}，则${c.base}为0，增减幅度无从计算（以0为基数），不宜写作“${statedChange(c.rateWord, c.rate)}”`,
              range: c.rate.range,
              related: [
                { range: c.current.range, label: `本年数 ${c.current.raw}` },
                { range: c.delta.range, label: `增减额 ${statedChange(c.deltaWord, c.delta)}` },
              ],
              severity: 'warning',
              fingerprint: `zero-base:${c.current.raw}|${c.delta.raw}|${c.rate.raw}`,
            });
            continue;
          }
        }
        if (fits.some((x) => !x.r) || fits.some((x) => meets(x.r!.rate, stated))) continue;
        const p = places(c.rate);
        const explain = fits
          .map((x) => {
            const amt = c.delta ? `${verb(x.d)}${c.delta.raw.replace(/^[-−－负]/, '')}` : '';
            const priorText = c.prior ? c.prior.raw : formatIn(x.r!.priorPoint, c.current!, Math.max(c.current!.precision, c.delta?.precision ?? 0));
            return `按${amt || verb(x.d)}计，${c.base}为${priorText}，${rateName(x.d)}应为${x.r!.ratePoint.toFixed(p)}%`;
          })
          .join('；');
        ctx.report({
          message:
            fits.length > 1
              ? `${subject}所写${statedChange(c.rateWord, c.rate)}与两种读法都不符：${explain}`
              : `${subject}${c.current.raw}，${explain}，而非所写的${c.rate.raw}`,
          range: c.rate.range,
          related: [
            { range: c.current.range, label: `本年数 ${c.current.raw}` },
            ...(c.delta ? [{ range: c.delta.range, label: `增减额 ${statedChange(c.deltaWord, c.delta)}` }] : []),
            ...(c.prior ? [{ range: c.prior.range, label: `${c.base} ${c.prior.raw}` }] : []),
          ],
          fingerprint: `${c.current.raw}|${c.delta?.raw ?? c.prior?.raw}|${c.rate.raw}`,
        });
        continue;
      }

      // 本批发行额较上年第一批5.86亿元增加0.56亿元，增长10.6%: last year's figure and the change are stated, this
      // year's is not; the rate is the change over last year's all the same.
      if (c.rate && !c.current && c.prior && c.delta && (dDir || rDir) && !(dDir && rDir && dDir !== rDir)) {
        const d = (dDir ?? rDir)!;
        const r = div(abs(intervalOf(c.delta)), intervalOf(c.prior));
        if (!r || meets(scale(r, HUNDRED), abs(intervalOf(c.rate)))) continue;
        const point = baseValue(c.delta).abs().div(baseValue(c.prior)).times(HUNDRED).toFixed(places(c.rate));
        ctx.report({
          message: `${subject}比${c.base}${c.prior.raw}${verb(d)}${c.delta.raw.replace(/^[-−－负]/, '')}，${rateName(d)}应为${point}%，而非所写的${c.rate.raw}`,
          range: c.rate.range,
          related: [
            { range: c.prior.range, label: `${c.base} ${c.prior.raw}` },
            { range: c.delta.range, label: `增减额 ${statedChange(c.deltaWord, c.delta)}` },
          ],
          fingerprint: `${c.prior.raw}|${c.delta.raw}|${c.rate.raw}`,
        });
        continue;
      }

      // 年初预算为0万元 … 完成年初预算的95.89%: a ratio to nothing.
      if (c.ratio && c.current && c.prior && c.prior.value.isZero() && !c.ratio.value.isZero()) {
        ctx.report({
          message: `${c.base}为${c.prior.raw}，“完成${c.base}的${c.ratio.raw}”无从算起（以0为基数）`,
          range: c.ratio.range,
          related: [{ range: c.prior.range, label: `${c.base} ${c.prior.raw}` }],
          severity: 'warning',
          fingerprint: `${c.prior.raw}|${c.ratio.raw}`,
        });
        continue;
      }

      // 为上年执行数的13.89%: current / prior.
      if (c.ratio && c.current && (c.prior || (c.delta && dDir))) {
        const prior = c.prior ? intervalOf(c.prior) : priorFrom(c.current, c.delta!, dDir!);
        const r = div(intervalOf(c.current), prior);
        if (!r) continue;
        const computed = scale(r, HUNDRED);
        if (meets(computed, intervalOf(c.ratio))) continue;
        // Name the base as written when it is stated, and compute from the figures themselves.
        const priorText = c.prior ? c.prior.raw : formatIn(mid(prior), c.current, c.current.precision);
        // 1.6倍 is stated in multiples: the computed ratio is said the same way.
        const inMultiples = c.ratio.dimension === 'multiple';
        const point = (c.prior && !c.prior.value.isZero() ? baseValue(c.current).div(baseValue(c.prior)).times(100) : mid(computed))
          .div(inMultiples ? 100 : 1)
          .toFixed(places(c.ratio));
        ctx.report({
          message: `${subject}${c.current.raw}为${c.base}${priorText}的${point}${inMultiples ? '倍' : '%'}，而非所写的${c.ratio.raw}`,
          range: c.ratio.range,
          related: [
            { range: c.current.range, label: `本年数 ${c.current.raw}` },
            ...(c.delta ? [{ range: c.delta.range, label: `增减额 ${statedChange(c.deltaWord, c.delta)}` }] : []),
            ...(c.prior ? [{ range: c.prior.range, label: `${c.base} ${c.prior.raw}` }] : []),
          ],
          fingerprint: `${c.current.raw}|${c.delta?.raw ?? c.prior?.raw}|${c.ratio.raw}`,
        });
      }
    }
  },
);
