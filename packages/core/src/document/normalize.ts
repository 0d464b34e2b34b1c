// OpenCC's character tables (the data behind opencc-js), as plain ESM strings
// "繁 简|…": a static import bundles them into the CLI and works in a browser.
import { LintMemo } from '../engine/memo.ts';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import { NOT_COUNTER_ZHI, PRIOR_YEAR_SPELLING } from '../domain/lexicon.ts';
import { OffsetMap } from './offset-map.ts';
import type { Block, ParsedDocument } from './types.ts';

/**
 * Reading normalisation. Every extractor reads a block's text; the drafts it
 * comes from are written in traditional or simplified characters, with ASCII
 * or full-width punctuation, and PDFs space out the letters of titles. The
 * text is rewritten character for character, so a figure's offsets in it
 * still map to its own source characters; the only characters dropped (the
 * spaces inside a spaced-out word, a pinyin gloss) are dropped through the
 * block's OffsetMap, which then skips them like markup.
 */

let table: Uint16Array | undefined;

// Units of figures stay as written: the figure reader reads 萬元 and 億元 as it
// reads 万元 and 亿元 (％ is likewise left to the figure reader).
const AS_WRITTEN = new Set(['萬', '億']);
const AS_WRITTEN_CODES = new Set([...AS_WRITTEN].map((c) => c.charCodeAt(0)));

/**
 * Traditional (and Taiwan/Hong Kong variant) code unit → simplified code unit,
 * 0 where a character stays: one array lookup a character.
 */
function traditionalTable(): Uint16Array {
  if (table) return table;
  const variants = new Map<string, string>();
  for (const dict of [TW_VARIANTS_REV, HK_VARIANTS_REV]) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && !variants.has(from)) variants.set(from, to);
    }
  }
  const t = new Uint16Array(0x10000);
  const add = (from: string, to: string) => {
    // One UTF-16 unit each way: characters outside the BMP would change the text's length.
    if (from.length === 1 && to.length === 1 && from !== to && !AS_WRITTEN.has(from)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  };
  // The traditional table has 3,500 entries, nearly all one unit each way ("從 从"): those are read
  // by code, without splitting each into an array of two strings and keeping them in a map (only
  // the entries of the variants' standard forms are kept). Building the table was a twentieth
  // of a one-document run; a loop over the dictionary's characters instead made V8 compile it.
  const wanted = new Set(variants.values());
  const wantedUnit = new Uint8Array(0x10000);
  for (const w of wanted) if (w.length === 1) wantedUnit[w.charCodeAt(0)] = 1;
  const standard = new Map<string, string>();
  for (const entry of TS_CHARACTERS.split('|')) {
    const f = entry.charCodeAt(0);
    const g = entry.charCodeAt(2);
    if (entry.length === 3 && entry.charCodeAt(1) === 0x20 && f !== 0x20 && g !== 0x20) {
      if (f !== g && !AS_WRITTEN_CODES.has(f)) t[f] = g;
      if (wantedUnit[f] === 1) standard.set(entry[0], entry[2]);
    } else {
      const [from, to] = entry.split(' ');
      if (!from || !to) continue;
      add(from, to);
      if (wanted.has(from)) standard.set(from, to);
    }
  }
  // A regional variant (為, 裡) reads as its standard form, then as simplified.
  for (const [from, to] of variants) if (t[from.charCodeAt(0)] === 0) add(from, standard.get(to) ?? to);
  table = t;
  return t;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAnyDigit = (c: number) => isDigit(c) || (c >= 0xff10 && c <= 0xff19);
/** CJK ideographs (unified, extension A, compatibility) and the ideographic 〇. */
const isIdeograph = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

// ASCII punctuation read as the full-width mark Chinese text uses. A comma or
// colon between digits is a thousands separator or a time and stays.
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const BETWEEN_DIGITS_KEEP = new Set([',', ':']);

/**
 * Whether ASCII punctuation at i stands in Chinese text: the nearest character
 * on either side is Chinese. Punctuation inside Latin text (a URL, "[bookmark: _GoBack]")
 * stays as it is.
 */
function besideChinese(text: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && isSpace(text.charCodeAt(a))) a--;
  let b = i + 1;
  while (b < text.length && isSpace(text.charCodeAt(b))) b++;
  return (a >= 0 && text.charCodeAt(a) >= 0x2e80) || (b < text.length && text.charCodeAt(b) >= 0x2e80);
}

