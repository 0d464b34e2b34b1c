import { Decimal } from 'decimal.js';
import type { Figure } from './types.ts';
import { BARE, COUNT_CLASSIFIERS, matchUnit, moneyUnit, type UnitInfo } from './units.ts';
import { NOT_COUNTER_ZHI } from '../../domain/lexicon.ts';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';

const WAN_YUAN = moneyUnit('万元')!;
// Words that follow an amount, not a thing counted: 58,600万的, 24.15万减少, 3,012万占.
const AFTER_BARE_WAN = /^(?:的|中[，,：:]|比|较|同比|与|和|及|以[上下内]|加|减|增|少|下降|上升|提高|降低|占|左右|全部|有所|略|为|是|已|均|分别)/;

const FULLWIDTH_DIGIT = /[０-９]/g;
const FULLWIDTH = /[０-９．]/;
// Most figures are written in ASCII digits: tested once, not rewritten twice.
const toAscii = (s: string) =>
  FULLWIDTH.test(s) ? s.replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.') : s;

const DIGIT = '[0-9０-９]';
// A sign, digits with optional thousands groups (ASCII or full-width comma), a decimal part.
const ARABIC = new RegExp(
  `(负|[-−－](?=${DIGIT}))?(${DIGIT}{1,3}(?:[,，]${DIGIT}{3})+(?!${DIGIT})|${DIGIT}+)((?:[.．]${DIGIT}+)?)`,
  'g',
);
// Thousands groups after a space (ASCII, no-break or thin), then a decimal part: read from the end of 1–3 digits.
// At most six groups: a long run of space-parted groups is read from each of its numbers, each time a few groups.
const SPACE_GROUPS = new RegExp(`((?:[ \u00a0\u2009\u202f]${DIGIT}{3}){1,6})(?!${DIGIT})((?:[.．]${DIGIT}+)?)`, 'y');
// A run of numerals is matched whole and its classifier tested after it: a lookahead inside the
// pattern (`[一二…]+(?=个)`) retried the run from each of its characters, quadratic on a long run.
const CHINESE = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, 'g');
const CLASSIFIER_AFTER = new RegExp(`多?(?:${COUNT_CLASSIFIERS.join('|')})`, 'y');

