import { describe, expect, it } from 'vitest';
import { columnHeads, stackHeads } from './column-heads.ts';

describe('columnHeads: a two-level head the page set as one row', () => {
  it('gives the group words to the columns under them, the middle one holding them', () => {
    const h = columnHeads(['科目编码', '科目名称', '上年预算数', '合计', '本年预算数 基本支出', '项目支出', '本年比上年增减 增减额', '增减%']);
    expect(h.own).toEqual(['科目编码', '科目名称', '上年预算数', '合计', '基本支出', '项目支出', '增减额', '增减%']);
    expect(h.full).toEqual(['科目编码', '科目名称', '上年预算数', '本年预算数合计', '本年预算数基本支出', '本年预算数项目支出', '本年比上年增减增减额', '本年比上年增减增减%']);
  });

  it('reads a year group over its first column and a change group named 较上年', () => {
    const h = columnHeads(['项目', '2024年预算', '2025年预算 合计', '人员经费', '公用经费', '较上年增减 金额', '%']);
    expect(h.own).toEqual(['项目', '2024年预算', '合计', '人员经费', '公用经费', '金额', '%']);
    expect(h.full.slice(2)).toEqual(['2025年预算合计', '2025年预算人员经费', '2025年预算公用经费', '较上年增减金额', '较上年增减%']);
  });

  it('keeps heads that are one name wrapped over two lines, or words of no group', () => {
    const heads = ['项目', '2024年 预算数', '本年支出 合计', '资金 来源', '上年预算数'];
    expect(columnHeads(heads)).toEqual({ own: heads, full: heads, group: heads.map(() => undefined) });
  });

  it('does not take a period or a change column beside the group into it', () => {
    const h = columnHeads(['项目', '本年预算数 合计', '上年预算数', '增减额']);
    expect(h.full).toEqual(['项目', '本年预算数合计', '上年预算数', '增减额']);
  });
});

describe('stackHeads: a head of two rows, column by column', () => {
  it('puts the second row under the first; empty, repeated and ditto cells add nothing', () => {
    expect(stackHeads([['年度', '合计', '公务用车购置及运行费', '', ''], ['', '合计', '小计', '购置费', '〃']])).toEqual(['年度', '合计', '公务用车购置及运行费 小计', '购置费', '']);
  });
  it('keeps a one-row head as it is', () => {
    expect(stackHeads([['项目', '合计', '基本支出', '项目支出']])).toEqual(['项目', '合计', '基本支出', '项目支出']);
  });
});