/** Whether text[i..] is a group of three digits that ends there (the rest of "２，４５０"). */
function thousandsAfter(text: string, i: number): boolean {
  for (let k = i; k < i + 3; k++) if (!isAnyDigit(text.charCodeAt(k))) return false;
  return !isAnyDigit(text.charCodeAt(i + 3));
}

const CORNER_QUOTES = ['“', '”', '‘', '’'];

/**
 * The text with each character read in its normal form; same length, same offsets. Full-width
 * digits (a web page set in a Chinese font) read as ASCII ones, with the point and the thousands
 * comma between them, so every reader meets one spelling of a number; corner quotes 「」 read as “”.
 */
export function normalizeChars(text: string): string {
  const t2s = traditionalTable();
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let r: string | undefined;
    if (c >= 0xff10 && c <= 0xff19) {
      r = String.fromCharCode(c - 0xfee0);
    } else if (c === 0xff0e && isAnyDigit(text.charCodeAt(i - 1)) && isAnyDigit(text.charCodeAt(i + 1))) {
      r = '.';
    } else if (c === 0xff0c && isAnyDigit(text.charCodeAt(i - 1)) && thousandsAfter(text, i + 1)) {
      r = ',';
    } else if (c === 0x3007 && (isAnyDigit(text.charCodeAt(i - 1)) || isAnyDigit(text.charCodeAt(i + 1)))) {
      // 1〇,842.36: an OCR reads a figure's 0 as the ideographic 〇 it resembles; beside a digit it is one
      // (二〇二五年, among numerals, stays).
      r = '0';
    } else if (c >= 0x300c && c <= 0x300f) {
      // 「」『』, the quotation marks of traditional text, read as the “” ‘’ of simplified.
      r = CORNER_QUOTES[c - 0x300c];
    } else if (c >= 0x3400) {
      const s = t2s[c];
      if (s !== 0) r = String.fromCharCode(s);
    } else if (c < 0x80) {
      const ch = text[i];
      const full = FULL_WIDTH[ch];
      // (Full-width digits around it, ３,１９４, or an OCR's 〇 for 0, 2〇,〇06, are digits too.)
      const digitOr0 = (k: number) => isAnyDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 0x3007;
      if (full && besideChinese(text, i) && !(BETWEEN_DIGITS_KEEP.has(ch) && i > 0 && digitOr0(i - 1) && digitOr0(i + 1))) {
        r = full;
      }
    }
    if (r !== undefined) {
      out ??= text.split('');
      out[i] = r;
    }
  }
  if (out) pairBrackets(text, out);
  return out ? out.join('') : text;
}

/**
 * A pair of ASCII brackets is read in one width: "增减率(%)" has its "(" beside Chinese and its ")"
 * beside nothing, and a reader looking for （%） must not meet "（%)". Either half widened widens both.
 */
function pairBrackets(text: string, out: string[]): void {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length) {
      const o = open.pop()!;
      if (out[o] === '（' || out[i] === '）') {
        out[o] = '（';
        out[i] = '）';
      }
    }
  }
}

// "學(xué)": mirror sites gloss some characters with their pinyin in brackets.
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

// What may follow the digits of a figure: more digits, its unit, its percent sign.
const FIGURE_GOES_ON = new Set([...'万亿萬億元%％个項项'].map((c) => c.charCodeAt(0)));
/** Whether a line break between text[a] and text[b] (the characters around it) falls inside one figure. */
function insideFigure(text: string, a: number, b: number): boolean {
  const x = text.charCodeAt(a);
  const y = text.charCodeAt(b);
  if (isAnyDigit(x)) return isAnyDigit(y) || FIGURE_GOES_ON.has(y) || ((y === 0x2e || y === 0xff0e) && isAnyDigit(text.charCodeAt(b + 1)));
  // 1,827.50万 / 元; 1,2 / 34.5; 126. / 45
  if (x === 0x4e07 || x === 0x4ebf || x === 0x842c || x === 0x5104) return y === 0x5143 && a > 0 && isAnyDigit(text.charCodeAt(a - 1));
  // (Not a full-width comma: after a figure that is a clause mark more often than a thousands separator.)
  if (x === 0x2c || x === 0x2e || x === 0xff0e) return a > 0 && isAnyDigit(text.charCodeAt(a - 1)) && isAnyDigit(y);
  return false;
}