const SPACE = /[ \u00a0\u3000\t]/;
const APPROX_BEFORE = ['大约', '将近', '接近', '超过', '不足', '不到', '不超过', '不低于', '不少于', '约', '近', '逾', '超'];
// Words that end in an approximation marker but are not one: 节约12.6万元 is a saving of exactly that.
const NOT_APPROX_BEFORE = ['节约', '制约', '签约', '履约', '合约', '超支', '超收'];
const APPROX_AFTER = ['左右', '上下', '多', '余', '许'];
// A figure followed by these is a threshold ("90分以上", "500万元（含）以上"), not an amount.
const THRESHOLD_AFTER = /^(?:（含）|\(含\))?(?:及)?(?:以上|以下|以内|以外|以来|及以上|及以下)/;
// Dates, years and durations are never figures.
const DATE_AFTER = /^(?:年|月|日|号|時|时|周岁|岁|季度|周|天|小时|分钟|世纪|届|〕|\]|】)/;
const ORDINAL_BEFORE = /(?:第|No\.|NO\.|〔|\[|【)$/;
// Phone numbers: after 电话/传真/手机…, or an 11-digit mobile number.
const PHONE_BEFORE = /(?:电话|传真|手机|热线|联系方式|tel|fax)[^。；，,\n]{0,12}$/i;
const MOBILE = /^1[3-9][0-9]{9}$/;
const WORD_CHAR_BEFORE = /[0-9A-Za-z０-９._\-－−/]$/;

// By code unit, the characters of SPACE: a string per character looked at was one per figure.
const isSpaceCode = (c: number) => c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09;
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** `s` without the trailing characters `keep` accepts (a loop: a `[…]+$` pattern retries every run). */
function trimEndWhile(s: string, keep: (c: string) => boolean): string {
  let end = s.length;
  while (end > 0 && keep(s[end - 1])) end--;
  return s.slice(0, end);
}
const isSpace = (c: string) => SPACE.test(c);

function approxBefore(text: string, start: number): boolean {
  // "约 5 亿元": PDF extraction often puts spaces between the marker and the digits.
  const before = trimEndWhile(text.slice(Math.max(0, start - 8), start), isSpace);
  if (NOT_APPROX_BEFORE.some((w) => before.endsWith(w))) return false;
  return APPROX_BEFORE.some((w) => before.endsWith(w));
}

/**
 * The unit written at `i`, with the genre's reading of a bare 万: before a classifier it counts people or
 * things (1万人, 2.5万户); closing an amount (28,640万，, 完成年度预算58,600万的89.3%, 24.15万减少) it is
 * 万元, as a bare 亿 is 亿元. Before any other character it is left alone (万亩, 万册: what is counted).
 */
function unitAt(text: string, i: number): { written: string; info: UnitInfo } | null {
  const m = matchUnit(text, i);
  // 6支子基金, 三支队伍 count teams and funds; 支 opening a word (12支出, 三支一扶, 支付, 支持) counts nothing.
  if (m?.written === '支' && NOT_COUNTER_ZHI.test(text.slice(i + 1, i + 2))) return null;
  // (萬 is a traditional copy's 万.)
  const wan = text[i];
  if (m || (wan !== '万' && wan !== '萬')) return m;
  const c = matchUnit(text, i + 1);
  if (c?.info.dimension === 'count') return { written: wan, info: { ...c.info, dimension: 'money', scale: new Decimal(10000) } };
  // 1.2万亩, 3.5万吨: the measure in ten thousands, one unit of its own (no money, no bare number).
  if (c) return { written: `${wan}${c.written}`, info: { ...c.info, unit: `万${c.info.unit}` } };
  const next = text.slice(i + 1, i + 3);
  return !/^[\u3400-\u9fff]/.test(next) || AFTER_BARE_WAN.test(next) ? { written: wan, info: WAN_YUAN } : null;
}

interface Tail {
  end: number;
  unit: UnitInfo;
  approximate: boolean;
}

/** Reads what follows the digits: 多/余, a unit, 左右. Null when the number is not a figure. */
function readTail(text: string, at: number): Tail | null {
  let i = skipSpaces(text, at);
  let approximate = false;
  const rest = () => text.slice(i, i + 12);
  // 3,246.18  年末结转和结余 (a laid-out table's row): past a column's gap (two spaces or more), an amount written with a
  // point or a thousands comma is followed by the next cell's words, not by 年 as a date is; no year is written so.
  const acrossColumns = i - at >= 2 && /[.,．，][0-9０-９]+$/.test(text.slice(Math.max(0, at - 8), at));
  if (!acrossColumns && DATE_AFTER.test(rest())) return null;
  if (/^多|^余/.test(rest()) && matchUnit(text, i + 1)) {
    approximate = true;
    i++;
  }
  let m = unitAt(text, i);
  let unit = BARE;
  let end = at;
  if (m) {
    unit = m.info;
    i += m.written.length;
    end = i;
    // 万/亿 before a classifier counts people or things, not money: 1万人.
    if (unit.dimension === 'money' && !m.written.endsWith('元')) {
      const c = matchUnit(text, i);
      if (c && c.info.dimension === 'count') {
        unit = { ...c.info, scale: unit.scale };
        i += c.written.length;
        end = i;
      }
    }
  }
  // 3个月, 两个工作日: durations, not counts.
  if (unit.dimension === 'count' && /^(?:月|工作日|小时|季度|年度)/.test(text.slice(end, end + 3))) return null;
  // Amounts per unit ("6.5万元/亩") are rates, not amounts.
  if (/^[/／]/.test(text.slice(end, end + 1))) return null;
  const after = text.slice(end, end + 8);
  // "控制在限额93.80亿元以内" states the ceiling itself; "90分以上" is a threshold.
  const ceiling = /^(?:以内|之内)/.test(after) && /限额(?:为|是)?$/.test(trimEndWhile(text.slice(Math.max(0, at - 40), at), (c) => /[0-9０-９.,，．]/.test(c)).trimEnd());
  if (THRESHOLD_AFTER.test(after) && !ceiling) return null;
  for (const w of APPROX_AFTER) {
    if (after.startsWith(w)) {
      approximate = true;
      end += w.length;
      break;
    }
  }
  return { end, unit, approximate };
}

function isSectionMarker(text: string, start: number, end: number): boolean {
  // A short window: slicing the whole prefix per figure made long paragraphs quadratic.
  const window = text.slice(Math.max(0, start - 8), start);
  const before = start <= 8 ? window : `x${window}`;
  const after = text.slice(end, end + 2);
  const trimmed = before.trimEnd();
  // （1） (2) ⑴-style enumerators
  if (/[（(]$/.test(trimmed) && /^\s*[）)]/.test(after)) return true;
  // At the start of the text, after a space, or after a clause ends: where an item opens.
  const opensItem = trimmed === '' || trimmed.length < before.length || /[。；：:;！？]$/.test(trimmed);
  // "1）" / "1)" opening a block or a sub-item
  if (opensItem && /^[)）]/.test(after)) return true;
  // "3." / "1、" opening a block or a sub-item
  if (opensItem && /^[、.．](?![0-9０-９])/.test(after)) return true;
  return false;
}

