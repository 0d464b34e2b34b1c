import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { readFigures, intervalOf, parseChineseNumeral, type Figure } from '../../index.ts';

/** [input, source text of the figure, value, unit, precision, approximate, extra checks] — exactly one figure is read. */
type Row = [string, string, string, string, number, boolean, Partial<Pick<Figure, 'dimension' | 'exact' | 'chineseNumeral'>>?];

const POSITIVE: Row[] = [
  // digits, separators, decimals
  ['152500', '152500', '152500', '', 0, false, { dimension: 'other' }],
  ['合计27.54亿元', '27.54亿元', '27.54', '亿元', 2, false, { dimension: 'money', exact: false }],
  ['一般性转移支付13.40亿元', '13.40亿元', '13.4', '亿元', 2, false],
  ['返还性收入1.3亿元', '1.3亿元', '1.3', '亿元', 1, false],
  ['共１５个', '１５个', '15', '个', 0, false, { dimension: 'count', exact: true, chineseNumeral: false }],
  ['１２．５万元', '１２．５万元', '12.5', '万元', 1, false],
  ['1,234.56万元', '1,234.56万元', '1234.56', '万元', 2, false],
  ['1，234.56万元', '1，234.56万元', '1234.56', '万元', 2, false],
  ['1,234,567.89元', '1,234,567.89元', '1234567.89', '元', 2, false],
  ['0.00万元', '0.00万元', '0', '万元', 2, false],
  ['3 万元', '3 万元', '3', '万元', 0, false],
  ['3　万元', '3　万元', '3', '万元', 0, false],
  // signs
  ['返还性收入-2884万元', '-2884万元', '-2884', '万元', 0, false],
  ['返还性收入−2884万元', '−2884万元', '-2884', '万元', 0, false],
  ['返还性收入－３万元', '－３万元', '-3', '万元', 0, false],
  ['返还性收入负2884万元', '负2884万元', '-2884', '万元', 0, false],
  ['增长-5%', '-5%', '-5', '%', 0, false],
  // percentages and points
  ['下降34.44%', '34.44%', '34.44', '%', 2, false, { dimension: 'percent' }],
  ['下降34.44％', '34.44％', '34.44', '%', 2, false, { dimension: 'percent' }],
  // a percentage in words (a report written to be read aloud)
  ['增长百分之九点五', '百分之九点五', '9.5', '%', 1, false, { dimension: 'percent', chineseNumeral: true }],
  ['占支出预算的百分之六十七点六', '百分之六十七点六', '67.6', '%', 1, false, { dimension: 'percent', chineseNumeral: true }],
  ['覆盖率达到百分之百', '百分之百', '100', '%', 0, false, { dimension: 'percent', chineseNumeral: true }],
  ['增长约百分之十二', '百分之十二', '12', '%', 0, true, { dimension: 'percent', chineseNumeral: true }],
  ['为上年的13.89%', '13.89%', '13.89', '%', 2, false],
  ['提高1.5个百分点', '1.5个百分点', '1.5', '个百分点', 1, false, { dimension: 'points' }],
  ['下降0.5百分点', '0.5百分点', '0.5', '个百分点', 1, false, { dimension: 'points' }],
  // Chinese numerals in counts
  ['设立四个专项', '四个', '4', '个', 0, false, { dimension: 'count', exact: true, chineseNumeral: true }],
  ['分两批下达', '两批', '2', '批', 0, false, { chineseNumeral: true }],
  ['开展十二项评价', '十二项', '12', '项', 0, false, { chineseNumeral: true }],
  ['一百零五个', '一百零五个', '105', '个', 0, false, { chineseNumeral: true }],
  ['一千多个', '一千多个', '1000', '个', 0, true, { chineseNumeral: true, exact: true }],
  ['共3家', '3家', '3', '家', 0, false, { dimension: 'count' }],
  // 支 counts teams and funds
  ['已设立子基金6支，分别为', '6支', '6', '支', 0, false, { dimension: 'count', exact: true }],
  ['组建三支志愿服务队', '三支', '3', '支', 0, false, { dimension: 'count', chineseNumeral: true }],
  ['30 多个', '30 多个', '30', '个', 0, true, { dimension: 'count' }],
  // units with or without 元, traditional forms
  ['减少了5.7亿', '5.7亿', '5.7', '亿元', 1, false, { dimension: 'money' }],
  ['3.2萬元', '3.2萬元', '3.2', '万元', 1, false],
  ['4.5億元', '4.5億元', '4.5', '亿元', 1, false],
  ['2.8万亿元', '2.8万亿元', '2.8', '万亿元', 1, false],
  ['3万亿', '3万亿', '3', '万亿元', 0, false],
  ['1千元', '1千元', '1', '千元', 0, false],
  ['得分95.5分', '95.5分', '95.5', '分', 1, false, { dimension: 'score' }],
  ['覆盖1万人', '1万人', '1', '人', 0, false, { dimension: 'count' }],
  // a bare 万 closing an amount is 万元, as a bare 亿 is 亿元
  ['政府性基金收入完成28,640万，', '28,640万', '28640', '万元', 0, false, { dimension: 'money' }],
  ['完成年度预算58,600万的', '58,600万', '58600', '万元', 0, false, { dimension: 'money' }],
  ['较上年的24.15万减少', '24.15万', '24.15', '万元', 2, false, { dimension: 'money' }],
  ['上级补助收入191,320万中，', '191,320万', '191320', '万元', 0, false, { dimension: 'money' }],
  ['支出合计4,968.47万。', '4,968.47万', '4968.47', '万元', 2, false, { dimension: 'money' }],
  // approximate markers
  ['约5亿元', '5亿元', '5', '亿元', 0, true],
  ['约 5 亿元', '5 亿元', '5', '亿元', 0, true],
  ['近3000万元', '3000万元', '3000', '万元', 0, true],
  ['300多万元', '300多万元', '300', '万元', 0, true],
  ['500余万元', '500余万元', '500', '万元', 0, true],
  ['1000万元左右', '1000万元左右', '1000', '万元', 0, true],
  ['12多亿', '12多亿', '12', '亿元', 0, true],
  ['超过90%', '90%', '90', '%', 0, true],
  ['下降1.2个百分点左右', '1.2个百分点左右', '1.2', '个百分点', 1, true],
  // thousands grouped with a space (a web page, a spreadsheet), read when the unit follows the last group
  ['其中税收收入338 560万元', '338 560万元', '338560', '万元', 0, false, { dimension: 'money' }],
  ['比上年执行数增加8 000万元', '8 000万元', '8000', '万元', 0, false],
  ['年末余额1 234 567.89元', '1 234 567.89元', '1234567.89', '元', 2, false],
  ['国有土地使用权出让收入163950万元', '163950万元', '163950', '万元', 0, false],
  // amounts in Chinese numerals
  ['年度预算资金一千二百万元', '一千二百万元', '1200', '万元', 0, false, { dimension: 'money', chineseNumeral: true }],
  ['其中中央补助资金八百万元', '八百万元', '800', '万元', 0, false, { dimension: 'money' }],
  ['项目总投资三点五亿元', '三点五亿元', '3.5', '亿元', 1, false, { dimension: 'money' }],
  ['安排资金一亿二千万元', '一亿二千万元', '12000', '万元', 0, false],
  ['补助二万三千元', '二万三千元', '23000', '元', 0, false],
  ['获奖励两万元', '两万元', '2', '万元', 0, false],
  ['约二百万元', '二百万元', '200', '万元', 0, true],
  ['一百五十万元左右', '一百五十万元左右', '150', '万元', 0, true],
  // a figure next to dates and document numbers is still read
  ['2024年1-8月共完成12.5亿元', '12.5亿元', '12.5', '亿元', 1, false],
  ['根据财预〔2020〕10号文件，安排30万元', '30万元', '30', '万元', 0, false],
];

