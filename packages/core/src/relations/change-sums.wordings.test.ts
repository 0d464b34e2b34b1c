/**
 * Change-sums found on a held-out set (test/heldout), each reading rule in
 * three or more wordings written for this file.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { ChangeSumClaim, SumClaim } from './types.ts';

const read = (src: string) => extractClaims(parseDocument(src, 'text')).claims;
const changeSums = (src: string) =>
  read(src)
    .filter((c): c is ChangeSumClaim => c.kind === 'change-sum')
    .map((c) => ({ total: c.total.delta.raw, parts: c.parts.map((p) => p.delta?.raw ?? p.flat?.text), complete: c.complete }));

describe('其中 opening its own paragraph breaks down the change the paragraph before ended with', () => {
  it.each([
    [
      '区级“三公”经费预算安排2,640万元，比上年预算数2,780万元压减140万元，下降5.0%。\n其中公务接待费安排310万元，比上年节约45万元；公务用车购置及运行维护费安排2,236万元，比上年减少83万元；因公出国（境）费安排94万元，比上年缩减12万元。',
      '140万元',
      ['45万元', '83万元', '12万元'],
    ],
    [
      '2024年部门“三公”经费支出决算58.60万元，较上年决算数减少9.40万元。\n其中：因公出国（境）费减少3.00万元，公务接待费减少2.10万元，公务用车购置及运行维护费减少4.30万元。',
      '9.40万元',
      ['3.00万元', '2.10万元', '4.30万元'],
    ],
    [
      '2025年“三公”经费预算数为41.5万元，比2024年预算数增加3.5万元。\n其中，公务接待费增加1.2万元；公务用车购置及运行维护费增加2.3万元；因公出国（境）费与上年持平。',
      '3.5万元',
      ['1.2万元', '2.3万元', '持平'],
    ],
  ])('%s', (src, total, parts) => {
    expect(changeSums(src)).toContainEqual({ total, parts, complete: 'partition' });
  });

  it('a paragraph that goes on after its change does not lend it to the next 其中', () => {
    const src = '“三公”经费预算安排2,640万元，比上年压减140万元。会议费安排85万元，主要用于全区工作会议。\n其中公务接待费比上年节约45万元；公务用车购置及运行维护费比上年减少83万元。';
    expect(changeSums(src).filter((c) => c.total === '140万元')).toEqual([]);
  });
});

describe('少支出/少收 parts, and 因公出国 is a part, not a reason', () => {
  it.each([
    ['三公经费合计267.77万元，较上年决算数缩减31.46万元。其中因公出国（境）费少支出4.05万元，公务接待费节约9.38万元，公务用车购置及运行维护费压减16.03万元。', ['4.05万元', '9.38万元', '16.03万元']],
    ['“三公”经费支出120.50万元，比上年减少18.20万元，其中因公出国（境）费减少6.00万元，公务接待费少支出3.40万元，公务用车购置及运行维护费减少8.80万元。', ['6.00万元', '3.40万元', '8.80万元']],
    ['“三公”经费决算数比上年增加5.6万元，其中公务用车购置及运行维护费多支出4.1万元，公务接待费增加2.5万元，因公出国（境）费减少1.0万元。', ['4.1万元', '2.5万元', '1.0万元']],
  ])('%s', (src, parts) => {
    expect(changeSums(src).map((c) => c.parts)).toContainEqual(parts);
  });
});

describe('N项合计: the count of the parts named with the total word is not a part', () => {
  const sums = (src: string) =>
    read(src)
      .filter((c): c is SumClaim => c.kind === 'sum' && c.shape === 'listed-then-total')
      .map((c) => `${c.components.map((x) => x.figure.raw).join('+')}=${c.total.raw}`);
  it.each([
    ['主要税种中：增值税78,420万元，企业所得税31,260万元，个人所得税9,870万元，城市维护建设税12,540万元，四项合计132,090万元。', '78,420万元+31,260万元+9,870万元+12,540万元=132,090万元'],
    ['三、“三公”经费支出情况\n因公出国（境）费12.35万元，公务接待费46.80万元，公务用车购置及运行维护费208.62万元，三项合计267.77万元。', '12.35万元+46.80万元+208.62万元=267.77万元'],
    ['货物类58.20万元，工程类436.90万元，服务类117.30万元，以上三类共计612.40万元。', '58.20万元+436.90万元+117.30万元=612.40万元'],
  ])('%s', (src, expected) => {
    expect(sums(src)).toContain(expected);
  });

  it('a count with more words before the total word is a product, not the list count', () => {
    expect(sums('村级组织运转经费按每村每年15万元的标准安排，全镇12个行政村共计180万元。')).toEqual([]);
  });
});

describe('分项看：/ 其中： ending a paragraph, the parts on numbered lines', () => {
  it.each([
    [
      '2025年“三公”经费预算合计74.50万元，较上年预算数压减6.40万元。分项看：\n1. 因公出国（境）费7.30万元，较上年减少2.10万元；\n2. 公务接待费18.20万元，较上年减少1.40万元；\n3. 公务用车购置及运行维护费49.00万元，较上年减少2.90万元。',
      ['2.10万元', '1.40万元', '2.90万元'],
    ],
    [
      '2024年“三公”经费支出决算36.80万元，比上年减少4.20万元。其中：\n（1）因公出国（境）费比上年减少1.00万元；\n（2）公务接待费比上年减少1.50万元；\n（3）公务用车购置及运行维护费比上年减少1.70万元。',
      ['1.00万元', '1.50万元', '1.70万元'],
    ],
    [
      '部门“三公”经费预算41.5万元，比上年增加2.0万元，按项目分：\n1.公务接待费增加0.8万元；\n2.公务用车购置及运行维护费增加1.2万元；\n3.因公出国（境）费与上年持平。',
      ['0.8万元', '1.2万元', '持平'],
    ],
  ])('%s', (src, parts) => {
    expect(changeSums(src)).toContainEqual({ total: expect.any(String), parts, complete: 'partition' });
  });

  it('numbered lines that are not one change each read nothing', () => {
    const src = '“三公”经费预算74.50万元，较上年压减6.40万元。分项看：\n1. 因公出国（境）费7.30万元；\n2. 公务接待费18.20万元，较上年减少1.40万元。';
    expect(changeSums(src)).toEqual([]);
  });
});
