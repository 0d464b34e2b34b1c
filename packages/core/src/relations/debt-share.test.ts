import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { DebtClaim, ShareClaim } from './types.ts';
import { flowDate, readDates, stockDate } from '../reading/dates.ts';
import { readClause } from './debt.ts';
import { normalName } from './shares.ts';

// Snippets written for these tests; none is copied from a real disclosure.

const claimsOf = (text: string, format: 'text' | 'markdown' = 'text') => extractClaims(parseDocument(text, format)).claims;
const debts = (text: string, format: 'text' | 'markdown' = 'text') =>
  claimsOf(text, format)
    .filter((c): c is DebtClaim => c.kind === 'debt')
    .map((c) => `${c.measure}|${c.debtKind}|${c.scope}|${c.date}|${c.figure.raw}${c.estimate ? '|预计' : ''}`);
const shares = (text: string) =>
  claimsOf(text)
    .filter((c): c is ShareClaim => c.kind === 'share')
    .map((c) => `${c.part.raw}/${c.total.raw}=${c.share.raw}|${c.via}`);

describe('readDates', () => {
  const one = (s: string) => readDates(s).map((d) => stockDate(d.date));
  it('reads year ends however they are written', () => {
    expect(one('截至2023年底，')).toEqual(['2023年末']);
    expect(one('2024年末，')).toEqual(['2024年末']);
    expect(one('截止2022年底')).toEqual(['2022年末']);
    expect(one('截至2024年12月末')).toEqual(['2024年末']);
    expect(one('截至2022年12月31日')).toEqual(['2022年末']);
    expect(one('截至２０２３年底')).toEqual(['2023年末']);
  });
  it('keeps other months, year starts and bare years apart', () => {
    expect(one('截至2024年6月底')).toEqual(['2024年6月末']);
    expect(one('2023年初')).toEqual(['2023年初']);
    expect(one('2023年度')).toEqual(['2023年']);
    expect(one('6月15日')).toEqual([]);
  });
  it('skips periods', () => {
    expect(one('2021-2022年农村厕所革命')).toEqual([]);
  });
  it('gives flows their year', () => {
    expect(flowDate({ year: 2024, at: 'end' })).toBe('2024年');
    expect(flowDate({ year: 2024, at: 'month', month: 6 })).toBe('2024年6月末');
    // 2024年初余额…，当年发行…: a flow after the year's opening runs through the year.
    expect(flowDate({ year: 2024, at: 'start' })).toBe('2024年');
  });
});

describe('readClause', () => {
  it('names measures, kinds and scopes from the domain vocabulary', () => {
    expect(readClause('全区政府债务余额')).toMatchObject({ debt: true, measure: 'balance', kind: undefined, scope: '全区' });
    expect(readClause('一般债务限额')).toMatchObject({ measure: 'limit', kind: 'general' });
    expect(readClause('新增地方政府专项债券')).toMatchObject({ measure: 'issuance', kind: 'special' });
    expect(readClause('再融资一般债券')).toMatchObject({ measure: 'refinancing', kind: 'general' });
    expect(readClause('市本级政府债务余额')).toMatchObject({ scope: '市本级' });
    expect(readClause('天元区政府债券还本')).toMatchObject({ measure: 'repayment', scope: '天元区' });
  });
  it('reads the measure of the head noun, not of a modifier before 的 or a gloss in brackets', () => {
    expect(readClause('上述余额对应的2024年债务限额').measure).toBe('limit');
    expect(readClause('与该余额所对应的专项债务限额')).toMatchObject({ measure: 'limit', kind: 'special' });
    expect(readClause('限额以内的债务余额').measure).toBe('balance');
    expect(readClause('发行再融资债券（用于偿还到期本金）').measure).toBe('refinancing');
    expect(readClause('新增债券（含用于偿还本金部分）').measure).toBe('issuance');
    // A modifier's 新增 or 剩余 still makes a limit a quota or what is left of it.
    expect(readClause('提前下达的新增债务限额').measure).toBeNull();
    expect(readClause('剩余的债务限额').measure).toBeNull();
    expect(readClause('新增的债务限额').measure).toBeNull();
  });

  it('refuses what is not one measure', () => {
    expect(readClause('全区还本付息支出').measure).toBeNull();
    expect(readClause('提前批新增债务限额').measure).toBeNull();
    expect(readClause('一般债务和专项债务余额').kind).toBeNull();
    expect(readClause('全区隐性债务余额').excluded).toBe(true);
    expect(readClause('市本级和区县政府债务余额').excluded).toBe(true);
  });
});

