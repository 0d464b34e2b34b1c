import { asciiDigits } from './digits.ts';
import type { Block } from './types.ts';
/**
 * Outline markers that open a heading or a numbered item, shared by the text
 * parser (to keep items from being joined into the line above) and the
 * heading and sub-item extractors.
 */
export interface Marker {
  /** 'cn' 一、 | 'paren-cn' （一） | 'num' 1. / 1、 | 'paren-num' （1） | 'circled' ⑴ ① | 'part' 第一部分 */
  level: 'part' | 'cn' | 'paren-cn' | 'num' | 'paren-num' | 'circled';
  ordinal: number;
  /** Length of the marker text including its punctuation and trailing spaces. */
  length: number;
  raw: string;
}

const CN = '一二三四五六七八九十百零〇两';
const CIRCLED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const CIRCLED2 = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function cnValue(s: string): number | null {
  const d: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? d[m[1]] : 1) * 10 + (m[2] ? d[m[2]] : 0);
  if (s.length === 1 && s in d) return d[s];
  return null;
}

const PART = new RegExp(`^第([${CN}]+)(部分|章|篇)`);
const CN_MARK = new RegExp(`^([${CN}]+)[、．.]`);
// "一 收入预算情况", "三　其他事项": a drafter or a converter that sets a gap where 、 stood. Only before a
// word of two characters or more (or a year), so "一 般 公 共", a title a PDF spaced out letter by letter,
// opens with none, nor "十 万元", a figure in words (一 项目概述 and 六 年度预算安排 do).
const CN_SPACED = /^([一二三四五六七八九十]{1,3})[ \u3000\u00a0]+(?!(?:万|亿)?元|[万亿个项年月日倍次](?:[^\u3400-\u9fff]|$))(?=[\u3400-\u9fff“"「『《【（(][^\s\u3000\u00a0]|[0-9０-９]{4}年)/;
// "（一）、项目支出": the 、 some drafters set after the bracket as well belongs to the marker.
const PAREN_CN = new RegExp(`^[（(]([${CN}]+)[）)][、．.]?`);

// 三、四级手术, 一、二类疏散通道, 二、三等奖: two ordinals set off by 、 before a word of grades or classes name the
// two grades, no heading numbered 三 whose title opens with 四级.
const GRADE_WORD = /^[级类档等]/;
const pairedOrdinals = (t: string, m: RegExpExecArray) => {
  const first = cnValue(m[1]);
  const next = t.slice(m[0].length);
  return m[0].endsWith('、') && first !== null && cnValue(next[0] ?? '') === first + 1 && GRADE_WORD.test(next.slice(1));
};

// Every block, sentence, title line and laid-out cell is asked for its marker, and most open with none (a year, a
// word, a figure): the first character tells which patterns can match at all, so each is tried only where it can.
const CN_SET = new Set([...CN]);
const isAsciiOrWideDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
const SPACE_OR_IDEOGRAPHIC = /[\s\u3000]/;

/** The outline marker at the start of `text` (after leading spaces), if any. */
export function readMarker(text: string): Marker | null {
  const lead = SPACE_OR_IDEOGRAPHIC.test(text[0] ?? '') ? /^[\s\u3000]*/.exec(text)![0].length : 0;
  const t = lead ? text.slice(lead) : text;
  const c = t.charCodeAt(0);
  const ch = t[0];
  let m: RegExpExecArray | null;
  const make = (level: Marker['level'], ordinal: number | null, len: number): Marker | null =>
    ordinal === null ? null : { level, ordinal, length: lead + len + (/^[\s\u3000]*/.exec(t.slice(len))![0].length), raw: t.slice(0, len) };
  if (isAsciiOrWideDigit(c)) {
    if ((m = /^([0-9０-９]{1,2})(?:[、]|[.．](?![0-9０-９]))/.exec(t))) return make('num', Number(asciiDigits(m[1])), m[0].length);
    return null;
  }
  if (ch === '（' || ch === '(') {
    if ((m = PAREN_CN.exec(t))) return make('paren-cn', cnValue(m[1]), m[0].length);
    if ((m = /^[（(]\s*([0-9０-９]{1,2})\s*[）)][、．.]?/.exec(t))) return make('paren-num', Number(asciiDigits(m[1])), m[0].length);
    return null;
  }
  if (ch === '第') return (m = PART.exec(t)) ? make('part', cnValue(m[1]), m[0].length) : null;
  if (CN_SET.has(ch)) {
    if ((m = CN_MARK.exec(t))) return pairedOrdinals(t, m) ? null : make('cn', cnValue(m[1]), m[0].length);
    if ((m = CN_SPACED.exec(t))) return make('cn', cnValue(m[1]), m[1].length);
    return null;
  }
  if (ch && CIRCLED.includes(ch)) return make('circled', CIRCLED.indexOf(ch) + 1, 1);
  if (ch && CIRCLED2.includes(ch)) return make('circled', CIRCLED2.indexOf(ch) + 1, 1);
  return null;
}

const OUTLINE_LEVELS = new Set<Marker['level']>(['part', 'cn', 'paren-cn']);

/** The marker of a section's title (第一部分, 一、, （二）, however punctuated) opening `text`, if any. */
export function outlineMarker(text: string): Marker | null {
  const m = readMarker(text);
  return m && OUTLINE_LEVELS.has(m.level) ? m : null;
}

const TITLE_REST = /^[^，。；;,0-9０-９]{1,30}$/;

/**
 * A numbered title on a line of its own (三、“三公”经费支出情况, （二）机关运行经费, 一 收入预算情况):
 * a PDF's text keeps it as a paragraph, but it ends nothing and no sentence goes on from it.
 * Read through readMarker, so a title reads as one in every style its marker is written in.
 */
export function isTitleLine(text: string): boolean {
  const m = outlineMarker(text);
  return !!m && TITLE_REST.test(text.slice(m.length));
}

/**
 * A block that titles a section: a heading, or a short numbered line of its own in which no sentence ends (the title
 * line of a PDF's or a plain text's outline, 三、支出调整, （二）专项资金管理使用方面).
 */
export function isNumberedTitleBlock(b: Pick<Block, 'kind' | 'text'>): boolean {
  return b.kind === 'heading' || (b.kind === 'paragraph' && b.text.length <= 40 && !/[。；;]/.test(b.text) && !!readMarker(b.text.trim()));
}

/** The marker's shape with its numeral replaced by '#': "（二）" → "（#）", "3." → "#.", ⑵ → ⑴. */
export function styleOf(m: Marker): string {
  if (m.level === 'circled') return CIRCLED.includes(m.raw[0]) ? '⑴' : '①';
  return m.raw
    .replace(/[一二三四五六七八九十百零〇两]+|[0-9０-９]+/, '#')
    .replace(/[．]/g, '.')
    .replace(/\s+/g, '');
}

// A caption's unit note after the table's name: （单位：万元）, 单位：元.
// (Bounded runs of spaces: an unbounded run before the note, tried from every space of a long run, was quadratic.)
export const CAPTION_UNIT_NOTE = /[\s\u3000]{0,8}[（(]?[\s\u3000]{0,4}(?:金额)?单位[：:][\s\u3000]{0,4}[万亿千百萬億]?元[\s\u3000]{0,4}[）)]?[\s\u3000]{0,8}$/;

/** A short line of its own ending in 表 (its unit note after it, Markdown's emphasis around it), with no clause in it: a table's caption. */
export function isCaption(text: string): boolean {
  if (text.length > 120) return false;
  const t = text.replace(/[*]+/g, '').replace(CAPTION_UNIT_NOTE, '').trim();
  return t.length <= 60 && /表$/.test(t) && !/[。，,；;！？]/.test(t);
}
