import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { ClaimOf } from './types.ts';

// Counts the sentences read for a grading standard: each is read once, whether or not it states one.
const reads = vi.hoisted(() => ({ sentences: [] as string[] }));
vi.mock('../domain/grade-standard.ts', async (original) => {
  const mod = await original<typeof import('../domain/grade-standard.ts')>();
  return {
    ...mod,
    readGradeStandard: (sentence: string) => {
      reads.sentences.push(sentence);
      return mod.readGradeStandard(sentence);
    },
  };
});

function grades(source: string, format: 'text' | 'markdown' = 'text'): ClaimOf<'grade'>[] {
  reads.sentences.length = 0;
  return extractClaims(parseDocument(source, format)).claims.filter((c): c is ClaimOf<'grade'> => c.kind === 'grade');
}

const repeats = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('the grading standard is read once per sentence', () => {
  it('a draft that states its standard: the standard applies, the standard sentence gives no claim, and no sentence is read twice', () => {
    const text = [
      '本县绩效评价等级标准为：综合得分85分（含）以上为优，70分（含）至85分为良，60分（含）至70分为中，60分以下为差。',
      '2024年我局对城区道路养护项目开展了绩效评价，评价得分为83.5分，绩效评价等级为“优”。',
      '农村饮水安全巩固提升工程项目绩效自评得分为72分，自评等级为“良”。',
    ].join('\n');
    const got = grades(text);
    expect(got.map((c) => [c.score.raw, c.grade.text, c.bands?.[0].min])).toEqual([
      ['83.5分', '优', 85],
      ['72分', '良', 85],
    ]);
    expect(repeats(reads.sentences)).toEqual([]);
    expect(reads.sentences.filter((s) => s.includes('为优'))).toHaveLength(1);
  });

  it('a draft without a standard of its own: the default bands, every sentence with a score read once', () => {
    const text =
      '经第三方机构评价，老旧小区改造项目绩效评价得分为91.2分，评价等级为“优”；社区养老服务补助资金绩效评价得分为86分，评价等级为“良”。全年共开展重点评价项目二个。';
    const got = grades(text);
    expect(got.map((c) => [c.score.raw, c.grade.text, c.bands])).toEqual([
      ['91.2分', '优', undefined],
      ['86分', '良', undefined],
    ]);
    expect(repeats(reads.sentences)).toEqual([]);
    expect(reads.sentences.length).toBeGreaterThan(0);
  });

  it('a Markdown draft whose standard is in a comment reads the comment after the text, once', () => {
    const text = [
      '<!-- 评级标准：90分以上为A，75分（含）至90分为B，60分（含）至75分为C，60分以下为D。 -->',
      '',
      '重点项目“智慧校园建设”绩效评价得分为78分，评价结果为B级。',
    ].join('\n');
    const got = grades(text, 'markdown');
    expect(got.map((c) => [c.grade.text, c.bands?.[1].min])).toEqual([['B', 75]]);
    expect(repeats(reads.sentences)).toEqual([]);
  });
});
