import { describe, expect, it } from 'vitest';
import { readMarker } from './markers.ts';

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
  ] as const)('%s → %s %d', (text, level, ordinal, raw) => {
    expect(readMarker(text)).toMatchObject({ level, ordinal, raw });
  });

  it('length covers leading spaces, the marker and the spaces after it', () => {
    expect(readMarker('  3. 绩效')?.length).toBe(5);
    expect(readMarker('一、总体')?.length).toBe(2);
  });

  it.each(['3.5亿元', '2024年', '一是加强管理', '合计27.54亿元', '', '123、x'])('%j is not a marker', (text) => {
    expect(readMarker(text)).toBeNull();
  });
});
