/**
 * Facts found on a held-out set (test/heldout): the scope before the time, and
 * a numbered title line on its own in a PDF's text. Three wordings each.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { ExtractContext } from '../reading/context.ts';
import { readFacts } from './facts.ts';

const facts = (src: string) => readFacts(new ExtractContext(parseDocument(src, 'text'))).map((f) => `${f.scope}|${f.subject}|${f.period}|${f.figure.raw}`);

describe('the time may follow the scope', () => {
  it.each([
    ['本部门2024年度机关运行经费支出318.42万元，比上年增加12.06万元。', '2024年度本部门机关运行经费支出318.24万元。'],
    ['全区2025年政府采购预算1,286.40万元，主要用于信息化运维。', '2025年全区政府采购预算1,268.40万元。'],
    ['本单位2024年会议费支出12.80万元，均在预算内。', '2024年本单位会议费支出12.08万元。'],
  ])('%s / %s: one subject, one period', (a, b) => {
    const key = (f: string) => f.split('|').slice(0, 3).join('|');
    const [fa] = facts(a);
    const [fb] = facts(b);
    expect(fa).toBeDefined();
    expect(key(fa)).toBe(key(fb));
  });
});

describe('a numbered title line on its own does not leave the next line without its frame', () => {
  it.each([
    ['四、机关运行经费支出情况\n2024年度本部门机关运行经费支出318.24万元，主要用于日常公用开支。', '318.24万元'],
    ['（二）政府采购情况\n2024年度政府采购支出总额1,204.37万元，均按规定程序执行。', '1,204.37万元'],
    ['第三部分 名词解释以外的说明\n2025年部门会议费预算12.60万元。', '12.60万元'],
  ])('%s', (src, raw) => {
    expect(facts(src).some((f) => f.endsWith(`|${raw}`))).toBe(true);
  });

  it('a line cut in the middle of a sentence still is', () => {
    expect(facts('本年度机关运行经费支出情况如下，较上年\n2024年度本部门机关运行经费支出318.24万元。')).toEqual([]);
  });
});

describe('a period written in full-width digits is the same period', () => {
  it.each([
    ['２０２４年度本部门机关运行经费支出318.42万元，比上年增加12.06万元。', '2024年度本部门机关运行经费支出318.24万元。'],
    ['２０２５年全区政府采购预算1,286.40万元，主要用于信息化运维。', '2025年全区政府采购预算1,268.40万元。'],
    ['截至２０２４年６月末，全县政府债务余额为86.20亿元。', '截至2024年6月末，全县政府债务余额为86.02亿元。'],
  ])('%s / %s', (a, b) => {
    const key = (f: string) => f.split('|').slice(0, 3).join('|');
    const [fa] = facts(a);
    const [fb] = facts(b);
    expect(fa).toBeDefined();
    expect(key(fa)).toBe(key(fb));
  });
});

describe('上年 beside a year of its own does not carry to the next sentence', () => {
  it.each([
    ['2025年，全镇一般公共预算支出决算3,434.88万元，比上年下降2.1%，主要是上年集中建设的项目本年完工。全镇会议费支出12.80万元，均在预算内。', '|2025|12.80万元'],
    ['2024年本部门机关运行经费支出318.42万元，较上年有所减少，主要是上年一次性购置办公设备较多。本部门公务接待费支出6.20万元，主要用于业务交流。', '|2024|6.20万元'],
    ['2025年全区政府采购支出1,286.40万元，其中上年结转项目采购312.60万元。全区培训费支出48.36万元，主要用于干部业务培训。', '|2025|48.36万元'],
  ])('%s', (src, tail) => {
    expect(facts(src).pop()).toMatch(new RegExp(`[^|]${tail.replace(/[.|]/g, '\\$&')}$`));
  });
});
