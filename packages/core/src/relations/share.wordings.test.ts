/**
 * Share bases found on a held-out set (test/heldout), each reading rule in
 * three or more wordings written for this file.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import type { SourceFormat } from '../document/types.ts';
import { extractClaims } from './index.ts';
import type { ShareClaim } from './types.ts';

const shares = (src: string, format: SourceFormat = 'text') =>
  extractClaims(parseDocument(src, format))
    .claims.filter((c): c is ShareClaim => c.kind === 'share')
    .map((c) => `${c.part.raw}/${c.total.raw}=${c.share.raw}`);

describe('a share that names no base takes the base the share before it named', () => {
  it.each([
    [
      '全县一般公共预算收入累计完成126,480万元。从收入结构看，税收收入91,350万元，占一般公共预算收入的比重为72.2%；非税收入35,130万元，所占比例为27.8%。',
      '35,130万元/126,480万元=27.8%',
    ],
    [
      '本年财政拨款支出5,608.72万元，按功能分类：一般公共服务支出4,312.55万元，占财政拨款支出的76.9%；社会保障和就业支出586.04万元，占比为10.4%。',
      '586.04万元/5,608.72万元=10.4%',
    ],
    [
      '2025年区级政府性基金预算收入48,260万元。\n（1）国有土地使用权出让收入41,530万元，占政府性基金预算收入的86.1%；\n（2）城市基础设施配套费收入4,120万元，占8.5%；\n（3）污水处理费收入2,610万元，占比5.4%。',
      '2,610万元/48,260万元=5.4%',
    ],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });

  it('a full stop between them ends the run: the next bare share is of something else', () => {
    const src = '一般公共预算收入126,480万元，其中税收收入91,350万元，占一般公共预算收入的比重为72.2%。政府性基金收入中，土地出让收入41,530万元，占86.1%。';
    expect(shares(src).filter((s) => s.startsWith('41,530'))).toEqual([]);
  });

  it('a base smaller than the part is not its base', () => {
    const src = '教育支出52,380万元，占一般公共预算支出的22.0%；教育费附加安排的支出238,600万元，占比为45.1%。';
    expect(shares(src).filter((s) => s.startsWith('238,600'))).toEqual([]);
  });
});

describe('the named base is found without its scope and verb', () => {
  it.each([
    ['区级一般公共预算收入安排174,900万元，比上年增长7.1%。税收收入128,600万元，占一般公共预算收入的比重为73.5%。', '128,600万元/174,900万元=73.5%'],
    ['全县一般公共预算收入累计完成126,480万元，同比增长6.3%。非税收入35,130万元，占一般公共预算收入的27.8%。', '35,130万元/126,480万元=27.8%'],
    ['2024年本部门财政拨款支出决算3,210.40万元。其中项目支出1,284.16万元，占本部门财政拨款支出的40.0%。', '1,284.16万元/3,210.40万元=40.0%'],
    ['本部门2025年支出预算为5,653.55万元。按经济分类，工资福利支出3,862.40万元，占全部支出预算的68.3%。', '3,862.40万元/5,653.55万元=68.3%'],
    ['本单位2024年财政拨款收入决算2,118.30万元，同比增长2.0%。其中上级补助收入423.66万元，占全部财政拨款收入的20.0%。', '423.66万元/2,118.30万元=20.0%'],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });
});

describe('a purpose list whose items go on with their own changes', () => {
  it.each([
    [
      '2025年一般公共预算拨款支出2,940.05万元，较上年增加221.41万元，增长8.1%，主要用于：\n（一）人员经费1,862.30万元，占63.3%，比上年增支72.18万元；\n（二）日常公用经费318.75万元，占10.8%，比上年减支12.65万元；\n（三）专项业务经费759.00万元，占25.8%，比上年增加161.88万元，增长27.1%。',
      '759.00万元/2,940.05万元=25.8%',
    ],
    [
      '本年支出合计1,500.00万元，主要用于以下方面：基本支出900.00万元，占60.0%，比上年减少20.00万元；项目支出600.00万元，占40.0%，比上年增加35.00万元，增长6.2%。',
      '600.00万元/1,500.00万元=40.0%',
    ],
    [
      '财政拨款支出820.50万元，比上年下降3.1%，主要用于：一般公共服务支出610.20万元，占74.4%，同比减少30.10万元；卫生健康支出210.30万元，占25.6%，同比增加4.60万元。',
      '210.30万元/820.50万元=25.6%',
    ],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });
});

describe('在…中占: the base named inside 在…中 before 占', () => {
  it.each([
    ['基本支出58,320.48万元，其中人员经费51,206.34万元，在基本支出中占87.8%。', '51,206.34万元/58,320.48万元=87.8%'],
    ['本年财政拨款支出7,023.76万元。卫生健康支出301.25万元，在财政拨款支出中所占比重为4.3%。', '301.25万元/7,023.76万元=4.3%'],
    ['自然资源海洋气象等支出（类）3,580.42万元中，自然资源利用与保护（项）2,105.80万元，在该类支出中占58.8%。', '2,105.80万元/3,580.42万元=58.8%'],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });
});

describe('a part named again before 在…中占, its amount stated earlier', () => {
  it.each([
    ['付息支出8.82亿元，其中一般债务付息3.46亿元，专项债务付息5.36亿元，一般债务付息在付息支出中占39.2%。', '3.46亿元/8.82亿元=39.2%'],
    ['政府债务余额179.23亿元，其中一般债务58.11亿元、专项债务121.14亿元。一般债务余额在政府债务余额中所占比重为32.4%。', '58.11亿元/179.23亿元=32.4%'],
    ['项目资金1,280.00万元，其中中央补助480.00万元、省级补助320.00万元。中央补助在项目资金中的占比为37.5%。', '480.00万元/1,280.00万元=37.5%'],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });
});