/** Full-width punctuation of Chinese prose: 、。《》「」【】, ，：；（）！？％, curly quotes, … and —. */
const isCjkMark = (c: number) => (c >= 0x3001 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0x2014 || c === 0xff5e;
const isProse = (c: number) => isIdeograph(c) || isCjkMark(c);
const isAsciiDigit = (c: number) => c >= 0x30 && c <= 0x39;
// 2 0 2 5年, 2 0 2 4 年度: a year whose digits a title's letter-spacing set apart.
const SPACED_YEAR = /(?:^|[\s\u3000])[12][ \u3000][0-9][ \u3000][0-9][ \u3000][0-9][ \u3000]?年/;
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// A line's end that closes what it says: the break after it is the writer's, not the page's.
const CLOSING = new Set([...'。！？；：!?;:'].map((c) => c.charCodeAt(0)));
// What opens an item of a list set out a line each: 一是, （一）, 一、, 1．, (1), ①.
const ITEM_OPENING = /^(?:[一二三四五六七八九十]+[是、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、．.](?!\d)|[①-⑳])/;
/** Lines shorter than this end where the writer ended them (a list set out a line each), not at the page's edge. */
const WRAPPED_LINE = 20;

/**
 * Whether the line break between text[a] and text[b] is a page's wrap inside Chinese prose: a converter or
 * an editor that hard-wraps a paragraph at a fixed width (a Markdown soft break) cuts it anywhere, inside a
 * word (机⏎关运行经费, 增⏎加3.50万元) or before its comma (增长7.0%⏎，主要是). Chinese sets no space between
 * words, so the break stands for nothing; read as a space it cut 2026年机关运行经费 from its name. A short
 * line, a line that ends its clause, and an item that opens the next line are left as they are.
 */
function softWrap(text: string, a: number, b: number): boolean {
  const x = text.charCodeAt(a);
  const y = text.charCodeAt(b);
  // Digits, a percent sign and Latin letters (A级, PPP项目) wrap beside Chinese as well.
  const other = (c: number) => isAnyDigit(c) || isLatin(c) || c === 0x25;
  if (CLOSING.has(x) || !(isProse(x) ? isProse(y) || other(y) : other(x) && isProse(y))) return false;
  const lineStart = text.lastIndexOf('\n', a) + 1;
  if (a + 1 - lineStart < WRAPPED_LINE) return false;
  return !ITEM_OPENING.test(text.slice(b, b + 6));
}

// What a figure's digits run into: its unit, counter or date word, or its percent sign.
const UNIT_START = new Set([...'年月日万亿萬億元个個项項家人辆輛次名所台套座条條处處分倍类類批户戶亩畝天期号號届屆位余餘多支%％'].map((c) => c.charCodeAt(0)));
const isPlainSpace = (c: number) => c === 0x20 || c === 0xa0;
const MONEY_OR_PERCENT = new Set([...'万亿萬億元%％'].map((c) => c.charCodeAt(0)));

const OUTLINE_NUMERAL = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));
/** Whether text[.., i) from its line's start (after the indent) is one to three numerals 一 to 十. */
function numeralOpensLine(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && OUTLINE_NUMERAL.has(text.charCodeAt(k))) k--;
  if (k === i - 1 || OUTLINE_NUMERAL.has(text.charCodeAt(k))) return false;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * Whether the spaces text[i, j) are the gap Word sets between Chinese and the digits inside it
 * (autospace), which a PDF's text keeps: "与 2023 年度相比，增加 307.82 万元". One space between an
 * ideograph and a figure with its unit; one or two between digits and the unit they run into. A
 * gap around digits that run into no unit ("合计 13,763.90 17,170.87", "2024 合计") parts two cells.
 */