/**
 * Reads every figure in a span of text. Years, dates, document numbers,
 * section markers, ranges and thresholds are left out (SPEC §3).
 */
export function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m; m = ARABIC.exec(text)) {
    const start = m.index;
    const sign = m[1];
    let [, , intPart, frac] = m;
    const digitsStart = start + (sign ? sign.length : 0);
    let numEnd = start + m[0].length;
    // 338 560万元, 8 000万元: a web page or a spreadsheet groups thousands with a (thin) space. Read
    // only when the unit follows the last group directly: in a table a space parts two cells.
    if (!frac && intPart.length <= 3) {
      SPACE_GROUPS.lastIndex = numEnd;
      const g = SPACE_GROUPS.exec(text);
      const u = g ? unitAt(text, numEnd + g[0].length) : null;
      if (g && u && u.info.dimension === 'money') {
        intPart += g[1];
        frac = g[2];
        numEnd += g[0].length;
        ARABIC.lastIndex = numEnd;
      }
    }
    if (WORD_CHAR_BEFORE.test(text.slice(Math.max(0, digitsStart - 1), digitsStart)) && !sign) continue;
    if (sign && sign !== '负' && /[0-9０-９]$/.test(text.slice(0, start))) continue;
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    // Ranges, phone numbers and codes: 1-8月, 2021-2022年, 0351-1234567, 1+N.
    if (/^[-－—~～至到][0-9０-９]/.test(text.slice(numEnd, numEnd + 2))) continue;
    if (/^[+＋][0-9A-Za-z０-９Ｎ]/.test(text.slice(numEnd, numEnd + 2))) continue;
    if (/^[.．][0-9０-９]/.test(text.slice(numEnd, numEnd + 2))) continue; // 1.2.3 outline numbers
    if (isSectionMarker(text, start, numEnd)) continue;
    const tail = readTail(text, numEnd);
    if (!tail) continue;
    if (tail.unit === BARE && !frac && (MOBILE.test(toAscii(intPart)) || PHONE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || /[（(]0[0-9]{2,3}[)）]$/.test(text.slice(Math.max(0, start - 6), start)))) continue;
    const ascii = toAscii((intPart.length > 3 ? intPart.replace(/[,，\s\u2009\u202f]/g, '') : intPart) + frac);
    // Parsing leaves the digit array with room for 17 words; a copy (or neg()) is cut to size.
    // Every figure keeps its value for the whole lint: 120 bytes each, 20 MB in a 10 MB draft.
    const parsed = new Decimal(ascii);
    const value = sign ? parsed.neg() : new Decimal(parsed);
    out.push({
      start,
      end: tail.end,
      // Spaces PDF extraction puts between number and unit are not part of the figure's wording.
      raw: text.slice(start, tail.end).replace(/[ \u00a0\u3000\t\u2009\u202f]+/g, ''),
      value,
      unit: tail.unit.unit,
      dimension: tail.unit.dimension,
      scale: tail.unit.scale,
      precision: frac ? frac.length - 1 : 0,
      approximate: tail.approximate || approxBefore(text, start),
      // 因公出国（境）费0万元: a sum of money written as 0 is nothing spent, not an amount rounded to 0
      // (a drafter with 3,000元 writes 0.30万元), so it stands for exactly 0, not ±0.5万元.
      exact: tail.unit.exact || (tail.unit.dimension === 'money' && value.isZero()),
      chineseNumeral: false,
    });
  }
  // Each pass finds its figures in order: only Chinese numerals, rare, need merging into the Arabic ones.
  const arabic = out.length;
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(text); m; m = CHINESE.exec(text)) {
    CLASSIFIER_AFTER.lastIndex = m.index + m[0].length;
    if (!CLASSIFIER_AFTER.test(text)) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 1), start);
    // 第一批, 统一支出, 唯一: an ordinal or part of a word, not a count.
    if (/[第统唯同单逐之每这那某其合专]/.test(before)) continue;
    // 1万人: the 万 belongs to the Arabic figure before it.
    if (/[0-9０-９.．]/.test(before)) continue;
    const n = parseChineseNumeral(m[0]);
    if (n === null) continue;
    const tail = readTail(text, start + m[0].length);
    if (!tail || tail.unit.dimension !== 'count') continue;
    if (/^性/.test(text.slice(tail.end, tail.end + 1))) continue; // 一次性
    out.push({
      start,
      end: tail.end,
      raw: text.slice(start, tail.end).replace(/[ \u00a0\u3000\t]+/g, ''),
      value: new Decimal(n).times(tail.unit.scale),
      unit: tail.unit.unit,
      dimension: 'count',
      scale: new Decimal(1),
      precision: 0,
      approximate: tail.approximate || approxBefore(text, start),
      exact: true,
      chineseNumeral: true,
    });
  }
  readChineseAmounts(text, out);
  readTenths(text, out);
  readPercentWords(text, out);
  return out.length === arabic ? out : out.sort((a, b) => a.start - b.start);
}

