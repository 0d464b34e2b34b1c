/**
 * Word's automatic numbering (numbering.xml) as text.
 *
 * Headings and list items numbered by Word carry no number in their text: Word
 * draws 一、 （二） 3. 第一部分 from the paragraph's w:numPr and numbering.xml.
 * A reader of the document sees those numbers, and the heading and count rules
 * need them (一、二、 by Word then a typed 四、 is a skip; 五个 over four
 * Word-numbered items is a count mismatch). This module computes each numbered
 * paragraph's label the way Word does and writes it into document.xml as a
 * leading run, before mammoth reads it, so every later step sees the number
 * where the reader sees it.
 *
 * What it follows: w:abstractNum levels (w:start, w:numFmt, w:lvlText, w:suff,
 * w:lvlRestart, w:pStyle), w:num with w:lvlOverride (w:startOverride or a whole
 * w:lvl), direct w:numPr and numbering given by a paragraph style (its own
 * w:numPr, through w:basedOn, or a level naming the style). Counters run per
 * abstract numbering, as Word's do: a w:num whose level carries a
 * w:startOverride restarts that level the first time it is used. Bullets and
 * w:numFmt none draw no number.
 */

interface Level {
  start: number;
  fmt: string;
  text: string;
  suff: string;
  restart?: number;
  pStyle?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, Num>;
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m?.[1];
};