function autoSpace(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (!isPlainSpace(text.charCodeAt(k))) return false;
  const x = text.charCodeAt(i - 1);
  const y = text.charCodeAt(j);
  if (j - i <= 2 && isAnyDigit(x) && UNIT_START.has(y)) {
    // "30310 个人农业生产补贴" is a code and its name; "1 项目概况" opening a line is a list number.
    if ((y === 0x4e2a || y === 0x500b) && /[人体體]/.test(text[j + 1] ?? '')) return false;
    // "2024 支出" is a year and a word (支 counting funds only as in "6 支，"): the gap parts them.
    if (y === 0x652f && NOT_COUNTER_ZHI.test(text.slice(j + 1, j + 2))) return false;
    let k = i - 1;
    while (k >= 0 && (isAnyDigit(text.charCodeAt(k)) || text[k] === '.' || text[k] === ',' || text[k] === '．' || text[k] === '，')) k--;
    if (k >= 0 && text[k] !== '\n') return true;
    // Digits opening a line: a list number (1 项目概况), unless they are an amount no list is numbered
    // with, a decimal or a money unit (a wrapped line's "1.10 万元，水电费…").
    return /[.．,，]/.test(text.slice(k + 1, i)) || MONEY_OR_PERCENT.has(y);
  }
  if (j - i !== 1 || !isIdeograph(x) || !isAnyDigit(y)) return false;
  // "二 2025年债务安排": the gap after a heading's numeral, where 、 stood, is the heading's own.
  if (numeralOpensLine(text, i)) return false;
  // Only before a figure with its unit: "合计 13,763.90 17,170.87" is a row of cells.
  let k = j;
  while (k < text.length && (isAnyDigit(text.charCodeAt(k)) || ((text[k] === '.' || text[k] === ',' || text[k] === '．') && isAnyDigit(text.charCodeAt(k + 1))))) k++;
  let gap = 0;
  while (gap < 2 && isPlainSpace(text.charCodeAt(k + gap))) gap++;
  return UNIT_START.has(text.charCodeAt(k + gap));
}

/**
 * Whether the spaces text[i, j) stand inside one figure before its thousands comma ("在校学生2 ,316人", as an OCR
 * sets the comma apart): read as written they cut 2,316 to 316. Only an ASCII comma with exactly three digits after it.
 */
function spaceInThousands(text: string, i: number, j: number): boolean {
  if (j - i > 2 || !isAnyDigit(text.charCodeAt(i - 1)) || text[j] !== ',') return false;
  for (let k = i; k < j; k++) if (!isPlainSpace(text.charCodeAt(k))) return false;
  return thousandsAfter(text, j + 1);
}

/**
 * The spaces of a line whose characters an OCR or a PDF set apart one by one, marks included ("一 、单 位 基 本 情 况",
 * "五 、“ 三 公 ” 经 费 预 算"): the rule for single ideographs keeps the space beside a mark (、单 is no lone ideograph),
 * which cut the heading's number from its 、. A line of Chinese characters and marks only, most of its pieces one
 * character long.
 */
function letterSpacedLines(text: string, out: Array<{ start: number; end: number }>): void {
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    let pieces = 0;
    let single = 0;
    let ok = true;
    let len = 0;
    // A title's year set apart digit by digit (2 0 2 5年 部 门 预 算) is of the spaced-out title: its digits are
    // letters of it. Digits elsewhere (项目 1 2 3 4, a row of column numbers) keep a line from being read so.
    const year = SPACED_YEAR.test(text.slice(a, Math.min(b, a + 400)));
    for (let i = a; i <= b && ok; i++) {
      const c = i < b ? text.charCodeAt(i) : 0x20;
      if (i < b && !isSpace(c)) {
        if (!isProse(c) && !(year && isAsciiDigit(c))) ok = false;
        len++;
      } else if (len) {
        pieces++;
        if (len === 1) single++;
        len = 0;
      }
    }
    if (ok && pieces >= 4 && single * 4 >= pieces * 3) {
      let i = a;
      while (i < b && isSpace(text.charCodeAt(i))) i++;
      for (; i < b; i++) {
        if (!isSpace(text.charCodeAt(i))) continue;
        let j = i;
        while (j < b && isSpace(text.charCodeAt(j))) j++;
        if (j < b && j - i <= 3) out.push({ start: i, end: j });
        i = j;
      }
    }
    a = b + 1;
  }
}

/**
 * Text ranges a reader skips: the spaces of a word whose characters a PDF set
 * apart ("决 算 数", "目 录"), and pinyin glosses. A space is dropped only
 * between two ideographs that each stand alone, so "项目 合计" keeps its space.
 */
