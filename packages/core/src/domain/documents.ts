/**
 * How a disclosure names itself and other documents: the words the year
 * extractor reads a document's name with. Alternations, joined into the
 * extractor's patterns; every alternative is bounded, so the patterns stay
 * linear.
 */
export const DOCUMENT_LEXICON = {
  /**
   * An issuer written between a year and the kind of document (2023年度白沙洲区决算):
   * a short name ending in an administrative or organisational suffix.
   */
  issuerName: '[\\u4e00-\\u9fa5]{1,12}?(?:省|市|区|县|州|盟|旗|镇|乡|街道|办事处|局|委员会|委|办公室|办|院|中心|厅)',
  /** 本级, 区级, 市本级: the level of government a budget is of. */
  levels: '(?:区|市|县|镇|乡|省|州)?(?:本级|级)',
  scopes: '政府|部门|单位|总',
  classes: '预决算|预算调整方案|预算|决算|年度报告',
  /**
   * The budgets besides the general one (四本预算) that a name may single out, each also published as a
   * document of its own: 2024年区级国有资本经营预算 is still a 预算. (一般公共预算 after a year names the part
   * of a 政府预算 a passage is about: 2024年一般公共预算执行情况.)
   */
  budgetKinds: '政府性基金|国有资本经营|社会保险基金',
  /** 财政决算, 公共财政预算: a word some issuers put before the kind without changing it. */
  fiscal: '公共财政|财政',
  /**
   * 部门收支预算, 收入、支出决算: both sides of the whole named before the class, still the whole document (收入 or 支出 alone
   * is a part of it, a topic).
   */
  wholeFlows: '收支|收入[、和及与]?支出',
  /** After a name in a title: 公开, 相关说明, 情况说明, 表… (not 绩效, 执行, 调整…). */
  titleTails: '公开|信息公开|相关|有关|情况|的说明|说明|报告|草案|[（(]草案[）)]|表|编制',
  /**
   * A part of the document a title may name between the document and its 说明 (2024年度部门决算“三公”经费、会议费和培训费支出
   * 情况说明): the title is still this year's document, told in part.
   */
  titleParts: '[“"]?三公[”"]?经费|会议费|培训费|机关运行经费|政府采购|国有资产|绩效目标|绩效自评',
  /** 2024年预算执行情况: an execution report names the year it reports on with these words. */
  executionTail: '执行情况',
  /** After a name in the body, words that point at the document itself. */
  selfTails: '的理解|的公开|公开|相关说明|情况说明|编制范围|(?:安排|编制|编报|汇总)?的?单位范围|单位(?:构成|包括|包含|共)|表(?![^\\s，。；]{0,2}[数额])|(?:财政拨款)?(?:收支|收入|支出)总表(?![^\\s，。；]{0,2}[数额])|包括',
  /**
   * In a caption naming one of the document's tables (2025年部门预算项目绩效目标表), what marks the table as about
   * something done to that budget or set beside it (执行情况表, 对比表, 调整表): another matter, not the document's own.
   */
  captionTopics: '执行|调整|对比|比较|完成|变动|变化|增减|与',
  /** After a name in a heading of this document (第二部分 2025年部门预算编制说明): the part it heads. */
  headingSelfTails: '编制说明|情况说明|公开说明|说明',
  /** Before a name, this document pointing at itself: 本报告所列, 本说明中. */
  selfReference: '本(?:报告|说明|文|材料)(?:所列|所述|所附|列示的|中)?',
  /**
   * After a name, the document's grand totals (收入总计, 收支预算总计): what the whole document adds up to,
   * so the name is the document's own, though 收入 and 支出 alone are topics in it. Both sides' 总额 together
   * (收入、支出总额, 收支总额) are the whole document's as well.
   */
  grandTotals: '(?:收入|支出|收支)(?:预算|决算)?总计|(?:收入[、和及与]?支出|收支)(?:预算|决算)?总额',
  /** After a name, what is in or done to the document rather than the document: a topic. */
  topicTails: '执行|调整|收入|支出|数|安排|资金|项目|绩效|批复|管理|完成|结余|结转|经|已经|审议通过|批准',
  /**
   * After a name preceded by this document's own issuer, what marks the name as the
   * document itself: the end of a clause, 中/编制/草案/公开/涉及…
   */
  issuerSelfTails: '$|[。，,；;：:）)]|中|编制|草案|公开|涉及|相关|的说明|说明|报告|情况|所列|列示|（',
  /** 我县, 本部门, 本级: the writer's own. */
  ownerUnits: '县|区|市|州|盟|旗|镇|乡|省|街道|部门|单位|局|委|办|院|中心|级',
  /** 与/比/较…: another document, named on purpose for a comparison. */
  compareBefore: '与|比|较|同|和|及|对比|相比|上年|去年|上一年',
  /**
   * Words that open a sentence presenting this very document: 现将…公布如下, and 以下对…作简要说明 at the head of a part
   * (not 以下对比…, 以下对照…: a comparison).
   */
  frameOpen: '现将|现就|现对|兹将|特将|谨将|(?:以下|下面)(?:对(?![比照应])|就|将)',
  /**
   * A report made to a congress on a named matter, its year right after: 县财政局就2024年度…执行结果向县人大常委会作出报告. The
   * matter runs to the reporting verb (frameVerb or onVerb).
   */
  onOpen: '(?<![成造迁将])就(?=(?:全[县区市州旗盟乡镇]|本级|我[县区市州旗盟乡镇])?[\\s\\u3000]*[0-9０-９]{4}[\\s\\u3000]*年)',
  /** …and the verb a report on a matter closes with: 向…作出报告, 作专项报告, 报告如下. */
  onVerb: '作(?:出|了)?(?:专项)?(?:报告|汇报|说明)',
  /** What a matter reported on is, when it is no document: 审计查出问题的整改, 审查意见. */
  onOther: '审计|问题|整改|审查|意见|建议|比|较|相比|上年|去年',
  /**
   * The object of a presenting sentence that points back at the clause before it (…编报了2024年…执行情况，现将有关情况说明如下):
   * the document named there is the one presented.
   */
  frameBack: '^[\\s\\u3000]*(?:有关|相关|具体|主要|上述|以上|基本)?(?:的)?(?:情况|内容|事项)(?:予以|详细|具体)?(?:公开|公布)?[\\s\\u3000]*$',
  /** …and what the clause before says was done to the document it names: drawn up, summed, approved. */
  frameBackVerb: '编报|编制|编成|汇总|审核|批复|批准|审定|审议通过|报送|形成|完成',
  /**
   * Words that open a sentence telling what this very report covers, the verb first: 本期反映…,
   * 本报告反映…, 本表汇总…, 现向区人大常委会报告…, 向本次会议报告…; the name runs to the clause's end.
   */
  coverOpen: '(?:本期|本月|本报告|本说明|本公开说明|本次公开|本次报告|本通报|本快报|本材料|本表)(?:主要|集中|全面)?(?:反映|汇总|通报|报告|列示|涵盖|覆盖|公开|介绍)(?:了|的是|的内容为|的内容是)?|现向[^，。；]{1,16}?(?:报告|汇报|通报)|向(?:本次|这次)?(?:会议|大会)(?:报告|汇报)',
  /** …and what closes it: the verb it is presented with. */
  frameVerb: '(?:公布|公开|公告|说明|报告|通报|汇报|解读)(?:如下|(?=[：:]))|(?:提请|提交|报请)[^，。；]{0,12}审议|予以公开|作(?:出|了)?(?:简要|简单|扼要|具体|详细)?(?:说明|解读|介绍)',
  /** 以上为…说明: a closing sentence naming this document. */
  closingOpen: '以上(?:为|是|即|就是)',
  closingTail: '公开说明|情况说明|说明|公开内容|报告',
  /** The words that tell what kind of document a presented name is (a class word must be among them). */
  frameKinds: '预决算|预算|决算|财政收支|收支|债务|三公|草案|教育经费执行|执行|调整|绩效|年度报告|国有资产管理',
  /**
   * A debt report (政府债务管理情况报告), a performance report (绩效自评报告), a report on the state's assets (国有资产管理情况报告)
   * and an education-funding bulletin (教育经费执行情况统计公告) are documents of their own kind.
   */
  frameClasses: '预决算|预算|决算|财政收支|收支|债务|绩效|年度报告|国有资产管理|教育经费执行',
  /** A promise to meet a target, before its year: 确保完成, 力争完成, 全力确保完成. */
  targetVerb: '(?:全力|努力|力争|确保|全力确保|奋力)(?:圆满|超额|全面)?完成',
  /** After a target's year and its words: what is promised. */
  targetNoun: '目标任务|目标|任务',
  /** The period a report covers within its year: 1-9月, 上半年, 第三季度, 10月. */
  period: '\\d{1,2}[-—－~～至]\\d{1,2}月|上半年|下半年|第[一二三四]季度|\\d{1,2}月份?',
} as const;

/** 云栖市农业局 → also 农业局: the issuer without its place, as a body may shorten it. */
export function issuerForms(issuer: string): string[] {
  const forms = [issuer];
  const m = /^[\u4e00-\u9fa5]{1,8}?(?:省|市|区|县|州)(?=[\u4e00-\u9fa5]{2,})/.exec(issuer);
  if (m && issuer.length - m[0].length >= 3) forms.push(issuer.slice(m[0].length));
  return forms;
}

/** The class a document's name ends in: 部门决算 and 三公决算 are 决算, 部门预算 is 预算; a budget's execution (预算执行) is none. */
export function documentClass(doc: string): '决算' | '预算' | undefined {
  return /决算$/.test(doc) && !/预决算$/.test(doc) ? '决算' : /预算$/.test(doc) ? '预算' : undefined;
}
