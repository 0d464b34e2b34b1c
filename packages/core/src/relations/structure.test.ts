import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { ClaimKind, ClaimOf } from './types.ts';

function claims<K extends ClaimKind>(source: string, kind: K, format: 'text' | 'markdown' = 'text'): ClaimOf<K>[] {
  return extractClaims(parseDocument(source, format)).claims.filter((c): c is ClaimOf<K> => c.kind === kind);
}

describe('grades', () => {
  it('pairs each score with the grade word after it, before the next score', () => {
    const text =
      '其中：“城区供热管网改造”项目总资金为4312.6万元，绩效评价得分为89.97分，绩效评价等级为“良”，“殡葬服务设施提升”项目总资金为517.2万元，绩效评价得分为77.7分，绩效评价等级为“中”；“农村公路提质”项目总资金为961.08万元，绩效评价得分为90.85分，绩效评价等级为“优”。';
    expect(claims(text, 'grade').map((c) => [c.score.raw, c.grade.text])).toEqual([
      ['89.97分', '良'],
      ['77.7分', '中'],
      ['90.85分', '优'],
    ]);
  });

  it('leaves out grades that count projects and scores that bound a range', () => {
    const text = '平均得分91.3分（其中，绩效评级为“优”的项目4个；绩效评级为“良”的项目1个）。对得分在80分至90分的项目，评价等级为良。';
    expect(claims(text, 'grade')).toEqual([]);
  });
});

describe('counts', () => {
  it('keeps 、 inside quotes within one item and reads years with hyphens', () => {
    const [c] = claims('重点评价项目有三个，即2021-2022年“污水管网、泵站改造”专项资金、2024年农村公路养护专项资金、2024年学前教育奖补资金。', 'count');
    expect(c.count.raw).toBe('三个');
    expect(c.items.map((i) => i.text)).toEqual(['2021-2022年“污水管网、泵站改造”专项资金', '2024年农村公路养护专项资金', '2024年学前教育奖补资金']);
  });

  it('reads a numeral coinage with numbered items', () => {
    const [c] = claims('以“四全”（（1）参与人员全面（2）管理环节全面（3）覆盖范围全面（4）监督指导全面）为抓手。', 'count');
    expect([c.count.raw, c.count.value.toNumber(), c.items.length]).toEqual(['四全', 4, 4]);
  });

  it('reads 一是…二是… one a line after a colon', () => {
    const [c] = claims('主要做好三个方面工作：\n一是强化目标管理。\n二是扩大评价范围。\n三是加强结果应用。', 'count');
    expect(c.items.map((i) => i.text.slice(0, 2))).toEqual(['一是', '二是', '三是']);
    expect(c.open).toBeUndefined();
  });

  it('makes no claim for a partition or a note in brackets', () => {
    expect(claims('完成重点评价项目17个，其中优1个、良11个、中5个。重点项目8个（其中一个事前绩效）。', 'count')).toEqual([]);
  });
});

describe('headings', () => {
  it('reads block-initial markers with their rank and style, and inline markers after a sentence', () => {
    const hs = claims('一、总体情况\n（一）收入情况。（二）支出情况。\n1.行政运行\n⑴人员经费', 'heading');
    expect(hs.map((h) => [h.marker.text, h.rank, h.style, !!h.inline])).toEqual([
      ['一、', 1, '#、', false],
      ['（一）', 2, '（#）', false],
      ['（二）', 2, '（#）', true],
      ['1.', 3, '#.', false],
      ['⑴', 5, '⑴', false],
    ]);
  });

  it('skips a contents list without dot leaders and reads a listed title that lost its number', () => {
    const source = '目 录\n第一部分 概况\n第二部分 某局2024年度部门决算表\n第三部分 情况说明\n\n第一部分 概况\n某局2024年度部门决算表收入支出决算总表\n第三部分 情况说明';
    const hs = claims(source, 'heading');
    expect(hs.map((h) => [h.marker.text, h.ordinal, !!h.inline])).toEqual([
      ['第一部分', 1, false],
      ['某', 2, true],
      ['第三部分', 3, false],
    ]);
  });
});

describe('years', () => {
  // The title's names as a presenting sentence would be compared with (framed) are read apart; see the last test.
  const unframed = <T extends { framed?: boolean }>(ys: T[]) => ys.filter((y) => !y.framed);

  it('reads a title over several lines and body years that name the document', () => {
    const ys = unframed(claims('某区委社会工作部\n2024 年度\n部门决算\n\n为方便社会公众对本部门2023年度部门决算的理解，现说明如下。2023年底债务余额为0万元。', 'year'));
    expect(ys.map((y) => [y.role, y.year, y.document, y.word.text])).toEqual([
      ['title', 2024, '部门决算', '2024 年度'],
      ['body', 2023, '部门决算', '2023年度'],
    ]);
  });

  it('leaves out comparisons and topics', () => {
    const ys = unframed(claims('2025年政府预算公开相关说明\n\n与2024年政府预算相比，我区2024年政府预算执行情况良好。', 'year'));
    expect(ys.map((y) => y.role)).toEqual(['title']);
  });

  it('reads the names a presenting sentence gives the document by their kind words, the title the same way', () => {
    const ys = claims('关于南岭县2025年预算执行情况和2026年预算草案的报告\n\n现将南岭县2025年预算执行情况和县人民政府2025年县级预算草案提请大会审议。与2024年决算相比…', 'year');
    expect(ys.filter((y) => y.framed).map((y) => [y.role, y.year, y.document])).toEqual([
      ['title', 2025, '预算执行'],
      ['title', 2026, '预算草案'],
      // 南岭县2025年预算执行情况 is read already as the issuer's execution year: not claimed twice.
      ['body', 2025, '预算草案'],
    ]);
  });
});