describe('readFigures: what must be read', () => {
  it.each(POSITIVE)('%s → %s', (input, raw, value, unit, precision, approximate, extra) => {
    const figs = readFigures(input);
    // raw drops the spaces PDF extraction puts inside a figure; the range still covers them.
    expect(figs.map((f) => f.raw)).toEqual([raw.replace(/[ \u3000]/g, '')]);
    const f = figs[0];
    expect(f.start).toBe(input.indexOf(raw));
    expect(f.end).toBe(f.start + raw.length);
    expect(f.value.toString()).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.precision).toBe(precision);
    expect(f.approximate).toBe(approximate);
    if (extra) expect(f).toMatchObject(extra);
  });
});

/** Text that holds no figure at all. */
const NEGATIVE: string[] = [
  // years and dates
  '2024年',
  '2024 年',
  '２０２４年',
  '2023年度',
  '2024年12月末',
  '截至2024年12月末',
  '12月31日',
  '1-8月',
  '1～3月',
  '2021-2022年',
  '2021至2022年',
  '2021—2022年',
  '2024-12-31',
  '第2季度',
  // durations
  '3个月',
  '用时两个月',
  '60岁以上',
  // document numbers
  '财预〔2020〕10号',
  '晋财办发〔2020〕5号',
  '财预[2020]10号',
  '【2021】3号',
  // section markers
  '一、总体情况',
  '（二）项目支出',
  '（十二）',
  '3. 绩效评价',
  '1．基本情况',
  '（1）返还性收入',
  '（１）返还',
  '(3)',
  '⑴一般债务',
  '①',
  '1、基本情况',
  '　２、测试',
  '1）返还性收入',
  // law articles and ordinals
  '第三条',
  '第3条',
  '《预算法》第二十一条',
  '第一批',
  'No.5',
  // phone numbers
  '电话：0351-1234567',
  '联系电话 13912345678',
  '电话：6123456',
  '(0351)1234567',
  // thresholds
  '90分以上',
  '90分及以上',
  '80分（含）以上',
  '500万元（含）以上',
  '5000万元以下',
  '削减20%以上',
  // no number to compute with: 数百万元, 上千万元, 几十万元; a threshold in numerals
  '资金达数百万元',
  '投入上千万元',
  '节约几十万元',
  '一百万元以上的项目',
  '成为万元户',
  // rates per unit
  '6.5万元/亩',
  '6.5万元／亩',
  '100元/人',
  // outline numbers, codes and words that contain numerals
  '1.2.3',
  '1.2.3.4',
  '1+N',
  '3-5个',
  'ISO9001',
  '统一支出',
  '招募三支一扶人员',
  '唯一',
  '一次性',
  '这两项',
  '十几个',
  '三五个',
  '一是加强',
  '进一步',
  '每一个',
  '.5万元',
];

