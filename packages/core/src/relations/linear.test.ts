// The long-paragraph rewrites read the same as the patterns they replaced: each is checked against
// the old pattern on short random text of the characters that matter (short, so the old pattern's
// backtracking costs nothing here).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLabel, subjectBefore } from '../reading/labels.ts';
import { readFigures } from '../reading/figures/read-figures.ts';

const SEED = 20_241_201;

// cleanLabel as it was, with the `(?:…)+$` tail pattern (and its outline markers as they read now:
// （一）、 whole, 一 with a gap where 、 stood).
const oldCleanLabel = (s: string) =>
  s
    .replace(/^[\s\u3000，,、；;：:。）)]+/, '')
    .replace(/^(?:[（(]?[一二三四五六七八九十\d０-９]+(?:[）)][、.．]?|[、.．])\s*|[一二三四五六七八九十]{1,3}[ \u3000]+(?=[\u3400-\u9fff]{2}))+/, '')
    .replace(/^其中[：:，,]?/, '')
    .replace(/(?:[\s\u3000，,、；;：:（(]|为|是|达|共计|合计|总计|总额|共)+$/, '')
    .trim();

const pieces = (words: string[]) => fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((a) => a.join(''));
const LABEL_WORDS = ['支出', '收入', '为', '是', '达', '共', '计', '合', '总', '额', '共计', '合计', '总计', '总额', '，', '、', '：', '（', ' ', '\u3000', '其中', '1', '（一）', '。', '到', '达到', '三'];

describe('rewritten tail and trim rules read as the patterns they replace', () => {
  it('cleanLabel strips the same tail of list punctuation, 为/是/达 and total words', () => {
    fc.assert(
      fc.property(pieces(LABEL_WORDS), (s) => {
        expect(cleanLabel(s)).toBe(oldCleanLabel(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('subjectBefore drops a trailing run of total words', () => {
    expect(subjectBefore('一般公共预算支出合计为', 11)).toBe('一般公共预算支出');
    // Within the label's look-back of 120 characters.
    expect(subjectBefore(`项目支出${'共计'.repeat(50)}`, 4 + 100)).toBe('项目支出');
    expect(subjectBefore('三公经费达到', 6)).toBe('三公经费');
  });

  it('a Chinese numeral is a count only with its classifier right after the whole run', () => {
    expect(readFigures('设立四个专项').map((f) => f.raw)).toEqual(['四个']);
    expect(readFigures('共一百零五多个').map((f) => f.raw)).toEqual(['一百零五多个']);
    // A run with no classifier, however long, is no figure; the run that ends in one is read whole.
    expect(readFigures('一二三四五六七八九十'.repeat(3000))).toEqual([]);
    expect(readFigures(`${'一二三'.repeat(3000)}。十二项`).map((f) => f.raw)).toEqual(['十二项']);
  });
});