// 增长三成, 下降四成: a rate in tenths, as a revenue report rounds it for reading. Only right after a change
// verb: 八成以上的项目, 完成八成 say other things.
const TENTHS = /(?:增长|下降|上升|减少|降低|提高|增加|回落)了?[\s\u3000]*(?:近|约|超|逾|超过|接近)?([一二两三四五六七八九])成(?![员本果绩效功立熟交])/g;

function readTenths(text: string, out: Figure[]): void {
  if (!text.includes('成')) return;
  TENTHS.lastIndex = 0;
  for (let m = TENTHS.exec(text); m; m = TENTHS.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - m[1].length - 1;
    const n = parseChineseNumeral(m[1]);
    if (n === null) continue;
    // 三成 is 30%, rounded or cut to its tenth: as a percentage with one digit in the tens, [25%, 40%) (SPEC §4).
    out.push({
      start,
      end,
      raw: text.slice(start, end),
      value: new Decimal(n),
      unit: '%',
      dimension: 'percent',
      scale: new Decimal(10),
      precision: 0,
      approximate: approxBefore(text, start),
      exact: false,
      chineseNumeral: true,
    });
  }
}

// 百分之九点五, 百分之六十七点六, 百分之百: a percentage in words, as a report written to be read aloud states it.
const PERCENT_WORDS = /百分之([零〇一二两三四五六七八九十百]+)(?:点([零〇一二三四五六七八九]+))?/g;