describe('readFigures: what must not be read', () => {
  it('has enough rows', () => {
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(40);
    expect(POSITIVE.length).toBeGreaterThanOrEqual(40);
  });
  it.each(NEGATIVE)('%s → no figure', (input) => {
    expect(readFigures(input).map((f) => f.raw)).toEqual([]);
  });
});

describe('a bare 万 before what is counted', () => {
  it('is no amount of money: 万亩, 万册, 万株 name what is counted, 万人 counts people', () => {
    for (const text of ['新增造林1.2万亩', '发放图书3万册', '栽种苗木2.5万株', '惠及4.6万人']) {
      const [f] = readFigures(text);
      expect(f.dimension, text).not.toBe('money');
    }
  });
});

describe('支 opening a word after a figure', () => {
  it('counts nothing: 支出, 支付, 支持 begin the next word', () => {
    for (const text of ['第2季度12支出', '分3支付到位', '共5支持政策']) {
      expect(readFigures(text).map((f) => f.dimension)).not.toContain('count');
    }
  });
});

describe('thousands grouped with a space', () => {
  it('a thin or no-break space groups thousands too', () => {
    expect(readFigures('专项转移支付收入56\u2009200万元、其他收入1\u00a0250万元').map((f) => f.value.toString())).toEqual(['56200', '1250']);
  });

  it('a bare 万 closing the last group is 万元: 338 560万，', () => {
    expect(readFigures('税收收入338 560万，比上年增长6.8%').map((f) => [f.value.toString(), f.unit])).toEqual([['338560', '万元'], ['6.8', '%']]);
  });

  it('without a unit right after the last group, a space parts two cells', () => {
    expect(readFigures('行政运行 3 456.78 812 812.35').map((f) => f.raw)).toEqual(['3', '456.78', '812', '812.35']);
    expect(readFigures('人员 12 345个').map((f) => f.raw)).toEqual(['12', '345个']);
  });
});

