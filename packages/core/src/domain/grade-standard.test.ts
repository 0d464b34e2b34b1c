import { describe, expect, it } from 'vitest';
import { readGradeStandard } from './grade-standard.ts';

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

  it('reads nothing from sentences that only mention thresholds', () => {
    expect(readGradeStandard('评价结果与预算安排挂钩：得分60分以下的项目原则上压减下年预算，得分90分以上的项目优先保障')).toBeNull();
    expect(readGradeStandard('全年共评价项目38个，其中90分以上31个，80分（含）至90分7个')).toBeNull();
  });

  it('reads nothing from bands that overlap or leave a gap', () => {
    expect(readGradeStandard('90分以上为优，80分至85分为良，60分至80分为中，60分以下为差')).toBeNull();
    expect(readGradeStandard('90分以上为优，80分至95分为良，60分至80分为中，60分以下为差')).toBeNull();
  });
});