function readPercentWords(text: string, out: Figure[]): void {
  if (!text.includes('百分之')) return;
  PERCENT_WORDS.lastIndex = 0;
  for (let m = PERCENT_WORDS.exec(text); m; m = PERCENT_WORDS.exec(text)) {
    const n = parseChineseNumeral(m[1]);
    if (n === null) continue;
    const { value, precision } = numberInWords(n, m[2]);
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      raw: m[0],
      value,
      unit: '%',
      dimension: 'percent',
      scale: new Decimal(1),
      precision,
      approximate: approxBefore(text, start),
      exact: false,
      chineseNumeral: true,
    });
  }
}

// 一千二百万元, 九百八十万元, 三点五亿元: an amount in Chinese numerals, as a report written for
// reading aloud (or a pasted passage) states it beside figures in digits.
const CHINESE_AMOUNT = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+(?:点([零〇一二三四五六七八九]+))?`, 'g');
const DIGIT_OF: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A number in words: its whole part read already, the digits after 点 (三点五, 九点零五) one by one. */
function numberInWords(whole: number, fracDigits: string | undefined): { value: Decimal; precision: number } {
  const frac = fracDigits ? [...fracDigits].map((c) => DIGIT_OF[c]).join('') : '';
  return { value: new Decimal(frac ? `${whole}.${frac}` : `${whole}`), precision: frac.length };
}

function readChineseAmounts(text: string, out: Figure[]): void {
  // Most text has no 元 after a numeral: one test before the pass.
  if (!/[零〇一二两三四五六七八九十百千万亿]元|[零〇一二两三四五六七八九十百千][万亿]元/.test(text)) return;
  CHINESE_AMOUNT.lastIndex = 0;
  for (let m = CHINESE_AMOUNT.exec(text); m; m = CHINESE_AMOUNT.exec(text)) {
    const start = m.index;
    const fracDigits = m[1];
    const run = fracDigits ? m[0].slice(0, m[0].length - fracDigits.length - 1) : m[0];
    const before = text.slice(Math.max(0, start - 1), start);
    // 数百万元, 上千万元, 几十万元: no number to compute with; 第一, 统一, 唯一: part of a word.
    if (/[第统唯同单逐之每这那某其合专数几上成]/.test(before) || /[0-9０-９.．]/.test(before)) continue;
    let unitAt = start + m[0].length;
    let numeral = run;
    // The scale word may end the run (一千二百万 + 元): it is the unit's.
    if (!fracDigits && /[万亿]$/.test(run) && text[unitAt] === '元') {
      unitAt -= 1;
      numeral = run.slice(0, -1);
    }
    const u = matchUnit(text, unitAt);
    if (!u || u.info.dimension !== 'money' || !numeral) continue;
    // 一亿二千万元: 亿 inside a run in 万 is read whole, then counted in 万.
    const whole = numeral.includes('亿') && text[unitAt] === '万' ? parseChineseNumeral(run) : null;
    const n = whole !== null ? whole / 10_000 : parseChineseNumeral(numeral);
    if (n === null || !Number.isInteger(n)) continue;
    const tail = readTail(text, unitAt);
    if (!tail || tail.unit.dimension !== 'money') continue;
    const { value, precision } = numberInWords(n, fracDigits);
    out.push({
      start,
      end: tail.end,
      raw: text.slice(start, tail.end).replace(/[ \u00a0\u3000\t]+/g, ''),
      value,
      unit: tail.unit.unit,
      dimension: 'money',
      scale: tail.unit.scale,
      precision,
      approximate: tail.approximate || approxBefore(text, start),
      exact: tail.unit.exact,
      chineseNumeral: true,
    });
  }
}
