import { describe, expect, it } from 'vitest';
import { readGradeStandard, readGradeTable } from './grade-standard.ts';

const bands = (s: string) => readGradeStandard(s)?.map((b) => [b.labels[0], b.min, b.max, b.maxInclusive]);

describe('readGradeStandard', () => {
  it('reads ranges before their labels (…以上为优秀，…至…为良好)', () => {
    expect(bands('评价等级：85分（含）以上为优秀，70分（含）至85分为良好，60分（含）至70分为合格，60分以下为不合格')).toEqual([
      ['优秀', 85, 100, true],
      ['良好', 70, 85, false],
      ['合格', 60, 70, false],
      ['不合格', 0, 60, false],
    ]);
  });

  it('reads labels before their ranges, letters with 级 (A级90分（含）以上，B级75分（含）至90分…)', () => {
    expect(bands('本县绩效评价等级标准（县财政局规定）：A级90分（含）以上，B级75分（含）至90分，C级60分（含）至75分，D级60分以下')).toEqual([
      ['A', 90, 100, true],
      ['B', 75, 90, false],
      ['C', 60, 75, false],
      ['D', 0, 60, false],
    ]);
  });

  it('reads quoted labels, 分号 between items and 低于 for the lowest band', () => {
    expect(bands('绩效评级标准为90分及以上为“优”；80分（含）至90分为“良”；60分（含）至80分为“中”；低于60分为“差”')).toEqual([
      ['优', 90, 100, true],
      ['良', 80, 90, false],
      ['中', 60, 80, false],
      ['差', 0, 60, false],
    ]);
  });

  it('gives a stated label the default band’s synonyms it does not clash with', () => {
    const b = readGradeStandard('A级85分以上，B级70分（含）至85分，C级60分（含）至70分，D级60分以下')!;
    expect(b[0].labels).toEqual(['A', '优', '优秀']);
    expect(b[3].labels).toContain('不合格');
  });

  it('reads the range in brackets after its label, with a lead-in before the first and a lead-out after the last', () => {
    expect(bands('评价等级按得分划分为A（90分及以上）、B（80分至89.9分）、C（60分至79.9分）、D（60分以下）四档')).toEqual([
      ['A', 90, 100, true],
      ['B', 80, 90, false],
      ['C', 60, 80, false],
      ['D', 0, 60, false],
    ]);
    expect(bands('评价结果分为优秀（90分以上）、良好（80-89分）、合格（60-79分）、不合格（60分以下）')).toEqual([
      ['优秀', 90, 100, true],
      ['良好', 80, 90, false],
      ['合格', 60, 80, false],
      ['不合格', 0, 60, false],
    ]);
    // 84.5 is half a unit short of 85 at its last place: a gap, so no standard is read.
    expect(readGradeStandard('考核等次设“优”（85分（含）以上）、“良”（75分（含）至84.5分）、“中”（60分（含）至74.5分）、“差”（60分以下）共四个等次')).toBeNull();
  });

  it('reads a ceiling one unit of its last place below the next floor as reaching it (80-89分 under 90分以上)', () => {
    expect(bands('90分以上为优，80-89分为良，60-79分为中，60分以下为差')).toEqual([
      ['优', 90, 100, true],
      ['良', 80, 90, false],
      ['中', 60, 80, false],
      ['差', 0, 60, false],
    ]);
    expect(bands('A级85分（含）以上；B级70分至84.9分；C级60分至69.9分；D级60分以下')).toEqual([
      ['A', 85, 100, true],
      ['B', 70, 85, false],
      ['C', 60, 70, false],
      ['D', 0, 60, false],
    ]);
    // Two units short is a gap, not a way of writing the floor.
    expect(readGradeStandard('90分以上为优，80-88分为良，60-79分为中，60分以下为差')).toBeNull();
  });

  it('reads nothing from sentences that only mention thresholds', () => {
    expect(readGradeStandard('评价结果与预算安排挂钩：得分60分以下的项目原则上压减下年预算，得分90分以上的项目优先保障')).toBeNull();
    expect(readGradeStandard('全年共评价项目38个，其中90分以上31个，80分（含）至90分7个')).toBeNull();
  });

  it('reads nothing from bands that overlap or leave a gap', () => {
    expect(readGradeStandard('90分以上为优，80分至85分为良，60分至80分为中，60分以下为差')).toBeNull();
    expect(readGradeStandard('90分以上为优，80分至95分为良，60分至80分为中，60分以下为差')).toBeNull();
  });
});