describe('extractDebts', () => {
  it('reads a total and its 其中 components by kind, with scope and date', () => {
    expect(debts('截至2023年底，全县政府债务余额65320万元，其中：一般债务余额21320万元，专项债务余额44000万元。')).toEqual([
      'balance|total|全县|2023年末|65320万元',
      'balance|general|全县|2023年末|21320万元',
      'balance|special|全县|2023年末|44000万元',
    ]);
  });
  it('leaves out a repayment split by source', () => {
    expect(
      debts('2023年，全县政府债券还本支出6200万元，其中：一般债务还本支出6200万元，使用再融资债券资金5800万元，县本级财力安排400万元。'),
    ).toEqual(['repayment|total|全县|2023年|6200万元', 'repayment|general|全县|2023年|6200万元']);
    expect(debts('2025年，全县政府债券预计还本支出3100万元，其中：一般债务还本支出3100万元，拟发行再融资债券2900万元，县本级财力安排200万元。')).toEqual([
      'repayment|total|全县|2025年|3100万元|预计',
      'repayment|general|全县|2025年|3100万元|预计',
    ]);
  });
  it('does not take a quota for new borrowing as a limit', () => {
    expect(debts('2024年，上级财政提前下达我县新增债务限额920万元，其中一般债券920万元，全部用于农田水利项目920万元。')).toEqual([]);
  });
  it('starts a new figure after a 其中 list when it heads its own list', () => {
    expect(debts('2023年全县偿还到期政府债券本金0亿元，其中一般债券0亿元，专项债券0亿元，支付政府债券利息0.41亿元，其中一般债券利息0.05亿元，专项债券利息0.36亿元。')).toEqual([
      'repayment|total|全县|2023年|0亿元',
      'repayment|general|全县|2023年|0亿元',
      'repayment|special|全县|2023年|0亿元',
      'interest|total|全县|2023年|0.41亿元',
      'interest|general|全县|2023年|0.05亿元',
      'interest|special|全县|2023年|0.36亿元',
    ]);
  });
  it('marks balances of a document whose limit is held elsewhere', () => {
    const cs = claimsOf('按照上级核定，高新区的政府债务限额纳入市本级债务限额统筹管理，高新区无债务限额。截至2023年底，高新区政府债务余额48.2亿元。');
    expect(cs.filter((c) => c.kind === 'debt').map((c) => (c as DebtClaim).limitElsewhere)).toEqual([true]);
  });
  it('gives an unnamed scope only when the sentence names one', () => {
    expect(debts('截至2023年底，全市政府债务余额520亿元，市本级政府债务限额210亿元，政府债务限额320亿元。')).toEqual([
      'balance|total|全市|2023年末|520亿元',
      'limit|total|市本级|2023年末|210亿元',
    ]);
  });
  it('reads Markdown paragraphs the same way', () => {
    expect(debts('## 三、债务情况\n\n截至2023年底，全区政府债务限额9.8亿元。\n', 'markdown')).toEqual(['limit|total|全区|2023年末|9.8亿元']);
  });
});

describe('extractShares', () => {
  it('finds the total of the sum the part is a component of', () => {
    expect(shares('本年支出合计468.25万元，其中：基本支出172.60万元，占36.86%；项目支出295.65万元，占63.14%。')).toEqual([
      '172.60万元/468.25万元=36.86%|of-which',
      '295.65万元/468.25万元=63.14%|of-which',
    ]);
  });
  it('finds a named total stated before', () => {
    expect(shares('本年支出合计512.4万元，其中：基本支出400万元，占78.06%。\n一般公共预算财政拨款支出512.4万元，占本年支出合计的100.00%。')).toContain(
      '512.4万元/512.4万元=100.00%|named',
    );
  });
  it('takes a purpose list only when its items add up to the amount before it', () => {
    expect(shares('财政拨款支出100万元，主要用于以下方面：甲支出（类）60万元，占60%；乙支出（类）40万元，占40%。')).toEqual([
      '60万元/100万元=60%|purpose-list',
      '40万元/100万元=40%|purpose-list',
    ]);
    expect(shares('财政拨款支出100万元，主要用于以下方面：甲支出（类）60万元，占60%；乙支出（类）30万元，占30%。')).toEqual([]);
  });
  it('follows a purpose list over blocks that end at ；', () => {
    const text = '财政拨款支出100万元，主要用于以下方面：\n甲支出（类）60万元，占60%；\n乙支出（类）40万元，占40%。';
    expect(shares(text)).toEqual(['60万元/100万元=60%|purpose-list', '40万元/100万元=40%|purpose-list']);
  });
  it('normalises a total\'s name', () => {
    expect(normalName('本年支出合计的')).toBe('本年支出');
    expect(normalName('合计')).toBe('');
  });
});

// Acceptance: the real documents beside the project must read without error and give the claims a reviewer sees.
const SHARED = join(import.meta.dirname, '../../../../../../shared');
describe.runIf(existsSync(SHARED))('shared corpus', () => {
  const files = ['seeds', 'corpus/putuo'].flatMap((d) =>
    existsSync(join(SHARED, d)) ? readdirSync(join(SHARED, d)).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, d, f)) : [],
  );
  it.each(files)('%s reads', (file) => {
    expect(() => claimsOf(readFileSync(file, 'utf8'))).not.toThrow();
  });
  it('reads the balance and the limit at 87452 as the same debt', () => {
    const seed = files.find((f) => f.includes('000_'));
    if (!seed) return;
    const ds = debts(readFileSync(seed, 'utf8'));
    expect(ds).toContain('balance|total|全区|2023年末|87452万元');
    expect(ds).toContain('limit|total|全区|2023年末|87452万元');
    expect(ds.filter((d) => d.startsWith('limit|'))).toHaveLength(3);
  });
});
