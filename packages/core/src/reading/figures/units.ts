import { Decimal } from 'decimal.js';
import type { Dimension } from './types.ts';

export interface UnitInfo {
  unit: string;
  dimension: Dimension;
  scale: Decimal;
  exact: boolean;
}

const money = (unit: string, pow: number): UnitInfo => ({ unit, dimension: 'money', scale: new Decimal(10).pow(pow), exact: false });
const count = (unit: string): UnitInfo => ({ unit, dimension: 'count', scale: new Decimal(1), exact: true });
const other = (unit: string, dimension: Dimension = 'other'): UnitInfo => ({ unit, dimension, scale: new Decimal(1), exact: false });

/** Count classifiers: a number followed by one of these counts things. */
export const COUNT_CLASSIFIERS = ['个', '项', '家', '批', '类', '种', '所', '名', '人', '户', '次', '条', '件', '辆', '台', '座', '处', '笔', '份', '篇', '期', '套', '间', '位', '起', '场', '支'];

/**
 * Written forms of units, mapped to their canonical unit. Bare 亿 is money in
 * this genre ("减少了5.7亿"); a bare 万 is read where it stands (read-figures.ts unitAt: 1万人 counts,
 * 28,640万， is 万元).
 */
const TABLE: Array<[string, UnitInfo]> = [
  ['万亿元', money('万亿元', 12)],
  ['亿元', money('亿元', 8)],
  ['億元', money('亿元', 8)],
  ['千万元', money('千万元', 7)],
  ['百万元', money('百万元', 6)],
  ['万元', money('万元', 4)],
  ['萬元', money('万元', 4)],
  ['千元', money('千元', 3)],
  ['元', money('元', 0)],
  ['万亿', money('万亿元', 12)],
  ['亿', money('亿元', 8)],
  ['億', money('亿元', 8)],
  ['个百分点', other('个百分点', 'points')],
  ['百分点', other('个百分点', 'points')],
  ['%', other('%', 'percent')],
  ['％', other('%', 'percent')],
  ['‰', other('‰', 'other')],
  // 是上年同期的1.6倍: a ratio, in percent ×100. Read as a ratio only after 是/为…的 (reading/roles.ts):
  // 增长1.5倍 is read two ways by drafters (×1.5 or ×2.5) and is left alone.
  ['倍', { unit: '倍', dimension: 'multiple', scale: new Decimal(100), exact: false }],
  ['分', other('分', 'score')],
  ['平方米', other('平方米')],
  ['平方公里', other('平方公里')],
  ['公里', other('公里')],
  ['千米', other('千米')],
  ['亩', other('亩')],
  ['吨', other('吨')],
  ['米', other('米')],
  ...COUNT_CLASSIFIERS.map((u): [string, UnitInfo] => [u, count(u)]),
];
// Longest written form first so that 万亿元 wins over 万 and 个百分点 over 个.
TABLE.sort((a, b) => b[0].length - a[0].length);

export function matchUnit(text: string, at: number): { written: string; info: UnitInfo } | null {
  for (const [written, info] of TABLE) {
    if (text.startsWith(written, at)) return { written, info };
  }
  return null;
}

export const BARE: UnitInfo = other('');

export function moneyUnit(unit: string): UnitInfo | null {
  const hit = TABLE.find(([w, info]) => w === unit && info.dimension === 'money');
  return hit ? hit[1] : null;
}