describe('readGradeStandard: colons inside items, and ceilings that belong to their band', () => {
  it('reads an item that holds a colon of its own (A级：85分以上), with or without a lead-in before it', () => {
    const want = [
      ['A', 85, 100, true],
      ['B', 70, 85, false],
      ['C', 60, 70, false],
      ['D', 0, 60, false],
    ];
    expect(bands('A级：85分（含）以上；B级：70分（含）至85分；C级：60分（含）至70分；D级：60分以下')).toEqual(want);
    expect(bands('评价等级：A级：85分（含）以上；B级：70分（含）至85分；C级：60分（含）至70分；D级：60分以下')).toEqual(want);
  });

  it('reads 59分及以下 and 59分（含）以下 as a ceiling one unit below the next floor, reaching up to it', () => {
    expect(bands('90分及以上为优，80分至89分为良，60分至79分为中，59分及以下为差')).toEqual([
      ['优', 90, 100, true],
      ['良', 80, 90, false],
      ['中', 60, 80, false],
      ['差', 0, 60, false],
    ]);
    expect(bands('优秀：90分（含）以上；良好：75分（含）至89.9分；合格：60分（含）至74.9分；不合格：59.9分（含）以下')).toEqual([
      ['优秀', 90, 100, true],
      ['良好', 75, 90, false],
      ['合格', 60, 75, false],
      ['不合格', 0, 60, false],
    ]);
  });

  it('still reads nothing from a sentence that only uses scores (no band list), colons or not', () => {
    expect(readGradeStandard('评价结果：得分59分及以下的项目压减预算；得分90分以上的项目优先保障')).toBeNull();
    expect(readGradeStandard('说明：A级项目3个，B级项目5个，C级项目1个')).toBeNull();
  });

  it('does not tile bands whose ceilings leave a gap (59分及以下 under a 61-point floor)', () => {
    expect(readGradeStandard('90分及以上为优，80分至89分为良，61分至79分为中，59分及以下为差')).toBeNull();
  });
});

describe('readGradeStandard: parts that hold no range', () => {
  it('are not tried against the long item patterns (百分点, 部分, 分别 are not standards)', () => {
    const plain = RegExp.prototype.exec;
    let long = 0;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (this.source.length > 200) long++;
      return plain.call(this, s);
    };
    try {
      for (const s of [
        '一般公共预算支出增长3.2个百分点，其中部分支出分别用于教育和卫生健康',
        '项目资金分三批拨付，部分资金已于6月底前到位，分别为120万元和80万元',
        '本年综合得分比上年提高2分，其余部分维持不变',
      ]) {
        expect(readGradeStandard(s)).toBeNull();
      }
      expect(long).toBe(0);
      // A part that does state a range is still read.
      expect(bands('90分以上为优秀，80分至90分为良好，60分至80分为合格，60分以下为不合格')).toHaveLength(4);
      expect(long).toBeGreaterThan(0);
    } finally {
      RegExp.prototype.exec = plain;
    }
  });
});

