/** A small draft with one sum that does not add up (31.62 ≠ 2.4 + 18.05 + 6.17). */
export const DRAFT = [
  '# 2024年某区一般公共预算执行情况说明',
  '',
  '税收返还和转移支付31.62亿元，其中：',
  '（1）返还性收入2.4亿元；',
  '（2）一般性转移支付18.05亿元；',
  '（3）专项转移支付6.17亿元。',
  '',
  '一般公共预算支出45.3亿元，比上年增加2.1亿元，增长4.9%。',
  '',
].join('\n');

/** 0-based line and UTF-16 column of `needle` in `text`. */
export function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export function rangeOf(text: string, needle: string, from = 0) {
  const start = positionOf(text, needle, from);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
