/**
 * Words with which a report names the year of its own work, its own sources and its own stocks: the readings of
 * relations/year-readings.ts compare those years with the title's.
 */
export const YEAR_WORDS = {
  /** This audit, as an audit report calls the work it reports (本次审计, 此次审计). */
  thisAudit: '(?:本次|此次|这次|本轮)审计',
  /** What an audit of a year's finances audits, named right after its year: 市级预算执行, 财政收支, 决算草案. */
  auditedMatter: '预算执行|财政收支|收支|决算|预算',
  /** Who hands an evaluation its material: 项目实施单位填报的, 有关部门提供的. */
  submitted: '报送|填报|上报|提供|提交|报来|编报',
  /** What an evaluation of a year's spending draws its figures from: the units' self-evaluations and accounts of that year. */
  evaluationSources: '绩效自评报告|自评报告|自评表|自评材料|自评结果|绩效自评|决算报表|决算数据|部门决算|财务决算',
  /** An outturn measured against the budget of its own year: 为预算1,760万元的110.0%, 完成调整预算的101.3%. */
  againstOwnBudget: '(?:为|占|完成|达到)(?:年初|调整|调整后|变动)?预算',
} as const;
