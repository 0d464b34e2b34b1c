/**
 * Reading rules for changes found on a held-out set (test/heldout): each in
 * three or more wordings written for this file, with what a careful reader
 * takes from them (the current value, the prior, the change and its word).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import type { ChangeClaim, SumClaim } from './types.ts';

const changes = (src: string) =>
  extractClaims(parseDocument(src, 'text'))
    .claims.filter((c): c is ChangeClaim => c.kind === 'change')
    .map((c) => ({
      current: c.current?.raw,
      prior: c.prior?.raw,
      delta: c.delta ? `${c.deltaWord?.text ?? ''}${c.delta.raw}` : undefined,
      rate: c.rate?.raw,
      base: c.base,
    }));

describe('回落 and 回升 state a direction', () => {
  it.each([
    ['2024年公务接待费决算6.35万元，上年决算数为5.10万元，同比回落1.25万元。', '6.35万元', '5.10万元', '回落1.25万元'],
    ['全县契税完成8,420万元，比上年同期的9,130万元回落710万元，回落7.8%。', '8,420万元', '9,130万元', '回落710万元'],
    ['会议费支出12.8万元，较上年回升2.3万元，主要是承办全市培训。', '12.8万元', undefined, '回升2.3万元'],
  ])('%s', (src, current, prior, delta) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, prior, delta }));
  });
});

describe('多收/少收/少支出: the verb is 多/少, what was collected or spent may follow it', () => {
  it.each([
    ['其中国有土地使用权出让收入41,530万元，同比少收10,270万元。', '少10,270万元'],
    ['2024年区级一般公共预算支出186,420万元，比调整预算少支出5,880万元。', '少5,880万元'],
    ['城镇土地使用税入库2,310万元，比上年多收265万元，主要是清缴欠税。', '多265万元'],
  ])('%s', (src, delta) => {
    expect(changes(src).map((c) => c.delta)).toContain(delta);
  });

  it('少收 is a change, not another part of the total before 其中', () => {
    const sums = extractClaims(parseDocument('政府性基金预算收入48,260万元，同比减收9,840万元，其中国有土地使用权出让收入41,530万元，同比少收10,270万元。', 'text')).claims.filter(
      (c): c is SumClaim => c.kind === 'sum',
    );
    expect(sums.flatMap((s) => s.components.map((x) => x.figure.raw))).not.toContain('10,270万元');
  });
});

describe('a level stated after its change is the current value', () => {
  it.each([
    ['一般公共预算财政拨款支出比上年减少346.20万元，下降5.2%，为6,318.90万元。', '6,318.90万元', '减少346.20万元'],
    ['收入支出决算总计较上年增加1,126.48万元，增长12.9%，达到9,858.16万元。', '9,858.16万元', '增加1,126.48万元'],
    ['本年度“三公”经费支出比上年压减4.2万元，为36.8万元，主要是减少公务接待批次。', '36.8万元', '压减4.2万元'],
  ])('%s', (src, current, delta) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, delta }));
  });

  it('an amount after a comma that is not a level stays out', () => {
    expect(changes('一般公共预算支出比上年减少346.20万元，下降5.2%，其中教育支出1,120.00万元。')).toContainEqual(
      expect.objectContaining({ current: undefined, delta: '减少346.20万元' }),
    );
  });
});

describe('a base named after 比 is the ratio base stated earlier under that name', () => {
  it.each([
    ['2024年区级一般公共预算支出执行数186,420万元，为调整预算192,300万元的96.9%，比调整预算少支出5,880万元。', '186,420万元', '192,300万元'],
    ['部门支出决算4,273.94万元，为年初预算4,534.30万元的94.3%，比年初预算减少260.36万元。', '4,273.94万元', '4,534.30万元'],
    ['全县一般公共预算收入完成126,480万元，相当于上年决算数118,960万元的106.3%，比上年决算数增收7,520万元。', '126,480万元', '118,960万元'],
  ])('%s', (src, current, prior) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, prior }));
  });

  it('a different base named after 比 does not take the ratio base', () => {
    expect(changes('支出执行数186,420万元，为调整预算192,300万元的96.9%，比上年增加5,880万元。')).toContainEqual(
      expect.objectContaining({ current: '186,420万元', prior: undefined, delta: '增加5,880万元' }),
    );
  });
});

describe('X年当年<subject>预算执行数为P，…比X年预算执行数增长R%', () => {
  it.each([
    ['2025年当年机关运行经费预算执行数为248.60万元，2026年机关运行经费预算安排231.20万元，比2025年预算执行数下降7.0%。', '231.20万元', '248.60万元'],
    ['2025年当年“三公”经费预算执行数为36.50万元，2026年“三公”经费预算安排34.50万元，比2025年预算执行数减少5.5%。', '34.50万元', '36.50万元'],
    ['2024年当年政府采购预算执行数为1,120.00万元，2025年政府采购预算安排1,286.40万元，比2024年预算执行数增长14.9%。', '1,286.40万元', '1,120.00万元'],
  ])('%s', (src, current, prior) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, prior }));
  });

  it('another subject’s 执行数 is not the base', () => {
    expect(changes('2025年当年会议费预算执行数为12.00万元，2026年机关运行经费预算安排231.20万元，比2025年预算执行数下降7.0%。')).toContainEqual(
      expect.objectContaining({ current: '231.20万元', prior: undefined }),
    );
  });
});

describe('为<base>X万元的R%: a ratio whose base figure stands inside the phrase', () => {
  const ratios = (src: string) =>
    extractClaims(parseDocument(src, 'text'))
      .claims.filter((c): c is ChangeClaim => c.kind === 'change' && !!c.ratio)
      .map((c) => `${c.current?.raw}/${c.prior?.raw}=${c.ratio!.raw} (${c.base})`);
  it.each([
    ['2024年全镇一般公共预算支出决算1,286.74万元，为上年决算数1,402.30万元的91.8%，主要是项目减少。', '1,286.74万元/1,402.30万元=91.8% (上年决算数)'],
    ['区级一般公共预算支出执行数186,420万元，为调整预算192,300万元的96.9%。', '186,420万元/192,300万元=96.9% (调整预算)'],
    ['政府采购预算980.60万元，相当于上年预算数1,120.00万元的87.6%。', '980.60万元/1,120.00万元=87.6% (上年预算数)'],
  ])('%s', (src, expected) => {
    expect(ratios(src)).toContain(expected);
  });
});

describe('a change after a 其中 list with no prior stated: the level its delta and rate fit', () => {
  it.each([
    // the whole's: 0.40 / 7.20 = 5.6%; the last part's would be 0.40 / 2.90 = 13.8%
    ['2025年“三公”经费预算6.80万元，其中公务用车运行维护费4.30万元、公务接待费2.50万元，比上年预算减少0.40万元，下降5.6%。', '6.80万元'],
    // the whole's: 42.47 / 343.95 = 12.3%
    ['截至2024年末，全市政府债务余额386.42亿元，其中一般债务144.40亿元、专项债务242.02亿元，比上年末增加42.47亿元，增长12.3%。', '386.42亿元'],
    // the last part's: 15 / 135 = 11.1%
    ['全年培训经费支出320万元，其中线上培训170万元，线下培训150万元，比上年增加15万元，增长11.1%。', '150万元'],
    // ratio to last year: 6.80 / 7.20 = 94.4%
    ['部门预算6.80万元，其中会议费4.30万元、培训费2.50万元，比上年减少0.40万元，为上年的94.4%。', '6.80万元'],
  ])('%s', (src, current) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current }));
  });

  it('when neither fits, it is wrong whichever was meant: it is read as the last part’s, the amount it stands after', () => {
    const [c] = changes('会议费预算6.80万元，其中市内会议4.30万元、跨区会议2.50万元，比上年减少0.40万元，下降9.9%。');
    expect(c).toEqual(expect.objectContaining({ current: '2.50万元', delta: '减少0.40万元' }));
  });
});

describe('由X减至Y，减少Z: the level it moved from is the prior', () => {
  it.each([
    ['公务用车保有量由11辆减至9辆，减少3辆。', '9辆', '11辆', '减少3辆'],
    ['参保人数从1,200人增加到1,350人，增加150人，增长12.5%。', '1,350人', '1,200人', '增加150人'],
    ['一般债务余额由45.20亿元降至43.80亿元，下降1.40亿元，降幅3.1%。', '43.80亿元', '45.20亿元', '下降1.40亿元'],
  ])('%s', (src, current, prior, delta) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, prior, delta }));
  });

  it('a level before the new value that it did not move from is no prior', () => {
    expect(changes('年初预算12辆，年末保有量减至9辆，减少3辆。')).toContainEqual(expect.objectContaining({ current: '9辆', prior: undefined }));
  });
});

describe('a change stated rate first, its amount in brackets after it', () => {
  it.each([
    ['机关运行经费支出512.34万元，比上年增长5.2%（增加23.16万元），主要是物业费上涨。', '512.34万元', '增加23.16万元', '5.2%'],
    ['2025年培训费预算18.60万元，较上年下降11.4%（减少2.40万元）。', '18.60万元', '减少2.40万元', '11.4%'],
    ['全县契税完成8,420万元，同比增长9.1%(增收702万元)，主要是商品房成交回暖。', '8,420万元', '增收702万元', '9.1%'],
  ])('%s', (src, current, delta, rate) => {
    expect(changes(src)).toEqual([expect.objectContaining({ current, delta, rate })]);
  });

  it('a level after a bracketed rate closes the change', () => {
    expect(changes('一般公共预算财政拨款支出比上年减少346.20万元（下降5.2%），为6,318.90万元。')).toContainEqual(
      expect.objectContaining({ current: '6,318.90万元', delta: '减少346.20万元', rate: '5.2%' }),
    );
  });
});

describe('with no level, a rate-first change is named before its rate', () => {
  it.each([
    ['非税收入下降6.3%，减少38万元，主要是一次性罚没收入不再安排。', '非税收入'],
    ['教育支出较上年增长8.0%，增加1,200万元，主要是新建学校投用。', '教育支出'],
    ['税收收入同比增长4.4%，增收1,812万元。', '税收收入'],
  ])('%s', (src, subject) => {
    const claims = extractClaims(parseDocument(src, 'text')).claims.filter((c): c is ChangeClaim => c.kind === 'change');
    expect(claims.map((c) => c.subject)).toEqual([subject]);
  });
});

describe('a change on last year after a change on the budget is against last year, not the budget the first one named', () => {
  it.each([
    ['2025年镇本级“三公”经费支出18.46万元，比年初预算21.00万元节约2.54万元，比上年减少1.24万元，下降6.3%。', '18.46万元', '减少1.24万元'],
    ['全年会议费支出36.20万元，较预算数40.00万元少支出3.80万元，较上年增加2.10万元，增长6.2%。', '36.20万元', '增加2.10万元'],
    ['机关运行经费决算为286.45万元，比年初预算300.00万元减少13.55万元，比2024年决算增加8.62万元，主要是新增办公用房物业费。', '286.45万元', '增加8.62万元'],
  ])('%s', (src, current, delta) => {
    const got = changes(src);
    expect(got).toContainEqual(expect.objectContaining({ current, delta, prior: undefined }));
    expect(got.find((c) => c.delta === delta)?.base).not.toMatch(/预算/);
  });

  it('still takes a budget the change names again as its prior (为调整预算X的96.9%，…，比调整预算少支出…)', () => {
    const got = changes('2025年区级一般公共预算支出执行数186,420万元，为调整预算192,300万元的96.9%，为上年决算数的108.7%，比调整预算少支出5,880万元。');
    expect(got).toContainEqual(expect.objectContaining({ current: '186,420万元', prior: '192,300万元', delta: '少5,880万元' }));
  });
});

describe('a statement after a ； that names its own subject takes no level from the statement before it', () => {
  it.each([
    ['住房保障支出与2025年预算数（389.40万元）持平；社会保障和就业支出比上年预算减少18.60万元，下降2.8%（上年预算660.80万元）。', '减少18.60万元', '389.40万元'],
    ['一般公共服务支出1,286.40万元，与上年持平；教育支出较上年增加42.80万元，增长3.6%。', '增加42.80万元', '1,286.40万元'],
    ['办公费18.60万元，与上年相同；印刷费同比减少2.40万元，下降11.3%，主要是推行无纸化办公。', '减少2.40万元', '18.60万元'],
  ])('%s', (src, delta, notCurrent) => {
    const got = changes(src).find((c) => c.delta === delta);
    expect(got).toBeDefined();
    expect(got!.current).not.toBe(notCurrent);
  });

  it('still reads a level in the same statement after the ；', () => {
    expect(changes('办公费与上年持平；印刷费9.80万元，同比减少2.40万元，下降19.7%。')).toContainEqual(expect.objectContaining({ current: '9.80万元', delta: '减少2.40万元' }));
  });
});

describe('与X（figure）持平: the base’s own figure, in brackets inside the clause, is the prior', () => {
  it.each([
    ['2026年“三公”经费预算12.60万元，与2025年预算（13.20万元）持平，其中公务接待费4.20万元。', '12.60万元', '13.20万元'],
    ['本年度会议费支出8.40万元，与上年决算（8.40万元）持平。', '8.40万元', '8.40万元'],
    ['机关运行经费安排326.50万元，同上年预算数（318.20万元）基本持平。', '326.50万元', undefined],
  ])('%s', (src, current, prior) => {
    expect(changes(src)).toContainEqual(expect.objectContaining({ current, prior }));
  });

  it('takes no figure outside the brackets, nor two in them', () => {
    const got = changes('培训费5.20万元，与上年（含追加1.00万元、调减0.40万元）持平。');
    expect(got.find((c) => c.current === '5.20万元')?.prior).toBeUndefined();
  });
});
