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

/** The unit a table's bare numbers are in: its header row's own note, else the one in force before it. */
export function tableUnit(headerText: string, before: string | undefined): string | undefined {
  const u = UNIT_NOTE.exec(headerText) ?? HEADER_UNIT.exec(headerText);
  return u ? unitName(u[1]) : before;
}

/** The unit in force after a block of prose: its own note, or none after a long block. */
export function unitAfter(text: string, before: string | undefined): string | undefined {
  return noteUnit(text) ?? (text.length > 40 ? undefined : before);
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
