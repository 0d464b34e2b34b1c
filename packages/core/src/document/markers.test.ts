import { describe, expect, it } from 'vitest';
import { isTitleLine, readMarker } from './markers.ts';

describe('readMarker', () => {
  it.each([
    ['一、总体情况', 'cn', 1, '一、'],
    ['十二、其他', 'cn', 12, '十二、'],
    ['二十一、其他', 'cn', 21, '二十一、'],
    ['　二、缩进的标题', 'cn', 2, '二、'],
    ['（二）项目支出', 'paren-cn', 2, '（二）'],
    ['(三)项目', 'paren-cn', 3, '(三)'],
    ['（十一）其他', 'paren-cn', 11, '（十一）'],
    ['3. 绩效评价', 'num', 3, '3.'],
    ['1、基本情况', 'num', 1, '1、'],
    ['１、全角序号', 'num', 1, '１、'],
    ['（1）返还性收入', 'paren-num', 1, '（1）'],
    ['( 12 )其他', 'paren-num', 12, '( 12 )'],
    ['⑴一般债务', 'circled', 1, '⑴'],
    ['②专项债务', 'circled', 2, '②'],
    ['第一部分 概况', 'part', 1, '第一部分'],
    ['第三章 附则', 'part', 3, '第三章'],
    // A gap where 、 stood, half-width, ideographic or no-break; the marker is the numeral alone.
    ['一 收入预算情况', 'cn', 1, '一'],
    ['三\u3000其他重要事项', 'cn', 3, '三'],
    ['十二\u00a0附表说明', 'cn', 12, '十二'],
    ['二 2025年债务安排', 'cn', 2, '二'],
    ['一 项目概述', 'cn', 1, '一'],
    ['六 年度预算安排', 'cn', 6, '六'],
    ['六 “三公”经费情况', 'cn', 6, '六'],
    ['六 "三公"经费情况', 'cn', 6, '六'],
    // A 、 after the bracket as well.
    ['（一）、项目支出', 'paren-cn', 1, '（一）、'],
    ['(2)、公用经费', 'paren-num', 2, '(2)、'],
    ['一.收支总体情况', 'cn', 1, '一.'],
    ['四．其他', 'cn', 4, '四．'],
  ] as const)('%s → %s %d', (text, level, ordinal, raw) => {
    expect(readMarker(text)).toMatchObject({ level, ordinal, raw });
  });

  it('length covers leading spaces, the marker and the spaces after it', () => {
    expect(readMarker('  3. 绩效')?.length).toBe(5);
    expect(readMarker('一、总体')?.length).toBe(2);
  });

  it.each(['3.5亿元', '2024年', '一是加强管理', '合计27.54亿元', '', '123、x', '一 般 公 共 预 算', '三 5亿元', '一 2', '十 万元', '二 年'])('%j is not a marker', (text) => {
    expect(readMarker(text)).toBeNull();
  });
});

describe('isTitleLine', () => {
  it.each(['三、“三公”经费支出情况', '（二）机关运行经费', '一 收入预算情况', '二\u3000支出预算情况', '三.其他事项', '（一）、机关运行经费', '第二章 预算情况说明'])('%j is a title', (text) => {
    expect(isTitleLine(text)).toBe(true);
  });
  it.each(['一、收入合计1,234', '二 收入合计，比上年增长', '1. 人员经费', '一 般 公 共'])('%j is no title', (text) => {
    expect(isTitleLine(text)).toBe(false);
  });
});