describe('readFigures in running text', () => {
  it('reads several figures in order with exact ranges', () => {
    const text = '2024年，上级补助收入27.54亿元，其中：返还性收入1.3亿元，一般性转移支付13.40亿元，专项转移支付7.39亿元。';
    const figs = readFigures(text);
    expect(figs.map((f) => f.raw)).toEqual(['27.54亿元', '1.3亿元', '13.40亿元', '7.39亿元']);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.raw);
  });
  it('keeps section markers out but reads the amounts after them', () => {
    const text = '（1）返还性收入2.4亿元；2.一般性转移支付18.05亿元';
    expect(readFigures(text).map((f) => f.raw)).toEqual(['2.4亿元', '18.05亿元']);
  });
  it('scales money units to 元', () => {
    const [a, b, c] = readFigures('5.7亿，3.2萬元，12元');
    expect(a.scale.toString()).toBe('100000000');
    expect(b.scale.toString()).toBe('10000');
    expect(c.scale.toString()).toBe('1');
  });
});

describe('intervalOf', () => {
  const one = (s: string) => {
    const figs = readFigures(s);
    expect(figs).toHaveLength(1);
    return intervalOf(figs[0]);
  };
  const str = (i: { lo: Decimal; hi: Decimal }) => [i.lo.toString(), i.hi.toString()];

  it('13.40亿元 → [13.395e8, 13.405e8] in 元', () => {
    expect(str(one('13.40亿元'))).toEqual(['1339500000', '1340500000']);
  });
  it('1.3亿元 → ±0.05亿元', () => {
    expect(str(one('1.3亿元'))).toEqual(['125000000', '135000000']);
  });
  it('152500万元 → ±0.5万元', () => {
    expect(str(one('152500万元'))).toEqual(['1524995000', '1525005000']);
  });
  it('34.44% → [34.435, 34.45]: percentages may be truncated', () => {
    expect(str(one('34.44%'))).toEqual(['34.435', '34.45']);
  });
  it('a negative figure keeps lo ≤ hi', () => {
    const i = one('-2884万元');
    expect(str(i)).toEqual(['-28845000', '-28835000']);
  });
  it('counts are exact', () => {
    expect(str(one('17个'))).toEqual(['17', '17']);
    expect(str(one('四个'))).toEqual(['4', '4']);
    expect(str(one('1万人'))).toEqual(['10000', '10000']);
  });
  it('points and scores are rounded like amounts', () => {
    expect(str(one('1.5个百分点'))).toEqual(['1.45', '1.55']);
    expect(str(one('95.5分'))).toEqual(['95.45', '95.55']);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
    ['两百', 200],
    ['一千', 1000],
    ['一千二百三十四', 1234],
    ['一万二千', 12000],
    ['三万五千', 35000],
    ['两千万', 20_000_000],
    ['五亿', 500_000_000],
    ['一亿二千万', 120_000_000],
    ['一亿零五百万', 105_000_000],
    ['十万亿', 10_000_000_000_000],
    ['零', 0],
    ['〇', 0],
  ] as Array<[string, number]>)('%s = %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });
  it.each(['', '一二', '二〇二四', '十十', '一百千', '十几', 'abc'])('%j is not a numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});
