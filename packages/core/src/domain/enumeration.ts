/**
 * Words the count reader needs: how items of an enumeration are joined, and the
 * words in which a joining character is only part of a word (促和谐, 及时, 涉及).
 */
export const ENUMERATION_LEXICON = {
  /** 和/与/及 between two things: an item may name two. */
  conjunction: '以及|和|与|及|并',
  /**
   * Words that hold a conjunction's character without joining anything, and the names
   * of one expenditure class (政府收支分类科目), one department or one field special bonds are
   * spent in (专项债券投向领域) that have 和/与/及 in them: 社会保障和就业 is one class,
   * 人力资源和社会保障局 one bureau, 市政和产业园区基础设施 one field.
   */
  notJoining:
    '和谐|祥和|温和|平和|缓和|及时|及早|涉及|普及|危及|惠及|波及|顾及|以及时|参与|给与|与会|与否|和平|总和|并且|并重|合并|兼并|并网|并轨' +
    '|社会保障和就业|文化旅游体育与传媒|文化体育与传媒|医疗卫生与计划生育|灾害防治及应急管理|人力资源和社会保障|住房和城乡建设|文化和旅游|经济和信息化|发展和改革' +
    '|市政和产业园区基础设施',
  /**
   * The roles a group's members are named under (小组5人：组长甲，副组长乙，成员丙、丁、戊): after a count of people and a
   * colon, every name under them is one of the people counted. Longest first where one holds another.
   */
  memberRoles: '副组长|组长|主任委员|副主任|主任|委员|成员|召集人|联络员|副队长|队长|副会长|会长|理事长|监事长|理事|监事|负责人',
  /** How a count's list is introduced: 即, 分别是, 包括, a colon. */
  introducers: '即|分别是|分别为|依次是|依次为|具体包括|具体为|具体是|包括',
  /** What opens a list of the parts an organization is made of, closed by their count (内设A、B、C共3个科室). */
  establishes: '内设|下设|设有',
  /** What opens a list of the ways a thing was done, closed by their count (采用A、B和C3种采购方式). */
  adopts: '采用|采取|运用',
  /**
   * Words a Chinese numeral counts with no 个 between (三方面, 四部分, 五大): the figure reader leaves these to the
   * count reader. 部分 only after a numeral of two or more: 一部分 is a share of something, not a count of parts.
   */
  bareCounters: '方面|部分|点|大|条|项|类',
  /**
   * Openers that say the list is the whole of what was counted (即, 分别为), not some of it as 包括 may: after one, a
   * list of named units ends where the names stop.
   */
  wholeIntroducers: '即|分别是|分别为|依次是|依次为|具体为|具体是',
  /**
   * What a clause after a list's comma says is done to the things listed, by whom (，由局公共服务科统筹实施, ，均由各乡镇
   * 负责组织): 由 opens an agent, not a name, so the list ended at the comma.
   */
  doneBy: '负责|实施|承担|组织|牵头|统筹|管理|执行|落实|承办|建设|运营|管护|推进|履行|监管',
  /**
   * What a clause after a list's comma says of the money the things listed are paid from (，项目经费从其他教育支出中列支, ，所需资金
   * 由县财政统筹安排, ，经费在部门预算中解决): where their money comes from, not one more thing listed.
   */
  fundedBy: '列支|安排|解决|保障|承担|支付|拨付',
  /**
   * What opens a clause said of every thing listed (，均用于实践教学, ，都配置在检测中心, ，全部投入使用): 均 and 都 say "each of
   * them", so the clause is a predicate of the list, not one more thing named; the list ended at its comma.
   */
  saidOfAll: '均|皆|都|全部|全都|一律',
  /** Words that open with one of those characters and say nothing of the things listed (均衡发展, 都市农业, 都江堰市). */
  notSaidOfAll: '均衡|均等|均值|均价|均匀|都市|都会|都城|都江|都匀',
  /**
   * Adverbs that mark a clause's predicate and stand in no name of a thing listed (，绩效目标表随本说明一并公开, ，具体情况
   * 详见附表, ，已于6月底前完成): after 即 or 分别是, which say the list is whole, such a clause after the comma is a new statement.
   */
  predicateAdverbs: '一并|另行|详见|参见|已于|将于|已经',
  /**
   * What a clause after a list's comma says the things listed did (，有力支持了重大项目建设, ，有效保障了…, ，推动了…): a
   * predicate, said with a manner word or with 了, not one more thing listed.
   */
  effectManner: '有力|有效|积极|切实|大力|较好|很好|充分|进一步',
  effectVerbs: '支持|支撑|保障|推动|促进|带动|助力|服务|提升|改善|加快|夯实',
  /**
   * How the names of organisations and places end (…集团有限公司, 医务科, 石门村, 教务处, 财政所): a list whose every
   * item so ends names units, and a drafter sets units apart with 、, so a comma after the last one ends the list
   * unless a name of the same ending follows it.
   */
  unitNameEnds:
    '公司|集团|村|社区|居委会|委员会|联合会|协会|学会|科|股|室|处|部|局|厅|委|办|中心|所|站|队|院|馆|校|园|厂|场|乡|镇|街道|社|团|台|署|库|班|组' +
    '|县|市|区|旗',
} as const;
