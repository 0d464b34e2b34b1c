import { Decimal } from 'decimal.js';
import { DEFAULT_GRADE_BANDS, type GradeBand } from './tables.ts';

/**
 * A document's own grading standard, as drafters write it: "90分（含）以上为优秀，
 * 80分（含）至90分为良好，…，60分以下为不合格" or "A级90分（含）以上，B级75分（含）
 * 至90分，…，D级60分以下". Read from one sentence; the bands it states replace the
 * default ones for that document.
 */

const NUM = '(\\d{1,3}(?:\\.\\d{1,2})?)';
const INCL = '(?:（含）|\\(含\\)|（含本数）)';
const EXCL = '(?:（不含）|\\(不含\\))';
const TO = '(?:至|到|[-—－~～])';
const QUOTED = '[“"‘「]?';
const UNQUOTED = '[”"’」]?';
// A grade's name: a letter, or one to three characters (优, 良好, 不合格, 一等).
const LABEL = '([A-EＡ-Ｅ]|[\\u4e00-\\u9fa5]{1,3}?)';

// One item of a standard: the label before or after its range, the range in one of three shapes.
// 59分及以下 / 59分（含）以下 is a ceiling that belongs to its band (and, one unit below the
// next floor, reaches up to it); 60分以下 leaves its number out.
const RANGE = `(?:${NUM}分?${INCL}?(?:及|或)?以上|${NUM}分?${INCL}?${TO}(?:低于|不足|不含)?${NUM}分?(${INCL}|${EXCL})?|(?:低于|不足|不到)${NUM}分|${NUM}分?${EXCL}?以下|${NUM}分?(?:${INCL}|及|或)以下)`;
const LABEL_FIRST = new RegExp(`^${QUOTED}${LABEL}${UNQUOTED}(?:级|等级|等次|档)?[：:为是]?${RANGE}(?:的?(?:为|评为|定为))?$`);
const RANGE_FIRST = new RegExp(`^${RANGE}(?:的|者)?(?:为|评为|定为|是|属于|即)${QUOTED}${LABEL}${UNQUOTED}(?:级|等级|等次|档)?$`);

interface Item {
  label: string;
  min: number;
  max: number;
  maxInclusive: boolean;
  /** Decimal places of the ceiling as written: 89.9 has 1, 89 has 0. */
  maxPlaces?: number;
}

function item(label: string, g: (string | undefined)[]): Item | null {
  const [up, lo, hi, hiMark, below1, below2, upTo] = g;
  if (up !== undefined) return { label, min: Number(up), max: 100, maxInclusive: true };
  if (lo !== undefined && hi !== undefined) {
    return { label, min: Number(lo), max: Number(hi), maxInclusive: hiMark !== undefined && !/不含/.test(hiMark), maxPlaces: hi.split('.')[1]?.length ?? 0 };
  }
  const b = below1 ?? below2;
  if (b !== undefined) return { label, min: 0, max: Number(b), maxInclusive: false };
  if (upTo !== undefined) return { label, min: 0, max: Number(upTo), maxInclusive: true, maxPlaces: upTo.split('.')[1]?.length ?? 0 };
  return null;
}

// The range in brackets after its label: 优秀（90分及以上）, B级（80分至89.9分）.
// A lead-out may close the list: …、D（60分以下）四档 / 共四个等级.
const BRACKETED = new RegExp(`[（(]${RANGE}[）)](?:共?[二三四五六七八九十]个?(?:档|等级|等次|级|类|等))?$`);

// What every shape of RANGE holds: a number followed (past 分 and a bracketed 含) by 以上, 以下 or
// a dash, or 低于/不足/不到 before one. Most parts of a sentence with 分 in it (百分点, 部分, 分别)
// have none, and are then no item: tested first with this small pattern, they never reach the
// three long ones, whose compiling was a sixteenth of a one-document run.
const RANGE_CUE = /\d分?(?:（含）|\(含\)|（含本数）|（不含）|\(不含\))?(?:及|或)?(?:以上|以下|至|到|[-—－~～])|(?:低于|不足|不到)\d/;