export function skippedRanges(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Single ideographs separated by spaces.
  for (let i = 0; i < text.length; ) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    const before = i - 1;
    const after = j;
    const alone = (k: number, dir: -1 | 1) => {
      const n = k + dir;
      return n < 0 || n >= text.length || isSpace(text.charCodeAt(n));
    };
    if (
      before >= 0 &&
      after < text.length &&
      j - i <= 3 &&
      isIdeograph(text.charCodeAt(before)) &&
      isIdeograph(text.charCodeAt(after)) &&
      alone(before, -1) &&
      alone(after, 1)
    ) {
      out.push({ start: i, end: j });
    } else if (before >= 0 && after < text.length && (autoSpace(text, i, j) || spaceInThousands(text, i, j))) {
      out.push({ start: i, end: j });
    }
    i = j;
  }
  letterSpacedLines(text, out);
  // A line break inside a figure: a converter that hard-wraps a paragraph at a fixed width (a Markdown
  // soft break) breaks CJK text anywhere, inside 1,827.50万元 too ("1,827.50万\n元", "12\n6.45万元").
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let a = i - 1;
    while (a >= 0 && isSpace(text.charCodeAt(a))) a--;
    let b = i + 1;
    while (b < text.length && isSpace(text.charCodeAt(b))) b++;
    if (a >= 0 && b < text.length && (insideFigure(text, a, b) || softWrap(text, a, b))) out.push({ start: a + 1, end: b });
  }
  PINYIN_GLOSS.lastIndex = 0;
  for (let m = PINYIN_GLOSS.exec(text); m; m = PINYIN_GLOSS.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  // 上年度 and 上一年 are read as 上年: one spelling for every reading of the prior year.
  if (text.includes('上')) {
    PRIOR_YEAR_SPELLING.lastIndex = 0;
    for (let m = PRIOR_YEAR_SPELLING.exec(text); m; m = PRIOR_YEAR_SPELLING.exec(text)) {
      if (m[1]) out.push({ start: m.index + 1, end: m.index + 2 });
      if (m[2]) out.push({ start: m.index + m[0].length - 1, end: m.index + m[0].length });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((r, k) => k === 0 || r.start >= out[k - 1].end);
}

// The editor re-reads the whole document on every keystroke, and most blocks are unchanged.
// Bounded by use as well as by size (engine/memo.ts): the texts of blocks as they were many
// keystrokes ago are dropped, so a long editing session does not fill the caches with them.
const CACHE_SIZE = 4096;
const skipCache = new LintMemo<Array<{ start: number; end: number }>>('skipped ranges', CACHE_SIZE);
const charCache = new LintMemo<string>('normal text', CACHE_SIZE);
function cached<T>(cache: LintMemo<T>, key: string, make: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

/** A line of prose as a reader reads it: its skipped ranges (autospace gaps, spaced-out words) left out, characters normalised. */
export function readingForm(text: string): string {
  const skip = skippedRanges(text);
  let kept = '';
  let at = 0;
  for (const r of skip) {
    kept += text.slice(at, r.start);
    at = r.end;
  }
  return normalizeChars(kept + text.slice(at));
}

// 减去年初…, 除去年终…: the 去 of a verb before 年初/年终, not 去年.
const VERB_WITH_QU = '减除失过离回出进扣';

/**
 * 去年 read as 上年, character for character (the lexicon's PRIOR_YEAR_SPELLING reads 上年度 and 上一年
 * the same way): one spelling of the prior year for every reading.
 */
function lastYearAsPrior(text: string): string {
  return text.replace(/去(?=年)/g, (m, at: number) => (at > 0 && VERB_WITH_QU.includes(text[at - 1]) ? m : '上'));
}

/** A block as extractors read it: characters normalised, skipped ranges left out of the text and the map. */
export function normalizeBlock(block: Block): Block {
  // Table cells are ranges of the row's text: rows keep their length.
  const skip = block.kind === 'table-row' ? [] : cached(skipCache, block.text, skippedRanges);
  let text = block.text;
  let map: OffsetMap = block.map;
  if (skip.length) {
    let kept = '';
    let at = 0;
    for (const r of skip) {
      kept += text.slice(at, r.start);
      at = r.end;
    }
    text = kept + text.slice(at);
    map = block.map.without(skip);
  }
  let normal = cached(charCache, text, normalizeChars);
  // Prose only: a table's head is quoted as written (去年同期), and the table readers know both words.
  if (block.kind !== 'table-row' && normal.includes('去年')) normal = lastYearAsPrior(normal);
  if (normal === block.text && map === block.map) return block;
  return { ...block, text: normal, map };
}

/** Every block of the document read in its normal form; the source is left as it is. */
export function normalizeDocument(doc: ParsedDocument): ParsedDocument {
  let changed = false;
  const blocks = doc.blocks.map((b) => {
    const n = normalizeBlock(b);
    if (n !== b) changed = true;
    return n;
  });
  return changed ? { ...doc, blocks } : doc;
}
