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

describe('a share opening its paragraph names its part, whose amount the paragraph before stated', () => {
  it.each([
    [
      '2025年全市国有资本经营预算收入4,200万元，具体为：利润收入3,100万元，股利、股息收入600万元，产权转让收入400万元，其他收入100万元。\n利润收入占收入总额的比重为63.8%，主要来自市交通集团和市燃气集团。',
      '3,100万元/4,200万元=63.8%',
    ],
    [
      '本年度部门支出合计8,650.00万元，其中：基本支出3,120.00万元，项目支出5,530.00万元。\n项目支出占支出合计的63.9%，主要用于河道整治和农田水利建设。',
      '5,530.00万元/8,650.00万元=63.9%',
    ],
    [
      '全区政府性基金预算收入52,000万元，其中国有土地使用权出让收入46,800万元、城市基础设施配套费收入5,200万元。\n\n国有土地使用权出让收入所占比重为90.0%，较上年有所提高。',
      '46,800万元/52,000万元=90.0%',
    ],
  ])('%s', (src, expected) => {
    expect(shares(src)).toContain(expected);
  });
});

describe('shares set one to a line, with no base or one named by its kind, of the amount their parts make', () => {
  it.each([
    [
      '按功能分类：农林水支出3,200.00万元，社会保障和就业支出300.00万元，卫生健康支出100.00万元，住房保障支出200.00万元，四项支出合计3,800.00万元。\n按支出性质分，基本支出1,500.00万元，所占比重为42.5%，主要用于保障机构正常运转。\n项目支出2,300.00万元，占支出预算总额的比例为60.5%，主要用于水利工程建设。',
      ['1,500.00万元/3,800.00万元=42.5%', '2,300.00万元/3,800.00万元=60.5%'],
    ],
    [
      '2024年度收入决算总计1,268.40万元。\n财政拨款收入1,106.90万元，占87.3%；\n事业收入161.50万元，占收入的12.7%。',
      ['1,106.90万元/1,268.40万元=87.3%', '161.50万元/1,268.40万元=12.7%'],
    ],
    [
      '本镇2025年一般公共预算支出安排6,420万元，与上年持平。\n其中人员经费2,140万元，占比33.3%，\n公用经费及项目经费4,280万元，占比66.7%。',
      ['2,140万元/6,420万元=33.3%', '4,280万元/6,420万元=66.7%'],
    ],
  ])('%s', (src, expected) => {
    for (const e of expected) expect(shares(src)).toContain(e);
  });

  it('parts that do not make the amount before them are not its shares', () => {
    const src = '四项支出合计3,800.00万元，比上年增长4.1%。\n基本支出1,500.00万元，所占比重为42.5%；\n项目支出2,000.00万元，占比57.5%。';
    expect(shares(src)).toEqual([]);
  });

  it('a share of another base in the line before does not spoil the list', () => {
    const src =
      '一般公共预算财政拨款支出6,400.00万元，占本年支出合计的88.6%，比上年增长8.7%。\n城乡社区支出5,100.00万元，占79.7%；\n住房保障支出1,300.00万元，占20.3%。';
    expect(shares(src)).toEqual(expect.arrayContaining(['5,100.00万元/6,400.00万元=79.7%', '1,300.00万元/6,400.00万元=20.3%']));
  });

  it('a share named by another base is not of the list total', () => {
    const src = '部门支出合计3,800.00万元。\n基本支出1,500.00万元，占一般公共预算支出的39.5%；\n项目支出2,300.00万元，占一般公共预算支出的60.5%。';
    expect(shares(src).filter((s) => s.endsWith('=39.5%'))).toEqual([]);
  });
});

describe('a column of shares whose head names another column as the whole (占总投资（%）) is each row’s amount over that row’s cell', () => {
  it.each([
    [
      '表2 2026年新增专项债券项目表（单位：万元）\n\n| 序号 | 项目名称 | 总投资 | 本批债券 | 占总投资（%） |\n| --- | --- | --- | --- | --- |\n| 1 | 城北片区污水管网改造项目 | 24,800 | 9,600 | 38.7 |\n| 2 | 高新区标准厂房项目 | 61,200 | 18,000 | 29.4 |\n| 合计 |  | 86,000 | 27,600 | 32.1 |',
      ['9,600万元/24,800万元=38.7%', '18,000万元/61,200万元=29.4%', '27,600万元/86,000万元=32.1%'],
    ],
    [
      // The part named before 占, with another amount column between them.
      '表3 2025年重点项目资金执行表（单位：万元）\n\n| 项目 | 年初预算 | 调整预算 | 实际支出 | 实际支出占调整预算比例（%） |\n| --- | --- | --- | --- | --- |\n| 乡村道路硬化工程 | 1,200.00 | 1,350.00 | 1,286.40 | 95.3 |\n| 农田水利设施维修 | 860.00 | 820.00 | 742.10 | 90.5 |',
      ['1,286.40万元/1,350.00万元=95.3%', '742.10万元/820.00万元=90.5%'],
    ],
    [
      // 占…的比重, the whole's head with its unit note.
      '| 单位名称 | 收入合计（万元） | 财政拨款（万元） | 占收入合计的比重 |\n| --- | --- | --- | --- |\n| 区教育局机关 | 3,412.60 | 3,208.20 | 94.0% |\n| 区教师发展中心 | 982.40 | 951.30 | 96.8% |',
      ['3,208.20万元/3,412.60万元=94.0%', '951.30万元/982.40万元=96.8%'],
    ],
  ])('%#', (src, expected) => {
    const got = shares(src, 'markdown');
    for (const e of expected) expect(got).toContain(e);
  });

  it('takes no term (期限（年）), count or rate column for the part, and no head that names no column of the table', () => {
    const term = '表1 项目清单（单位：万元）\n\n| 项目名称 | 总投资 | 债券资金 | 期限（年） | 占总投资（%） |\n| --- | --- | --- | --- | --- |\n| 供水一体化项目 | 52,860 | 24,600 | 15 | 46.5 |\n| 冷链物流园项目 | 46,480 | 18,000 | 10 | 38.7 |';
    expect(shares(term, 'markdown')).toEqual(['24,600万元/52,860万元=46.5%', '18,000万元/46,480万元=38.7%']);
    const unnamed = '表1 项目清单（单位：万元）\n\n| 项目名称 | 总投资 | 债券资金 | 占全市债券（%） |\n| --- | --- | --- | --- |\n| 供水一体化项目 | 52,860 | 24,600 | 46.5 |\n| 冷链物流园项目 | 46,480 | 18,000 | 38.7 |';
    expect(shares(unnamed, 'markdown')).toEqual([]);
  });
});
