/**
 * Tables whose change columns compare an actual column with a budget column
 * or with last year's, found on a held-out set (test/heldout); three layouts
 * each, written for this file.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { ChangeClaim } from './types.ts';

const rows = (src: string) =>
  extractClaims(parseDocument(src, 'markdown'))
    .claims.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.prior && (!!c.delta || !!c.rate))
    .map((c) => `${c.subject}: ${c.prior!.raw} → ${c.current!.raw} ${c.delta?.raw ?? ''}${c.rate ? `${c.rate.raw}(${c.rate.dimension})` : ''}`);

const ratios = (src: string) =>
  extractClaims(parseDocument(src, 'markdown'))
    .claims.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.prior && !!c.ratio)
    .map((c) => `${c.subject}: ${c.prior!.raw} → ${c.current!.raw} ${c.ratio!.raw}(${c.ratio!.dimension})`);

describe('预算数 | 决算数 | 增减: the actual against the budget', () => {
  it.each([
    ['单位：万元\n\n| 项目 | 预算数 | 决算数 | 增减 |\n|---|---:|---:|---:|\n| 基本支出 | 2,946.30 | 2,871.58 | -74.72 |', '基本支出: 2,946.30万元 → 2,871.58万元 -74.72万元'],
    ['单位：万元\n\n| 科目 | 年初预算数 | 决算数 | 增减额 |\n|---|---:|---:|---:|\n| 公务接待费 | 15.50 | 11.86 | -3.64 |', '公务接待费: 15.50万元 → 11.86万元 -3.64万元'],
    ['单位：万元\n\n| 项目 | 执行数 | 调整预算数 | 增减 |\n|---|---:|---:|---:|\n| 教育支出 | 52,380 | 51,900 | 480 |', '教育支出: 51,900万元 → 52,380万元 480万元'],
  ])('%s', (src, expected) => {
    expect(rows(src)).toContain(expected);
  });
});

describe('决算数 | 上年决算数 | 比上年增减%: the actual against last year, the % column a percentage', () => {
  it.each([
    ['单位：万元\n\n| 项目 | 决算数 | 调整预算数 | 上年决算数 | 比上年增减% |\n|---|---:|---:|---:|---:|\n| 非税收入 | 27,140 | 26,000 | 29,450 | -7.8 |', '非税收入: 29,450万元 → 27,140万元 -7.8%(percent)'],
    ['单位：万元\n\n| 项目 | 执行数 | 上年执行数 | 比上年增减额 |\n|---|---:|---:|---:|\n| 税收收入 | 84,260 | 79,830 | 4,430 |', '税收收入: 79,830万元 → 84,260万元 4,430万元'],
    ['单位：亿元\n\n| 项目 | 完成数 | 上年完成数 | 比上年增减% |\n|---|---:|---:|---:|\n| 一般公共预算收入 | 11.14 | 10.93 | 1.9 |', '一般公共预算收入: 10.93亿元 → 11.14亿元 1.9%(percent)'],
  ])('%s', (src, expected) => {
    expect(rows(src)).toContain(expected);
  });

  // 决算数 beside 上年决算, 执行数 beside 上年执行: one measure whether its head ends in 数 or not.
  it.each([
    ['单位：万元\n\n| 科目 | 调整预算 | 决算数 | 完成调整预算% | 上年决算 | 比上年增减% |\n|---|---:|---:|---:|---:|---:|\n| 农林水支出 | 2,860 | 2,794 | 97.7 | 2,536 | 11.2 |', '农林水支出: 2,536万元 → 2,794万元 11.2%(percent)'],
    ['单位：万元\n\n| 项目 | 执行数 | 上年执行 | 比上年增减额 |\n|---|---:|---:|---:|\n| 税收收入 | 84,260 | 79,830 | 4,430 |', '税收收入: 79,830万元 → 84,260万元 4,430万元'],
    ['单位：亿元\n\n| 项目 | 决算 | 上年决算数 | 比上年增减% |\n|---|---:|---:|---:|\n| 基金支出 | 14.75 | 13.60 | 8.5 |', '基金支出: 13.60亿元 → 14.75亿元 8.5%(percent)'],
  ])('%s', (src, expected) => {
    expect(rows(src)).toContain(expected);
  });

  // 决算数为调整预算数的% | 执行数占预算数%: the outturn named before the ratio's verb.
  it.each([
    ['单位：万元\n\n| 项目 | 调整预算数 | 决算数 | 决算数为调整预算数的% |\n|---|---:|---:|---:|\n| 城乡社区支出 | 520.00 | 493.70 | 96.9 |', '城乡社区支出: 520.00万元 → 493.70万元 96.9%(percent)'],
    ['单位：万元\n\n| 项目 | 预算数 | 执行数 | 执行数占预算数% |\n|---|---:|---:|---:|\n| 教育支出 | 8,600 | 8,213 | 95.5 |', '教育支出: 8,600万元 → 8,213万元 95.5%(percent)'],
  ])('%s', (src, expected) => {
    expect(ratios(src)).toContain(expected);
  });

  // 1—9月完成 | 年初预算 | 完成预算%: a period from January is the running total, as 1-9月累计 is.
  it.each([
    ['单位：万元\n\n| 项目 | 年初预算 | 1—9月完成 | 完成预算% | 上年同期 | 同比增减% |\n|---|---:|---:|---:|---:|---:|\n| 其中：增值税 | 168,000 | 132,560 | 79.8 | 126,340 | 4.9 |', '增值税: 168,000万元 → 132,560万元 79.8%(percent)'],
    ['单位：亿元\n\n| 项目 | 年度预算 | 1-6月 | 完成年度预算% |\n|---|---:|---:|---:|\n| 税收收入 | 40.00 | 21.30 | 53.3 |', '税收收入: 40.00亿元 → 21.30亿元 53.3%(percent)'],
  ])('%s', (src, expected) => {
    expect(ratios(src)).toContain(expected);
  });

  // 预算数 | 执行数 | 完成预算% | 上年执行数 | 增长%: the completion column is the outturn against the budget, so
  // the bare change beside both is against last year's column of the outturn.
  it.each([
    ['单位：万元\n\n| 项目 | 预算数 | 执行数 | 完成预算% | 上年执行数 | 增长% |\n|---|---:|---:|---:|---:|---:|\n| 国有企业利润收入 | 7,600 | 8,114 | 106.8 | 7,390 | 9.8 |', '国有企业利润收入: 7,390万元 → 8,114万元 9.8%(percent)'],
    ['单位：万元\n\n| 科目 | 年初预算 | 决算数 | 为年初预算的% | 上年决算数 | 增减额 |\n|---|---:|---:|---:|---:|---:|\n| 土地出让收入 | 52,000 | 47,320 | 91.0 | 55,180 | -7,860 |', '土地出让收入: 55,180万元 → 47,320万元 -7,860万元'],
    ['单位：亿元\n\n| 项目 | 调整预算数 | 执行数 | 执行率 | 上年执行数 | 增幅 |\n|---|---:|---:|---:|---:|---:|\n| 政府性基金收入 | 31.20 | 30.46 | 97.6 | 28.75 | 5.9 |', '政府性基金收入: 28.75亿元 → 30.46亿元 5.9%(percent)'],
  ])('%s', (src, expected) => {
    expect(rows(src)).toEqual([expected]);
  });

  it('预算数 | 执行数 | 上年执行数 | 增长% with no completion column: the budget or last year, not said; nothing is read', () => {
    expect(rows('单位：万元\n\n| 项目 | 预算数 | 执行数 | 上年执行数 | 增长% |\n|---|---:|---:|---:|---:|\n| 股利收入 | 1,350 | 1,420 | 1,380 | 2.9 |')).toEqual([]);
  });

  // 2023年执行数 | 调整预算数 | 2024年执行数 | 完成调整预算%: the latest year's outturn against the budget the head names.
  it.each([
    ['单位：万元\n\n| 项目 | 2023年执行数 | 调整预算数 | 2024年执行数 | 完成调整预算% | 比上年增长% |\n|---|---:|---:|---:|---:|---:|\n| 契税 | 18,400 | 17,000 | 16,320 | 96.0 | -11.3 |', '契税: 17,000万元 → 16,320万元 96.0%(percent)'],
    ['单位：万元\n\n| 科目 | 2024年决算数 | 2025年年初预算 | 2025年决算数 | 为年初预算的% |\n|---|---:|---:|---:|---:|\n| 教育支出 | 9,820 | 10,400 | 10,115 | 97.3 |', '教育支出: 10,400万元 → 10,115万元 97.3%(percent)'],
  ])('%s', (src, expected) => {
    expect(ratios(src)).toContain(expected);
  });

  it('a change column between the two periods paired (a group head the page lost: 资产总额 2023年末 | 增长% | 负债总额 2024年末 | 2023年末): nothing is read', () => {
    expect(rows('单位：亿元\n\n| 单位类型 | 2024年末 | 资产总额 2023年末 | 增长% | 负债总额 2024年末 | 2023年末 | 净资产 2024年末 |\n|---|---:|---:|---:|---:|---:|---:|\n| 行政单位 | 52.40 | 49.10 | 6.7 | 3.02 | 2.86 | 49.38 |')).toEqual([]);
  });

  it('两个预算列 with an unqualified 增减: which one is meant is not said, nothing is read', () => {
    expect(rows('单位：万元\n\n| 项目 | 年初预算数 | 调整预算数 | 决算数 | 增减 |\n|---|---:|---:|---:|---:|\n| 基本支出 | 2,900.00 | 2,946.30 | 2,871.58 | -74.72 |')).toEqual([]);
  });
});
