/**
 * Words a report restates a table's cell or an earlier level with: the verb a revenue is collected by, the nouns a
 * project's money is named by, the kinds of government debt a bond table splits by. Kept apart from the lexicon, which
 * names what the figures are; these name how a sentence says one again.
 */

// 企业所得税入库8,420万元, 非税收入累计入库…: a revenue paid into the treasury is the revenue collected, the level an
// execution report's table prints as 完成. Only after a revenue's name (a tax, a 收入): 入库 of anything else says nothing.
export const REVENUE_PAID_IN = /(?<=(?:税|收入))(?:累计|实际|已)?入库$/;

// 高标准农田建设项目资金6,240万元 beside a table whose one money column is 预算金额: the project's money named by a bare noun
// (资金, 金额, 项目资金) is what was set aside for it.
export const BARE_MONEY_NOUN = /^(?:项目)?(?:资金|金额|资金规模|资金总额)(?:为|是|达到?)?$/;
// The heads of a column of what a project was given (预算金额, 安排资金, 下达资金, 资金规模): not what it spent (已支出, 实际支出).
export const ALLOTTED_HEAD = /^(?:(?:年初|全年|项目)?预算(?:金额|数|资金)?|(?:安排|下达|分配|项目|计划)(?:资金|金额)|资金(?:规模|总额|金额)?|金额)$/;

// 其中再融资一般债券38,400万元 beside a table of debt by kind (一般债务, 专项债务) whose column 再融资债券 holds each kind's: the
// kind is written inside the column's name, before the 债券 it ends with.
export const DEBT_KIND_IN_BOND = /^(.*?)(一般|专项)(债券|债务)$/;
// What may open such a name before the column's words: the jurisdiction as a whole (全县, 我市), whose debt the table is.
export const WHOLE_JURISDICTION_LEAD = /^(?:全|我)(?:省|市|区|县|州|旗)/;
