// Where a table's or a passage's bare numbers take their unit from: a 单位：万元 note, or a
// header cell's (万元). One reading for the Markdown readers and the plain-text table reader.

// 單位：萬元 in a traditional copy (the layout readers see the text as written): the same units.
// 单位：个、万元 / 单位：人、万元、%: a note listing the unit of each kind of column; its money unit is the table's money.
export const UNIT_NOTE = /[单單]位[:：]\s*(?:(?:[个個人户戶亩畝项項所家]|人次)[、，,]\s*){0,3}(万亿元|萬億元|亿元|億元|万元|萬元|千元|元)/;
const HEADER_UNIT = /[（(](万亿元|萬億元|亿元|億元|万元|萬元|千元|元)[）)]/;

/** A unit as the readers name it: 萬元 is 万元. */
const unitName = (u: string): string => u.replace(/萬/g, '万').replace(/億/g, '亿');

/** The unit a 单位： note in `text` names, as the readers name it; undefined when it holds none. */
export function noteUnit(text: string): string | undefined {
  const m = UNIT_NOTE.exec(text);
  return m ? unitName(m[1]) : undefined;
}
// A head cell noting its own column in percent (同比增减（%）): not the money of the table's note.
const HEADER_PERCENT = /[（(](?:%|％)[）)]/;

/**
 * A note giving the unit of every table after it (说明：本附表金额单位均为万元, 以下各表金额单位为万元, 本表数据单位统一为亿元): it
 * stands until another such note, over prose and tables alike, and a table's own note (单位：元) holds for that table only.
 * The readers carry the unit in force as one string: the unit for the next table, then `=` and the standing one, if any
 * (元=万元, =万元).
 */
const STANDING_NOTE = /(?:本|以下|下列|各|所有)(?:附)?表(?:格)?(?:中|内|內)?(?:的)?(?:金[额額]|[数數][据據字])?(?:计量|計量)?[单單]位(?:均|[统統]一|一律)?(?:[为為]|是|[:：])\s*(万亿元|萬億元|亿元|億元|万元|萬元|千元|元)/;
const STANDING = '=';

/** The unit a note standing over every table after it names (本附表金额单位均为万元), as the readers name it. */
export function standingNoteUnit(text: string): string | undefined {
  const m = STANDING_NOTE.exec(text);
  return m ? unitName(m[1]) : undefined;
}

/** The standing unit of a unit in force, or ''. */
const standingOf = (u: string | undefined): string => (u && u.includes(STANDING) ? u.slice(u.indexOf(STANDING) + 1) : '');
/** The unit for the next table: its own note's, else the standing one. */
const plainUnit = (u: string | undefined): string | undefined => {
  if (!u || !u.includes(STANDING)) return u;
  return u.slice(0, u.indexOf(STANDING)) || standingOf(u) || undefined;
};
/** A note's unit kept with the standing one. */
const withStanding = (unit: string | undefined, before: string | undefined): string | undefined => {
  const standing = standingOf(before);
  return standing ? `${unit ?? ''}${STANDING}${standing}` : unit;
};

/** The unit a table's bare numbers are in: its header row's own note, else the one in force before it. */
export function tableUnit(headerText: string, before: string | undefined): string | undefined {
  const u = UNIT_NOTE.exec(headerText) ?? HEADER_UNIT.exec(headerText);
  return u ? unitName(u[1]) : plainUnit(before);
}

/** The unit in force after a block of prose: its own note, or none after a long block (the standing one, if any). */
export function unitAfter(text: string, before: string | undefined): string | undefined {
  const all = STANDING_NOTE.exec(text);
  if (all) return `${STANDING}${unitName(all[1])}`;
  const own = noteUnit(text);
  if (own) return withStanding(own, before);
  return text.length > 40 ? withStanding(undefined, before) : before;
}

/** The unit in force after a table: none, or the standing one. */
export function unitAfterTable(before: string | undefined): string | undefined {
  return withStanding(undefined, before);
}

/**
 * The unit of each column when the header notes units cell by cell ("资金（万元）| 得分 | 等级"):
 * a cell's note holds for its own column only, and a column whose head notes none keeps the
 * note in force before the table (a 单位：万元 line), else none: a score or a count beside a
 * column of money is not money. Undefined when no head cell has a note of its own, or the
 * header row holds a 单位： note for the whole table.
 */
export function columnUnits(
  headerText: string,
  cells: ReadonlyArray<{ start: number; end: number }>,
  before: string | undefined,
): Array<string | undefined> | undefined {
  if (UNIT_NOTE.test(headerText)) return undefined;
  before = plainUnit(before);
  let noted = false;
  // A head cell merged over several columns (预算资金（万元） over 年初预算 | 执行数) leaves the cells after
  // it empty in a Word or Markdown export: they are under its note.
  let merged: string | undefined;
  const out = cells.map((c) => {
    const head = headerText.slice(c.start, c.end);
    const u = HEADER_UNIT.exec(head);
    if (u || HEADER_PERCENT.test(head)) noted = true;
    const own = u ? unitName(u[1]) : HEADER_PERCENT.test(head) ? '%' : undefined;
    if (!head.trim()) return merged ?? before;
    merged = own;
    return own ?? before;
  });
  return noted ? out : undefined;
}