describe('readGradeStandard: more of the ways drafters state their bands', () => {
  const seventy = [
    ['优', 90, 100, true],
    ['良', 80, 90, false],
    ['中', 70, 80, false],
    ['差', 0, 70, false],
  ];

  it('reads a lead-out after the last band (…70分以下为差四个等级确定, …为“差”等四档, …为差的标准评定)', () => {
    expect(bands('考核结果按90分（含）以上为优、80分（含）至90分为良、70分（含）至80分为中、70分以下为差四个等级确定')).toEqual(seventy);
    expect(bands('自评得分90分（含）以上的为“优”，80分（含）至90分的为“良”，70分（含）至80分的为“中”，70分以下的为“差”等四档')).toEqual(seventy);
    expect(bands('等次按90分（含）以上为优、80分（含）至90分为良、70分（含）至80分为中、70分以下为差的标准评定')).toEqual(seventy);
  });

  it('reads a bound marked in a note after its range (90分以上（含90分）, 80—90分（含80分）)', () => {
    expect(bands('综合得分90分以上（含90分）为优、80—90分（含80分）为良、70—80分（含70分）为中、70分以下为差')).toEqual(seventy);
    expect(bands('90分以上（含90分）为优，80分至90分为良，70分至80分为中，70分以下（不含70分）为差')).toEqual(seventy);
  });

  it('reads a band written as a floor and a ceiling (得分在80分以上（含80分）、90分以下的为良), the score named before each', () => {
    expect(
      bands('得分在90分以上（含90分）的为优，得分在80分以上（含80分）、90分以下的为良，得分在70分以上（含70分）、80分以下的为中，得分在70分以下的为差'),
    ).toEqual(seventy);
    expect(bands('评分达到90分（含）以上为优；评分80分（含）以上且低于90分为良；评分70分（含）以上且低于80分为中；评分低于70分为差')).toEqual(seventy);
  });

  it('reads bands after the grades are named (评价等级分为优、良、中、差四档，其中…)', () => {
    expect(bands('评价等级分为优、良、中、差四档，其中90分（含）以上为优，80（含）-90分为良，70（含）-80分为中，低于70分为差')).toEqual(seventy);
  });

  it('still reads nothing where no band list is stated', () => {
    // A floor and a ceiling for a count of projects, no grade.
    expect(readGradeStandard('得分在80分以上、90分以下的项目14个，70分以上、80分以下的项目5个，70分以下的项目1个')).toBeNull();
    // Grades named with a lead-out but no ranges.
    expect(readGradeStandard('评价等级分为优、良、中、差四个等级')).toBeNull();
    // 满意度 in per cent: no 分, no band.
    expect(readGradeStandard('满意度90%以上为优，80%至90%为良，70%至80%为中，70%以下为差')).toBeNull();
  });
});

describe('readGradeTable', () => {
  it('reads a table of bands, one a row, the range in words or in signs', () => {
    expect(
      readGradeTable([
        ['评价等级', '得分区间'],
        ['优', '90分（含）以上'],
        ['良', '80分（含）至90分'],
        ['中', '70分（含）至80分'],
        ['差', '70分以下'],
      ])?.map((b) => [b.labels[0], b.min, b.max, b.maxInclusive]),
    ).toEqual([
      ['优', 90, 100, true],
      ['良', 80, 90, false],
      ['中', 70, 80, false],
      ['差', 0, 70, false],
    ]);
    expect(
      readGradeTable([
        ['序号', '分值', '等级', '说明'],
        ['1', '≥85', 'A级', '绩效优秀'],
        ['2', '70≤得分<85', 'B级', ''],
        ['3', '60≤得分<70', 'C级', ''],
        ['4', '<60', 'D级', '整改'],
      ])?.map((b) => [b.labels[0], b.min, b.max]),
    ).toEqual([
      ['A', 85, 100],
      ['B', 70, 85],
      ['C', 60, 70],
      ['D', 0, 60],
    ]);
  });

  it('reads no bands from a table of projects with their scores and grades', () => {
    expect(
      readGradeTable([
        ['项目', '得分', '等级'],
        ['城区绿化养护', '92.5', '优'],
        ['农村饮水安全', '84.0', '良'],
        ['社区养老服务', '71.0', '中'],
      ]),
    ).toBeNull();
  });
});
