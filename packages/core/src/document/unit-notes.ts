// Where a table's or a passage's bare numbers take their unit from: a 单位：万元 note, or a
// header cell's (万元). One reading for the Markdown readers and the plain-text table reader.

export const UNIT_NOTE = /单位[:：]\s*(万亿元|亿元|万元|千元|元)/;
const HEADER_UNIT = /[（(](万亿元|亿元|万元|千元|元)[）)]/;

/** The unit a table's bare numbers are in: its header row's own note, else the one in force before it. */
export function tableUnit(headerText: string, before: string | undefined): string | undefined {
  const u = UNIT_NOTE.exec(headerText) ?? HEADER_UNIT.exec(headerText);
  return u ? u[1] : before;
}

/** The unit in force after a block of prose: its own note, or none after a long block. */
export function unitAfter(text: string, before: string | undefined): string | undefined {
  const unit = UNIT_NOTE.exec(text);
  return unit ? unit[1] : text.length > 40 ? undefined : before;
}
