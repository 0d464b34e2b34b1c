// The measure an amount's label names last (本年收入合计, 一般公共预算财政拨款支出, 事业收入): what its shares and parts are
// of. A label naming neither (年初结转和结余) has none.
const MEASURE = /收入|支出/g;

/** 收入 or 支出, whichever the label names last; undefined when it names neither. */
export function measureKind(label: string): '收入' | '支出' | undefined {
  let last: string | undefined;
  for (const m of label.matchAll(MEASURE)) last = m[0];
  return last as '收入' | '支出' | undefined;
}

/** The label names a measure, and not `kind`: an item of 收入 listed against a 支出 total, or the reverse. */
export const otherMeasure = (label: string, kind: string): boolean => {
  const own = measureKind(label);
  return own !== undefined && own !== kind;
};