function readItem(part: string): Item | null {
  // The last item of a standard set out in brackets after a grade (…，60分以下为不合格）) closes a bracket it did not open.
  const t = part.replace(/[\s\u3000]+/g, '').replace(/^([^（(]*)[）)]$/, '$1');
  if (!RANGE_CUE.test(t)) return null;
  let m = LABEL_FIRST.exec(t);
  if (m) return item(m[1], m.slice(2, 9));
  m = RANGE_FIRST.exec(t);
  if (m) return item(m[8], m.slice(1, 8));
  m = BRACKETED.exec(t);
  if (m) {
    // The label ends right before the bracket; a lead-in may stand before it (划分为A（…）).
    const head = t.slice(0, m.index).replace(/(?:级|等级|等次|档)$/, '').replace(/[”"’」]$/, '');
    const label = /[A-EＡ-Ｅ]$/.exec(head)?.[0] ?? KNOWN_LONGEST_FIRST.find((l) => head.endsWith(l));
    if (label) return item(label, m.slice(1, 8));
  }
  return null;
}

const KNOWN = new Set(DEFAULT_GRADE_BANDS.flatMap((b) => b.labels));
const KNOWN_LONGEST_FIRST = [...KNOWN].sort((a, b) => b.length - a.length);
const LETTERS = /^[A-EＡ-Ｅ]$/;
const toHalf = (s: string) => s.replace(/[Ａ-Ｅ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// 优（90分以上，含90分）: a band's range in brackets with a note that its bound is included, set off by a comma.
const BOUND_NOTE = /([（(])(\d{1,3}(?:\.\d{1,2})?)分(以上|以下)[，,、]含\2分(?=[）)])/g;

/**
 * A standard whose band writes its included bound as a note after a comma inside the bracket (优（90分以上，含90分）、
 * 良（80分至89.9分）…), written as the standard reader knows it (优（90分（含）以上）): the comma inside the bracket
 * split that band in two, and the standard was read without its top band, every 优 left unchecked.
 */
function boundsInBrackets(text: string): string {
  return text.includes('含') ? text.replace(BOUND_NOTE, '$1$2分（含）$3') : text;
}

// 90分以上（含90分）, 70分以下（不含70分）: the note after the range that says whether its own bound is in.
const NOTE_AFTER = /(\d{1,3}(?:\.\d{1,2})?)分?(以上|以下)[（(](不?)含\1分?[）)]/g;
// 80—90分（含80分）, 80至90分（含90分）: a note naming which end of a span is in.
const SPAN_NOTE = /(\d{1,3}(?:\.\d{1,2})?)分?([至到\-—－~～])(\d{1,3}(?:\.\d{1,2})?)分?[（(]含(\d{1,3}(?:\.\d{1,2})?)分?[）)]/g;
// 80分（含）以上、90分以下 (or 低于90分, 不足90分): one band written as a floor and a ceiling, which a list's
// separator would split in two; rewritten as the span it is. Only a floor below its ceiling.
const FLOOR_AND_CEILING = /(\d{1,3}(?:\.\d{1,2})?)分?((?:（含）|\(含\))?)(?:及|或)?以上[、，,]?(?:且|并且|但)?(?:低于|不足|不到|小于)?(\d{1,3}(?:\.\d{1,2})?)分?(以下|（不含）|\(不含\))?/g;

/**
 * The other ways drafters mark a band's bounds, written as the forms RANGE knows: a note after the range
 * (90分以上（含90分）), a note on a span (80—90分（含80分）), a band given as a floor and a ceiling set apart by
 * 、 (得分在80分以上（含80分）、90分以下的为良). Unread, each left the standard one band short, and the default bands
 * graded the document instead of its own.
 */
function boundsAsWritten(text: string): string {
  if (!/以上|以下|含/.test(text)) return text;
  return text
    .replace(NOTE_AFTER, (_m, n: string, dir: string, not: string) => (not ? `${n}分${dir}` : `${n}分（含）${dir}`))
    .replace(SPAN_NOTE, (m, lo: string, to: string, hi: string, bound: string) =>
      bound === lo ? `${lo}分（含）${to}${hi}分` : bound === hi ? `${lo}分${to}${hi}分（含）` : m,
    )
    .replace(FLOOR_AND_CEILING, (m, lo: string, incl: string, hi: string, mark: string | undefined) => {
      // 60分以上的项目、90分以下… without a ceiling word is no span; nor is a ceiling under its floor.
      const ceiling = mark !== undefined || /(?:低于|不足|不到|小于)\d/.test(m);
      if (!ceiling || Number(lo) >= Number(hi)) return m;
      return `${lo}分（含）至${hi}分`;
    });
}

// What may close a standard's last item: 四个等级确定, 等四档, 共四个等次, 的标准确定.
const LEAD_OUT = /(?:(?:等|共)?[三四五六七八九十]个?(?:档次|档|等级|等次|级别|类))?(?:的?标准)?(?:进行)?(?:确定|评定|划分|认定)$|(?:等|共)?[三四五六七八九十]个?(?:档次|档|等级|等次|级别|类)$/;
// What may stand before a band's range: the score it bounds (得分在, 综合得分, 评分为).
const SCORE_LEAD = /^(?:其中|且)?(?:综合|评价|自评|考核|绩效|最终|总)*(?:得分|评分|分数|分值)?(?:在|为|达到|达)?$/;

/**
 * The bands a sentence states, or null when it states no standard: three or more
 * items, distinct labels that are grade words, covering the scale without overlap.
 */
export function readGradeStandard(written: string): GradeBand[] | null {
  const sentence = boundsAsWritten(boundsInBrackets(written));
  if (sentence.length > 400 || !/分/.test(sentence)) return null;
  // A standard is a list: its items are set apart by ，；、 or a line break.
  const parts = sentence.split(/[，,；;、。\n]/);
  const items: Item[] = [];
  for (const raw of parts) {
    const p = raw.replace(LEAD_OUT, '');
    // A lead-in (评价等级：, 本县绩效评价等级标准（…）：) before the first item. An item may hold a
    // colon of its own (A级：85分以上): the whole part is read first when it names a grade.
    const colon = p.search(/[：:]/);
    const whole = colon < 0 ? null : readItem(p) ?? readItem(p.slice(colon + 1));
    const body = colon < 0 ? p : p.slice(Math.max(p.lastIndexOf('：'), p.lastIndexOf(':')) + 1);
    // …or a lead-in with no colon (评级标准为90分以上为优): the item starts at its first figure.
    const digit = body.search(/(?:低于|不足|不到)?\d/);
    const named = whole && (KNOWN.has(toHalf(whole.label)) || LETTERS.test(whole.label)) ? whole : null;
    // Before any later item only the score the band bounds: 得分在80分以上（含80分）、90分以下的为良.
    const lead = digit > 0 && (items.length === 0 || SCORE_LEAD.test(body.slice(0, digit).replace(/[\s\u3000]+/g, '')));
    const it = named ?? readItem(body) ?? (lead ? readItem(body.slice(digit)) : null);
    if (it) items.push({ ...it, label: toHalf(it.label) });
  }
  if (items.length < 3) return null;
  const labels = new Set(items.map((i) => i.label));
  if (labels.size !== items.length) return null;
  if (!items.every((i) => KNOWN.has(i.label) || LETTERS.test(i.label))) return null;
  const sorted = [...items].sort((a, b) => b.min - a.min);
  // The bands must tile the scale: each one's floor is the next one's ceiling. A ceiling one
  // unit of its last place below the next floor (80-89分, 80分至89.9分) reaches up to that floor.
  for (let i = 0; i + 1 < sorted.length; i++) {
    const below = sorted[i + 1];
    if (sorted[i].min <= below.min) return null;
    if (sorted[i].min === below.max) continue;
    const unit = new Decimal(10).pow(-(below.maxPlaces ?? 0));
    if (below.maxPlaces === undefined || !new Decimal(sorted[i].min).minus(below.max).eq(unit)) return null;
    sorted[i + 1] = { ...below, max: sorted[i].min, maxInclusive: false };
  }
  if (sorted[sorted.length - 1].min !== 0) return null;
  return sorted.map((i) => ({
    // The default band that shares the stated word lends its synonyms (A级 is also 优 there), unless another stated band uses one.
    labels: synonyms(i.label, labels),
    min: i.min,
    max: i.max,
    maxInclusive: i.max === 100 ? true : i.maxInclusive,
  }));
}

function synonyms(label: string, stated: Set<string>): string[] {
  const band = DEFAULT_GRADE_BANDS.find((b) => b.labels.includes(label));
  if (!band) return [label];
  return [label, ...band.labels.filter((l) => l !== label && !stated.has(l))];
}

const CELL_LABEL = /^[“"‘「]?([A-EＡ-Ｅ]|[\u4e00-\u9fa5]{1,3})[”"’」]?(?:级|等级|等次|档)?$/;
const N = '(\\d{1,3}(?:\\.\\d{1,2})?)';
// A range cell in signs: ≥90, 80≤得分<90, <60 (and the full-width ones).
const AT_LEAST = new RegExp(`^(?:得分|分数|X|x)?[≥>＞]=?${N}分?$`);
const BELOW = new RegExp(`^(?:得分|分数|X|x)?[<＜]${N}分?$`);
const BETWEEN = new RegExp(`^${N}分?[≤<＜]=?(?:得分|分数|X|x)?[<＜]${N}分?$`);

function rangeCell(cell: string): string | null {
  const t = cell.replace(/[\s\u3000]+/g, '');
  let m = AT_LEAST.exec(t);
  if (m) return `${m[1]}分（含）以上`;
  m = BELOW.exec(t);
  if (m) return `${m[1]}分以下`;
  m = BETWEEN.exec(t);
  if (m) return `${m[1]}分（含）至${m[2]}分`;
  return RANGE_CUE.test(t) ? t : null;
}

/**
 * The bands a table sets out one a row (等级 | 分值区间: 优 | 90分（含）以上 …), or null when it is no such table:
 * every row that names a grade in a cell of its own gives that grade the range in another cell, and the rows
 * together must state a standard as a sentence would (three or more bands that tile the scale).
 */
export function readGradeTable(rows: readonly (readonly string[])[]): GradeBand[] | null {
  const items: string[] = [];
  for (const cells of rows) {
    const trimmed = cells.map((c) => c.trim());
    const at = trimmed.findIndex((c) => {
      const m = CELL_LABEL.exec(c);
      return !!m && (KNOWN.has(toHalf(m[1])) || LETTERS.test(m[1]));
    });
    if (at < 0) continue;
    const range = trimmed.map((c, i) => (i === at ? null : rangeCell(c))).find((r) => r !== null);
    if (!range) continue;
    items.push(`${CELL_LABEL.exec(trimmed[at])![1]}：${range}`);
  }
  if (items.length < 3) return null;
  return readGradeStandard(items.join('；'));
}
