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

// 占评价资金总额的, 占参评资金的, 在自评资金中: the money an evaluation (a department's own, 自评, as well) covered.
export const EVALUATED = /^(?:参评|评价|被评价|自评|纳入(?:评价|自评)的?)(?:项目)?(?:资金|金额)(?:总额|合计|总量)?$/;
// The evaluation itself named before the amount in its sentence: 选取…项目开展绩效评价，涉及财政资金…, 对…进行评价, 对412个项目开展绩效自评.
export const EVALUATION_DONE = /(?:开展|进行|实施|组织|纳入)[^，,。；;]{0,12}(?:评价|自评)|(?:评价|自评)(?:范围|对象)/;
export const AMOUNT_INVOLVED = /(?:涉及|评价|参评|自评)[^，,。；;]{0,6}?(?:资金|金额)(?:共计|合计|总额)?(?:为|达|共)?$/;