/** The value of the first `<w:NAME w:val="…"/>` inside `xml`. */
const val = (xml: string, name: string): string | undefined => {
  const m = new RegExp(`<w:${name}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml);
  return m?.[1];
};

function readLevel(xml: string): Level {
  const restart = val(xml, 'lvlRestart');
  return {
    start: Number(val(xml, 'start') ?? 1) || 0,
    fmt: val(xml, 'numFmt') ?? 'decimal',
    text: val(xml, 'lvlText') ?? '',
    suff: val(xml, 'suff') ?? 'tab',
    restart: restart === undefined ? undefined : Number(restart),
    pStyle: val(xml, 'pStyle'),
  };
}

function levelsOf(xml: string): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const m of xml.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1], 'w:ilvl') ?? 0);
    if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl < 9) out.set(ilvl, readLevel(m[2]));
  }
  return out;
}

export function readNumbering(xml: string): NumberingDefs {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1], 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, levelsOf(m[2]));
  }
  const nums = new Map<string, Num>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1], 'w:numId');
    const abstractId = val(m[2], 'abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b([^>]*?)(?:\/>|>([\s\S]*?)<\/w:lvlOverride>)/g)) {
      const ilvl = Number(attr(o[1], 'w:ilvl') ?? 0);
      const body = o[2] ?? '';
      const start = val(body, 'startOverride');
      const lvl = /<w:lvl\b/.test(body) ? levelsOf(body).values().next().value : undefined;
      overrides.set(ilvl, { start: start === undefined ? undefined : Number(start), level: lvl });
    }
    nums.set(id, { abstractId, overrides });
  }
  return { abstracts, nums };
}

interface StyleNum {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

/** Paragraph styles' numbering (w:numPr in the style's w:pPr) and their w:basedOn. */
export function readStyleNumbering(xml: string): Map<string, StyleNum> {
  const out = new Map<string, StyleNum>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    if (attr(m[1], 'w:type') !== 'paragraph') continue;
    const id = attr(m[1], 'w:styleId');
    if (id === undefined) continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2])?.[1];
    const ilvl = numPr ? val(numPr, 'ilvl') : undefined;
    out.set(id, { numId: numPr ? val(numPr, 'numId') : undefined, ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: val(m[2], 'basedOn') });
  }
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
function chineseCounting(n: number, digits = '零一二三四五六七八九', units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const unit = units[ds.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十二, not 一十二, when ten leads.
    out += (d === 1 && unit === units[1] && out === '' ? '' : digits[d]) + unit;
  });
  return out;
}

const roman = (n: number): string => {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
};

const letters = (n: number): string => {
  if (n <= 0) return String(n);
  // Word repeats the letter: 27 → aa.
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
};

/** One number in a level's format; undefined when the format draws no number. */
export function formatNumber(n: number, fmt: string): string | undefined {
  switch (fmt) {
    case 'none':
    case 'bullet':
      return undefined;
    case 'chineseCounting':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(n).split('').map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

/** Counts numbered paragraphs the way Word does and returns each one's label. */
export class NumberingCounter {
  private counts = new Map<string, (number | undefined)[]>();
  private used = new Set<string>();

  constructor(private defs: NumberingDefs) {}

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.defs.abstracts.get(num.abstractId)?.get(ilvl);
  }

  private startOf(num: Num, ilvl: number): number {
    const o = num.overrides.get(ilvl);
    return o?.start ?? this.level(num, ilvl)?.start ?? 1;
  }

  /** The label Word draws for a paragraph numbered (numId, ilvl), or '' for none. */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    if (!num || numId === '0') return '';
    const lvl = this.level(num, ilvl);
    if (!lvl) return '';
    let counts = this.counts.get(num.abstractId);
    if (!counts) this.counts.set(num.abstractId, (counts = []));
    if (!this.used.has(numId)) {
      this.used.add(numId);
      // A w:num that overrides a level's start restarts that level where it is first used.
      for (const [k, o] of num.overrides) if (o.start !== undefined || o.level) counts[k] = undefined;
    }
    counts[ilvl] = (counts[ilvl] ?? this.startOf(num, ilvl) - 1) + 1;
    // A level restarts after any higher level (or the one w:lvlRestart names) is used.
    // w:lvlRestart r (1-based): only levels 1…r restart it; 0: nothing does.
    for (let k = ilvl + 1; k < 9; k++) {
      const r = this.level(num, k)?.restart;
      if (r === undefined || (r > 0 && ilvl < r)) counts[k] = undefined;
    }
    if (lvl.fmt === 'bullet' || lvl.fmt === 'none') return '';
    let missing = false;
    const label = lvl.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = this.level(num, k);
      const n = counts![k] ?? this.startOf(num, k);
      const s = formatNumber(n, l?.fmt ?? 'decimal');
      if (s === undefined) missing = true;
      return s ?? '';
    });
    if (missing || !label.trim()) return '';
    return label;
  }

  /** The text put before the paragraph's own: the label and what Word puts after it. */
  prefix(numId: string, ilvl: number, following: string): string {
    const label = this.next(numId, ilvl);
    if (!label) return '';
    const lvl = this.level(this.defs.nums.get(numId)!, ilvl)!;
    // Word separates the number by a tab (the default) or a space. In the text, 一、 （二） and 1.
    // stand as typed ones do (1.义务教育…); a space keeps 1. before 2025年 from reading as 1.2025
    // and 第二部分 apart from its title.
    const ascii = /[\x21-\x7e]$/.test(label);
    const marked = !ascii && /\p{P}$/u.test(label);
    const sep = ascii ? (/^[0-9A-Za-z]/.test(following) ? ' ' : '') : lvl.suff === 'nothing' || marked ? '' : ' ';
    return label + sep;
  }
}

const DEFINITIONS_LIMIT = 2 * 1024 * 1024;
const PARAGRAPH_OPEN = /<w:p(\s[^>]*)?>(\s*<w:pPr>(?:[^<]|<(?!\/w:pPr>|w:p[\s>/]|w:r[\s>/]))*<\/w:pPr>)?/g;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text of a paragraph's own runs (enough to look at its first character). */
const leadingText = (xml: string): string => {
  const m = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/.exec(xml);
  return m?.[1] ?? '';
};

/**
 * document.xml with every numbered paragraph's label written in as its first run.
 * Paragraphs are matched by their tags in document order (a text box's paragraphs
 * sit inside a run of another paragraph and are numbered in that order, as Word
 * numbers them).
 */
export function numberParagraphs(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): string {
  if (!numberingXml || !/<w:numPr\b|<w:pStyle\b/.test(documentXml)) return documentXml;
  // The definitions of a real document are a few kilobytes; parts far larger are left unread rather
  // than scanned with patterns that a crafted part (opening tags never closed) could make slow.
  if (numberingXml.length > DEFINITIONS_LIMIT) return documentXml;
  if (stylesXml && stylesXml.length > DEFINITIONS_LIMIT) stylesXml = undefined;
  const defs = readNumbering(numberingXml);
  if (!defs.nums.size) return documentXml;
  const styles = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, StyleNum>();
  // Levels that name a paragraph style number that style's paragraphs (Word's heading numbering).
  const levelByStyle = new Map<string, { numId: string; ilvl: number }>();
  for (const [numId, num] of defs.nums) {
    for (const [ilvl, l] of defs.abstracts.get(num.abstractId) ?? []) {
      if (l.pStyle && !levelByStyle.has(l.pStyle)) levelByStyle.set(l.pStyle, { numId, ilvl });
    }
  }
  const styleNum = (styleId: string | undefined): { numId: string; ilvl: number } | undefined => {
    for (let id = styleId, depth = 0; id !== undefined && depth < 10; depth++) {
      const s = styles.get(id);
      if (s?.numId !== undefined) return { numId: s.numId, ilvl: s.ilvl ?? levelByStyle.get(id)?.ilvl ?? 0 };
      const byLevel = levelByStyle.get(id);
      if (byLevel) return byLevel;
      id = s?.basedOn;
    }
    return undefined;
  };
  const counter = new NumberingCounter(defs);
  let changed = false;
  // Each paragraph's properties, up to its first run: <w:p …>(<w:pPr>…</w:pPr>)?. The properties
  // stop at the next paragraph or run, so no match scans past its own paragraph.
  const out = documentXml.replace(PARAGRAPH_OPEN, (whole, _attrs: string | undefined, pPr: string | undefined, at: number) => {
    if (whole.endsWith('/>')) return whole;
    const props = pPr ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    let numId = numPr ? val(numPr, 'numId') : undefined;
    let ilvl = numPr ? Number(val(numPr, 'ilvl') ?? NaN) : NaN;
    const fromStyle = styleNum(val(props, 'pStyle'));
    if (numId === undefined && fromStyle) numId = fromStyle.numId;
    if (Number.isNaN(ilvl)) ilvl = numId !== undefined && fromStyle && numId === fromStyle.numId ? fromStyle.ilvl : 0;
    if (numId === undefined) return whole;
    const following = leadingText(documentXml.slice(at + whole.length, at + whole.length + 2000));
    const prefix = counter.prefix(numId, ilvl, following);
    if (!prefix) return whole;
    changed = true;
    return `${whole}<w:r><w:t xml:space="preserve">${escapeXml(prefix)}</w:t></w:r>`;
  });
  return changed ? out : documentXml;
}
