/**
 * Words of a count that sends its reader to a table for the things counted: 安排项目10个，项目明细见表1; 共有预算单位6家，
 * 详见附表2. The count reader holds such a count against the table's numbered rows.
 */
export const TABLE_REFERENCE_LEXICON = {
  /** What sends the reader to a table (见表1, 详见附表2, 列示于表3). */
  refers: '详见|参见|具体见|见|列于|列示于|如',
  /**
   * What a table lists one a row, as its name column's head names it (项目名称, 单位名称, 乡镇): the count's noun must be
   * the head's, so 10个项目 is held against a table of projects, never against one of its funds or indicators.
   */
  nouns: '项目|单位|部门|乡镇|街道|学校|企业|村|社区|医院|合同',
  /**
   * Between the count and the reference, a word that makes the table a part of what was counted (其中重点项目见表1, 部分
   * 项目明细见表1), or another period or state of it (已完工的见表1): the rows are not what the count counts.
   */
  subset: '其中|部分|重点|主要|典型|抽取|抽查|选取|选择|列举|以上|以下|前|已|未|新增|续建|完工|开工|超过|不足|低于|高于',
} as const;
