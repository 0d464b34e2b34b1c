/**
 * What the domain knows, in one place: which components make up a total
 * completely, and which score each grade word stands for. Rules and
 * extractors consult these tables; nothing else spells out the partitions.
 */

export interface PartitionMember {
  name: string;
  pattern: RegExp;
}

export interface Partition {
  name: string;
  /** The total's label must match this for the partition to apply. */
  total: RegExp;
  members: PartitionMember[];
  /** Only totals of this dimension (a grade partition counts projects, it does not add money). */
  dimension?: 'money' | 'count' | 'score';
  /**
   * How many members make the list complete; default all. Grades left unlisted
   * had no project (优、良、中 with no 差 means none was 差).
   */
  minMembers?: number;
  /**
   * A list of members may leave some out (车辆 by use: a drafter names the kinds that matter): it is one split
   * of the total, with no subset before it, but short of the total it says nothing.
   */
  mayOmit?: boolean;
}

// A grade word naming a group of projects: "评价结果为优的项目", "等级为“良”的", "中的".
const grade = (words: string) => new RegExp(`(?:^|为|是|[“"‘])(?:${words})[”"’]?(?:的|等级?|级)?(?:项目|单位|部门|个)?$`);

export const PARTITIONS: Partition[] = [
  {
    name: '税收返还和转移支付',
    // 上级补助收入 is what the higher levels send down: the same three parts.
    total: /转移支付|上级补助/,
    members: [
      { name: '返还性收入', pattern: /返还性收入|税收返还/ },
      { name: '一般性转移支付', pattern: /一般性转移支付/ },
      { name: '专项转移支付', pattern: /专项转移支付/ },
    ],
  },
  {
    name: '政府债务（按类型）',
    total: /债务|债券|还本|付息|利息/,
    members: [
      { name: '一般债务', pattern: /一般(?:债务|债券|政府债)/ },
      { name: '专项债务', pattern: /专项(?:债务|债券|政府债)/ },
    ],
  },
  {
    name: '“三公”经费',
    total: /三公/,
    members: [
      { name: '因公出国（境）费', pattern: /出国|出境/ },
      { name: '公务用车购置及运行（维护）费', pattern: /公务用车|车辆/ },
      { name: '公务接待费', pattern: /接待/ },
    ],
  },
  {
    // 财预〔2020〕10号's indicator frame: 产出 is scored as 数量, 质量, 时效 and 成本, nothing else.
    name: '产出指标（按二级指标）',
    total: /产出/,
    dimension: 'score',
    members: [
      { name: '数量指标', pattern: /数量/ },
      { name: '质量指标', pattern: /质量/ },
      { name: '时效指标', pattern: /时效/ },
      { name: '成本指标', pattern: /成本/ },
    ],
  },
  {
    // …and a project's or department's score is its 决策 (投入 in older frames), 过程, 产出 and 效益 scores.
    name: '绩效评价得分（按一级指标）',
    total: /总分|得分|评分/,
    dimension: 'score',
    members: [
      { name: '决策指标', pattern: /^(?:其中)?(?:决策|投入)(?:指标)?(?:得分)?/ },
      { name: '过程指标', pattern: /^过程(?:指标)?(?:得分)?/ },
      { name: '产出指标', pattern: /^产出(?:指标)?(?:得分)?$/ },
      { name: '效益指标', pattern: /^效益(?:指标)?(?:得分)?/ },
    ],
  },
  {
    // A project's self-evaluation (项目支出绩效自评): budget execution, outputs, outcomes and satisfaction, 10 + 50 + 30 + 10.
    name: '项目支出绩效自评得分（按一级指标）',
    total: /总分|得分|评分/,
    dimension: 'score',
    members: [
      { name: '预算执行率', pattern: /^(?:其中)?(?:预算|资金)?执行(?:率|情况)?(?:指标)?(?:得分)?$/ },
      { name: '产出指标', pattern: /^产出(?:指标)?(?:得分)?$/ },
      { name: '效益指标', pattern: /^效益(?:指标)?(?:得分)?$/ },
      { name: '满意度指标', pattern: /^(?:服务对象)?满意度(?:指标)?(?:得分)?$/ },
    ],
  },
  {
    name: '绩效评价等级',
    total: /./,
    dimension: 'count',
    minMembers: 2,
    members: [
      // A级8个、B级4个…: the letters of the default bands (SPEC §5) name the same four grades.
      { name: '优', pattern: grade('优秀|优|A') },
      { name: '良', pattern: grade('良好|良|B') },
      { name: '中', pattern: grade('中等|中|合格|C') },
      { name: '差', pattern: grade('较差|差|不合格|D') },
    ],
  },
  {
    // 还本付息 is repaid principal and interest, nothing else.
    name: '还本付息',
    total: /还本付息/,
    members: [
      { name: '还本', pattern: /^(?:偿还)?(?:还本|本金)/ },
      { name: '付息', pattern: /^(?:支付)?(?:付息|利息)/ },
    ],
  },
  {
    // Bonds issued are new bonds, refinancing bonds and (until 2018) swap bonds.
    name: '政府债券发行（按用途）',
    total: /发行/,
    minMembers: 2,
    members: [
      { name: '新增债券', pattern: /^新增(?:政府)?(?:债券|债务)/ },
      { name: '再融资债券', pattern: /^再融资(?:政府)?(?:债券|债务)?/ },
      { name: '置换债券', pattern: /^置换(?:政府)?(?:债券|债务)?/ },
    ],
  },
  {
    // 财政拨款 comes from the three government budgets: 一般公共预算, 政府性基金预算 and 国有资本经营预算
    // (社会保险基金 is never a 财政拨款).
    name: '财政拨款（按预算）',
    total: /财政拨款/,
    members: [
      { name: '一般公共预算拨款', pattern: /^一般公共预算/ },
      { name: '政府性基金预算拨款', pattern: /^政府性基金/ },
      { name: '国有资本经营预算拨款', pattern: /^国有资本经营/ },
    ],
  },
  {
    // 基本支出 is 人员经费 and 公用经费 by definition.
    name: '基本支出',
    total: /基本支出$/,
    members: [
      { name: '人员经费', pattern: /^人员(?:经费|支出)/ },
      { name: '公用经费', pattern: /^(?:日常)?公用(?:经费|支出)/ },
    ],
  },
  {
    // 政府采购 by what is bought: goods, works and services are all of it (《政府采购法》第二条).
    name: '政府采购（按采购类别）',
    total: /政府采购|采购(?:预算|支出|金额|总额)/,
    dimension: 'money',
    members: [
      { name: '货物', pattern: /货物/ },
      { name: '工程', pattern: /工程/ },
      { name: '服务', pattern: /服务/ },
    ],
  },
  {
    // 国有资产占用情况: vehicles by use, as the 决算 template lists them.
    name: '车辆（按用途）',
    total: /车辆|用车/,
    dimension: 'count',
    minMembers: 2,
    mayOmit: true,
    members: [
      { name: '主要领导干部用车', pattern: /领导(?:干部)?用车$/ },
      { name: '机要通信用车', pattern: /机要通信用车$/ },
      { name: '应急保障用车', pattern: /应急保障用车$/ },
      { name: '执法执勤用车', pattern: /执法执勤用车$/ },
      { name: '特种专业技术用车', pattern: /特种专业技术用车$/ },
      { name: '离退休干部服务用车', pattern: /离退休干部(?:服务)?用车$/ },
      { name: '其他用车', pattern: /^(?:其他|一般公务)用车/ },
    ],
  },
  {
    name: '公务用车购置及运行（维护）费',
    total: /公务用车|车辆/,
    members: [
      { name: '公务用车购置费', pattern: /购置/ },
      { name: '公务用车运行维护费', pattern: /运行/ },
    ],
  },
];

/**
 * The columns a department's 收入 or 支出 table splits its 合计 into, each split complete by the
 * accounts' definition (部门决算 收入决算表, 支出决算表): whatever subset of a split's columns a table
 * prints, they are all its 合计, the columns left out being empty for that unit.
 */
export const COLUMN_SPLITS: ReadonlyArray<{ name: string; members: readonly string[] }> = [
  { name: '收入（按来源）', members: ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'] },
  { name: '支出（按性质）', members: ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'] },
];
// The columns of a row's label, which a head sets among its money columns' names. The long ones may
// stand inside a money column's name a page wrapped (对附属单位补 / 功能分类 助支出: lines interleaved).
const LABEL_HEAD_WORDS = ['项目', '科目', '编码', '名称', '类', '款', '项', '支出', '收入'];
const LONG_LABEL_HEADS = /功能分类|经济分类|科目编码|科目名称/g;

/**
 * The money columns after a head's 合计, when they are two or more columns of one split of
 * COLUMN_SPLITS and nothing else: `head` is the head's words after the 合计, its gaps removed
 * (基本支出项目支出支出功能分类科目编码科目名称). Undefined when any word is another.
 */
export function columnSplit(head: string): string[] | undefined {
  const after = head.replace(LONG_LABEL_HEADS, '');
  for (const split of COLUMN_SPLITS) {
    const words = [...split.members, ...LABEL_HEAD_WORDS].sort((a, b) => b.length - a.length);
    const found: string[] = [];
    let at = 0;
    while (at < after.length) {
      const w = words.find((x) => after.startsWith(x, at));
      if (!w) break;
      if (split.members.includes(w)) {
        if (found.includes(w)) break;
        found.push(w);
      }
      at += w.length;
    }
    if (at === after.length && found.length >= 2) return found;
  }
  return undefined;
}

/**
 * Kinds of a counted noun named by other words than its own (relations/sums.ts kindsOfCounted): 中学, 小学 and 幼儿园 are
 * 学校; 教师 are 人员 and 职工. A kind named with the noun's own last two characters (产出指标 of 绩效指标, 行政人员 of
 * 在职人员) needs no entry.
 */
export const COUNTED_KINDS: ReadonlyArray<{ whole: RegExp; part: RegExp }> = [
  { whole: /学校$/, part: /(?:学校|中学|小学|高中|初中|幼儿园)$/ },
  { whole: /(?:人员|职工)$/, part: /(?:人员|教师)$/ },
];

/**
 * Kinds one of which is inside the other, so that a list naming both is no split: contracts awarded to
 * 小微企业 are among those awarded to 中小企业 (政府采购促进中小企业发展管理办法).
 */
export const NESTED_KINDS: ReadonlyArray<{ whole: RegExp; part: RegExp }> = [{ whole: /中小企业/, part: /小微企业/ }];
/** Whether a later label names a kind inside one an earlier label names. */
export function namesNestedKinds(labels: readonly string[]): boolean {
  return NESTED_KINDS.some(({ whole, part }) => {
    const w = labels.findIndex((l) => whole.test(l) && !part.test(l));
    return w >= 0 && labels.slice(w + 1).some((l) => part.test(l));
  });
}

/** The member of a partition a component's label names, if any. */
function memberOf(p: Partition, label: string): PartitionMember | undefined {
  return p.members.find((m) => m.pattern.test(label) && !otherMemberFirst(p, m, label));
}

/** A jurisdiction's name on its own: 港江乡, 新庆街道, 泉茂区 (a total's name may lead with it). */
/**
 * Classifiers that count the same kind of thing, so that counts in one may add up to a count in the other:
 * 所属58家预算单位，其中中学18所、小学21所…. 个 and 项 are not here: they count anything.
 */
export const SAME_COUNTERS: readonly (readonly string[])[] = [['家', '所']];
/** Whether counts in classifiers `a` and `b` may be added together. */
export function sameCounter(a: string, b: string): boolean {
  return a === b || SAME_COUNTERS.some((g) => g.includes(a) && g.includes(b));
}

const PEOPLE_COUNTERS = /^[人名]$/;
/**
 * Whether counts in classifiers `a` and `b` count the same things: 编制 in 名 and staff in 人 are both people, though a
 * sum never adds the two (sameCounter); 行政单位、事业单位 in 个 say nothing of staff.
 */
export function countsSameThings(a: string, b: string): boolean {
  return a === b || (PEOPLE_COUNTERS.test(a) && PEOPLE_COUNTERS.test(b));
}

/**
 * How the name of money that is no budget's 收入 or 支出 ends: a fund's (就业补助资金, 衔接资金), a grant's (工作经费), an
 * investment's (社会投资, 财政投入). Classes of such money set out by source or use repeat that name (中央就业补助资金).
 */
export const FUND_NAME_END = /(?:资金|经费|投入|投资)$/;

/**
 * The kind a table's rows are of, said after a row's name (竞争性磋商方式, 货物类 under 采购方式 | 采购金额): no part of the row's
 * name. Alternatives for a pattern, without its anchors.
 */
export const ROW_KIND_WORD = '(?:方式|类别|类)';
/** A verb of receiving between a row's name and the column it names (岭东县获得一般性转移支付, 某县分配到…资金). */
export const RECEIVED_VERB = '(?:获得|得到|收到|分得|分配到?|争取到?|共获得|累计获得)了?';
/** A verb of handing money up between a payer's row name and the column of what the treasury takes (县水务公司上缴利润收入, 某企业缴纳…). */
export const REMITTED_VERB = '(?:实际)?(?:上缴|缴纳|上交|交纳|缴入|解缴|应缴)了?';

export const JURISDICTION_NAME = /^[\u4e00-\u9fff]{1,8}(?:乡|镇|街道|县|区|市|州|旗)$/;
/**
 * Words before a total's name that point at the thing the text is about, not another scope: 项目资金 in a project's own
 * report, 本项目资金, 该专项资金. 占项目资金的 after a list of that project's 资金 names the list's total.
 */
export const SELF_REFERENCE = /^(?:(?:本|该|此)(?:项目|专项)?|项目|专项)$/;
/**
 * A department speaking of itself: 本局, 我委, 本厅, 本中心. 本局收入预算 is the department's whole 收入, as 本部门's is (a
 * 本级 is not: a level's own 收入 beside what it passes on).
 */
export const ISSUER_SELF = /^(?:我|本)(?:部门|单位|局|委|厅|办|院|中心|署|会|馆|站|所)$/;
/**
 * Which of a jurisdiction's two budgets a name opens with: the whole area's (全市, 我县, 本区) or its own
 * level's (市本级, 本级, 县级). 全市一般公共预算支出 and 市本级一般公共预算支出 are two amounts of one name.
 */
const WHOLE_AREA = /^(?:全|我|本)(?:省|市|区|县|州|旗|镇|乡)(?!级)/;
/** A name opening on its jurisdiction's own level (县级, 市本级, 本级). */
export const OWN_LEVEL = /^(?:(?:省|市|区|县|州|旗|镇|乡)?本级|(?:省|市|区|县|州|旗|镇|乡)级)/;
export function jurisdictionScope(name: string): 'whole' | 'own' | undefined {
  // 答：2024年全市…: a Q&A page's answer mark and a year stand before the scope.
  const s = name.replace(/[\s\u3000]/g, '').replace(/^(?:答|问)[：:]/, '').replace(/^[0-9０-９]{4}年(?:度|末|初)?/, '');
  return WHOLE_AREA.test(s) ? 'whole' : OWN_LEVEL.test(s) ? 'own' : undefined;
}

/** The levels a count of jurisdictions glosses in brackets: 12个县（市、区）, 18个乡（镇、街道）. */
export const JURISDICTION_LEVEL = /^(?:省|自治区|市|州|盟|县|区|旗|乡|镇|街道|苏木|村|社区|农场|林场)$/;

/**
 * Whether a list is closed by its last item: 其他 and the head every other item shares (行政单位、
 * 事业单位、其他单位; 税收收入、非税收入、其他收入). 其他 is whatever the items before it left, so
 * the list is the whole of its total. 其他商品和服务支出 after 办公费、印刷费 shares no head with them:
 * it names one item of a classification, and closes nothing. A count split in two (救护车、其他用车) is closed by its 其他 when
 * all name the same kind of thing (车).
 */
export function closedByOthers(labels: readonly string[], counted = false): boolean {
  const last = labels[labels.length - 1];
  if (!last || !last.startsWith('其他') || last.length < 3) return false;
  const head = last.slice(2);
  // 车辆6辆，其中救护车4辆、其他用车1辆: a count of things split in two, the second the rest of the same kind (车).
  if (counted && labels.length === 2) return !labels[0].startsWith('其他') && labels[0].length >= 2 && labels[0].slice(-1) === head.slice(-1);
  if (labels.length < 3) return false;
  if (labels.slice(0, -1).every((l) => l.length > head.length && l.endsWith(head) && !l.startsWith('其他'))) return true;
  // 救护车、执法执勤用车、其他用车: counted things whose names all end in the thing (车) are kinds of it, whatever words
  // come before, and 其他 takes the rest of them.
  return counted && labels.slice(0, -1).every((l) => l.length >= 2 && !l.startsWith('其他') && l.slice(-1) === head.slice(-1));
}

// What a whole's subject says it takes in: 包括, 包含, 含, 涵盖, 由 (…组成), or 即.
const WHOLE_TAKES_IN = /包括|包含|涵盖|含|由|即/g;
// The words that join the kinds a whole is said to be made of.
const KINDS_JOINED = /以及|和|及|与|、/;
// What a kind's name may open with that says whose it is, not what it is (所属事业单位, 下属单位).
const OWNED_BY = /^(?:本部门|本单位|所属|下属|直属|附属|其)/;
/** How many kinds a whole's subject may name and be read here. */
const MAX_NAMED_KINDS = 4;

/**
 * 包括委机关和所属事业单位共14家，其中：委机关1家、社区卫生服务中心9家、其他事业单位3家: the whole's subject names the
 * kinds it is made of (委机关, 事业单位); a count of it is split by a list that names each kind but one, and closes that one by
 * 其他 and its name. Whatever the list names besides is of the kind 其他 closes (a 社区卫生服务中心 is one of its 事业单位),
 * so the list is the whole of its total. A kind left unnamed (no 委机关 in the list) leaves the list a part.
 */
export function closedByNamedKinds(subject: string, labels: readonly string[]): boolean {
  const last = labels[labels.length - 1];
  if (labels.length < 2 || !last || !last.startsWith('其他') || last.length < 4) return false;
  // The last such word: what follows it is the whole's own list of kinds.
  const m = [...subject.matchAll(WHOLE_TAKES_IN)].at(-1);
  if (!m) return false;
  const kinds = subject
    .slice(m.index + m[0].length)
    .split(KINDS_JOINED)
    .map((k) => k.replace(OWNED_BY, ''));
  if (kinds.length < 2 || kinds.length > MAX_NAMED_KINDS || kinds.some((k) => k.length < 2 || k.length > 12 || k.startsWith('其他'))) return false;
  const head = last.slice(2).replace(OWNED_BY, '');
  const like = (a: string, b: string) => a.endsWith(b) || b.endsWith(a);
  const closes = kinds.filter((k) => like(k, head));
  if (closes.length !== 1) return false;
  const before = labels.slice(0, -1).map((l) => l.replace(OWNED_BY, ''));
  // Every other kind is named by an item of its own: one that is that kind, not a kind of the one 其他 closes.
  return kinds.every((k) => k === closes[0] || before.some((l) => like(l, k) && !like(l, head)));
}

/** Whether some split the domain knows is of a total so labelled (三公经费, 基本支出): its members may then be looked for. */
export function splitsKnownOf(totalLabel: string, dimension?: string): boolean {
  return PARTITIONS.some((p) => p.total.test(totalLabel) && (!p.dimension || p.dimension === dimension));
}

/**
 * A run of components that covers a known partition, each naming a different
 * member: "其中5个为专题审议项目，优6个、良14个、中5个" covers the grades from
 * its second component on; the first is a subset of the total.
 */
export function partitionRun(
  totalLabel: string,
  componentLabels: string[],
  dimension?: string,
): { partition: Partition; start: number; end: number } | undefined {
  for (const p of PARTITIONS) {
    if (!p.total.test(totalLabel) || (p.dimension && p.dimension !== dimension)) continue;
    const need = p.minMembers ?? p.members.length;
    for (let start = 0; start < componentLabels.length; start++) {
      const seen = new Set<PartitionMember>();
      let end = start;
      while (end < componentLabels.length) {
        const m = memberOf(p, componentLabels[end]);
        if (!m || seen.has(m)) break;
        seen.add(m);
        end++;
      }
      // Only a run that reaches the end of the list: a subset comes first, never last.
      if (seen.size >= need && end === componentLabels.length) return { partition: p, start, end };
      if (seen.size > 0) break;
    }
  }
  return undefined;
}

// The words saying a kind was not spent at all, whichever side of its name they stand.
const NOT_SPENT = '未发生|未安排|未列支|未开支|没有发生';
// 未发生因公出国（境）费和公务用车购置费, 全年无公务接待费支出: a clause saying some kinds were not spent at all (the names after
// the word). 无偿, 无法, 无需 open other words.
const NONE_BEFORE = new RegExp(`^([^，,。；;：:]{0,10}?)(?:${NOT_SPENT}|无(?![偿法需须论]))([^，,。；;：:]{2,40})$`);
// 因公出国（境）费和公务用车购置费均未发生, 因公出国（境）费为零: the names first.
const NONE_AFTER = new RegExp(`^([^，,。；;：:]{2,40}?)(?:均|都|全年|当年|本年)?(?:${NOT_SPENT}|无支出|零支出|为零|为0(?:[.．]0+)?(?:万元|元)?)(?:支出)?$`);
// A clause about another year than the list's (上年未发生…) says nothing of it.
const OTHER_YEAR = /上年|去年|往年|以前年度|同期/;
/** What a text says was not spent at all: the names in its clauses of 未发生, 无…, …为零, joined. */
export function statedNone(text: string): string {
  const names: string[] = [];
  for (const clause of text.replace(/[\s\u3000]/g, '').split(/[，,。；;：:！？]/)) {
    const m = NONE_BEFORE.exec(clause);
    if (m && !OTHER_YEAR.test(m[1])) names.push(m[2]);
    const n = !m ? NONE_AFTER.exec(clause) : null;
    if (n && !OTHER_YEAR.test(n[1])) names.push(n[1]);
  }
  return names.join('、');
}

/**
 * 其中公务用车运行维护费10.60万元、公务接待费5.40万元，未发生因公出国（境）费和公务用车购置费: a list that covers some members
 * of a known partition of its total, the text saying the others were not spent, is the whole of it. A member split in
 * turn (公务用车 into 购置 and 运行) counts as covered by a part only when its other parts are said not spent as well; a
 * member no part names, only when the text says none of each of its parts (or of it, when it has none). The partition's
 * name, or undefined.
 */
export function completedByNone(totalLabel: string, componentLabels: readonly string[], text: () => string): string | undefined {
  if (componentLabels.length === 0) return undefined;
  let none: string | undefined;
  for (const p of PARTITIONS) {
    if (p.dimension || p.mayOmit || p.minMembers || !p.total.test(totalLabel)) continue;
    // (The text is read only for a total some partition is of.)
    none ??= statedNone(text());
    if (!none) return undefined;
    const said = none;
    const split = (m: PartitionMember) => PARTITIONS.find((q) => q !== p && q.name === m.name && !q.dimension);
    const seen = new Set<PartitionMember>();
    let fits = true;
    for (const label of componentLabels) {
      const m = memberOf(p, label);
      if (!m || seen.has(m)) {
        fits = false;
        break;
      }
      seen.add(m);
      const q = split(m);
      const own = q ? q.members.filter((s) => s.pattern.test(label)) : [];
      // A part of the member (运行维护费 alone): its other parts must be said not spent.
      if (q && own.length === 1 && !q.members.every((s) => s === own[0] || s.pattern.test(said))) fits = false;
    }
    if (!fits) continue;
    const rest = p.members.filter((m) => !seen.has(m));
    if (rest.length === 0) continue;
    if (rest.every((m) => (split(m) ? split(m)!.members.every((s) => s.pattern.test(said)) : m.pattern.test(said)))) return p.name;
  }
  return undefined;
}

// "公务用车购置及运行维护费" names both 购置 and 运行: it belongs to the member it names first.
function otherMemberFirst(p: Partition, m: PartitionMember, label: string): boolean {
  const at = label.search(m.pattern);
  return p.members.some((o) => o !== m && o.pattern.test(label) && label.search(o.pattern) < at && p.name !== '“三公”经费');
}

export interface GradeBand {
  /** Every word that names this grade (优, 优秀, A…). */
  labels: string[];
  min: number;
  /** Exclusive upper bound, except for the top band, whose max is included. */
  max: number;
  maxInclusive: boolean;
}

/** 财预〔2020〕10号: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60). Label sets vary by region. */
/**
 * A table column of scores, named by its header (自评得分, 评价分数): its cells are points,
 * never in the table's money unit (预算金额（万元） beside it names another column's unit).
 */
export const SCORE_HEADER = /得分|分数|评分|分值|自评分/;

export const DEFAULT_GRADE_BANDS: GradeBand[] = [
  { labels: ['优', '优秀', 'A'], min: 90, max: 100, maxInclusive: true },
  { labels: ['良', '良好', 'B'], min: 80, max: 90, maxInclusive: false },
  { labels: ['中', '中等', '合格', '一般', 'C'], min: 60, max: 80, maxInclusive: false },
  { labels: ['差', '较差', '不合格', 'D'], min: 0, max: 60, maxInclusive: false },
];

export interface DomainTables {
  partitions: Partition[];
  gradeBands: GradeBand[];
}

export const DEFAULT_DOMAIN: DomainTables = { partitions: PARTITIONS, gradeBands: DEFAULT_GRADE_BANDS };

/**
 * Debt vocabulary (SPEC §5, debt family): which words make a clause a debt
 * figure, and which measure, kind and scope they name. The debt extractor
 * reads a figure's clause with this table; nothing else spells these words out.
 */
export interface DebtVocabulary {
  /** A debt figure's clause (or its 其中 head's) names debt. */
  debt: RegExp;
  /** Debt that no limit or identity is about: hidden debt, swaps, guarantees, other issuers. */
  exclude: RegExp;
  /** In order; a clause that names two measures that exclude each other (还本付息) names none. */
  measures: Array<{ measure: import('../relations/types.ts').DebtMeasure; pattern: RegExp; unless?: RegExp }>;
  kinds: Array<{ kind: 'general' | 'special'; pattern: RegExp }>;
  /** Who owes it: 全区, 市本级, 我县…; place names followed by 政府/本级 are read separately. */
  scope: RegExp;
  place: RegExp;
  /** What a place name read by `place` may drag in before it: 省财政厅核定|青水县. */
  placeLead: RegExp;
  /** A unit that is not the government whose debt the document reports: a park's committee, a company. */
  unit: RegExp;
  /** The document's entity has no limit of its own. */
  noLimit: RegExp;
  /** A forecast, not an outcome. */
  estimate: RegExp;
  /** A limit or balance named as before or after a change within its year (调整后限额, 年初限额): one of two figures. */
  restated: RegExp;
  /** Before a figure with no date of its own, an event it is after (本批债券发行后，…余额): not the date last stated. */
  afterEvent: RegExp;
  /** After the scope in a figure's clause, a part of it named (全县4镇3乡债务余额, 全区各街道, 全市融资平台): not the scope's own. */
  partOfScope: RegExp;
  /** A sentence that opens with one kind as its topic (专项债务方面，…): its figures are of that kind. */
  kindTopic: RegExp;
}

export const DEBT_VOCABULARY: DebtVocabulary = {
  debt: /债/,
  // 新增专项债券资金已支出79,860万元: what the bond money went on, no amount issued or owed.
  exclude: /隐性|或有|担保|债权|外债|国债|企业债|公司债|分别|结余|结转|库款|存款|资金余额|已支出|已使用|已拨付|支出进度/,
  measures: [
    // 置换债券 (swapping older debt): the balance identity does not hold through it.
    { measure: 'swap', pattern: /置换/ },
    { measure: 'interest', pattern: /付息|利息/ },
    { measure: 'repayment', pattern: /还本|本金|偿还|兑付/ },
    // 新增债务限额, 提前批…限额: a quota for new borrowing, not the ceiling on the balance;
    // 剩余限额空间, 可用限额: what is left of it.
    { measure: 'limit', pattern: /限额/, unless: /新增|提前|额度|增加|余额|剩余|空间|可用|未使用|结余|以内|之内/ },
    // 上年底 is 上年末 in other words.
    { measure: 'opening-balance', pattern: /(?:年初|上年末|上年底|期初)[^，。；]{0,10}余额/ },
    { measure: 'balance', pattern: /余额/ },
    { measure: 'refinancing', pattern: /再融资/ },
    { measure: 'issuance', pattern: /新增/ },
    // 举借 (borrowing) is issuing bonds, new and refinancing together.
    // 发行费用, 发行利率, 发行期限: what issuing cost or how, not an amount issued.
    { measure: 'total-issuance', pattern: /发行|举借/, unless: /发行(?:费|成本|利率|期限|场次|次数)/ },
  ],
  kinds: [
    { kind: 'general', pattern: /一般(?:政府)?(?:债务|债券|债)/ },
    { kind: 'special', pattern: /专项(?:政府)?(?:债务|债券|债)/ },
  ],
  // 所辖县（市）, 下辖各县, 县级 after 州本级: a lower level of its own, not the scope the sentence named before it.
  // (县（市、区）政府债务余额 after 市本级…: the counties', with 级 or right before their debt; 分县（市、区）看 only frames
  // what follows, each county named.)
  scope: /全(?:省|市|区|县|州|旗|盟|镇|乡)|(?:省|市|区|县|州|旗|盟|乡|镇)?本级|我(?:省|市|区|县|州|旗|镇|乡)|(?:所辖|下辖|辖内|辖区内?)各?(?:县|市|区|旗)(?:[（(][县市区旗、]{1,6}[）)])?|县[（(][市区旗、]{1,4}[）)](?:级|(?=(?:地方)?(?:政府|一般|专项|债务)))|县级|县市区|区县|县区|各(?:区|县|市)|乡镇/,
  // 县政府下达的限额: a government that grants or approves a limit is not the debt's scope.
  // 经开区专项债务限额: or right before the kind of debt.
  // 蒙溪县年初债务余额, 绿川县债务余额: or right before its debt's balance or limit (a county's own roll told after the table); not
  // an area word (分地区, 本辖区, 城区, 县市) that names no one place.
  place:
    /([\u4e00-\u9fa5]{2,5}?(?:新区|开发区|经开区|高新区|市|区|县|州|旗))(?:政府|本级|(?=(?:一般|专项)(?:政府)?(?:债务|债券))|(?<!地区|辖区|社区|园区|城区|市区|山区|景区|片区|县区|市县|县市|城市)(?=(?:上年末|上年底|年初|年末|年底|期初|期末)?(?:地方)?(?:政府)?债务(?:余额|限额)))(?!下达|核定|批准|批复|核准|确定)/,
  // …and a year before it (2024年新湖县政府债务…, 2025年末勐川县…): 年 (年末, 年底) is no part of a place's name there.
  placeLead: /^.*(?:核定|下达|批准|批复|核准|确定|厅|局|委|对|向|给)|^年(?:度|末|底|初)?/,
  // 县工业园区管委会2025年末专项债务余额, 工业园区债务余额中专项债务: the committee's (the park's) own balance, not the county's.
  unit: /([\u4e00-\u9fa5]{2,12}?(?:管委会|管理委员会|集团|有限公司|投资公司|园区))/,
  noLimit: /无(?:政府)?(?:性)?债务限额|债务限额纳入[^。；]{0,16}统筹|不(?:单独)?(?:核定|下达)[^。；]{0,8}债务限额/,
  estimate: /预计|拟|计划/,
  restated: /调整|追加|调增|调减|变动|原|年初|核减|核增|批准后|新核定/,
  afterEvent: /(?:发行|下达|到位|拨付|偿还|转贷|置换)[^，。；;]{0,6}?(?:之)?后/,
  partOfScope: /各|乡|镇|村|街道|社区|园区|开发区|部门|单位|企业|公司|平台|项目/,
  // （二）专项债务：年初余额…: the kind may be a numbered item's run-in title.
  kindTopic: /^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.．、])?[\s\u3000]*(?:分类型看[，,]?|从)?(?:(一般)|(专项))(?:政府)?(?:债务|债券)(?:方面|部分|情况|来看|看)?[，,：:。]/,
};

/** How debt measures, debt kinds and comparisons are named to a reader (hovers, claim tables, messages). */
export const DEBT_MEASURE_NAMES: Record<import('../relations/types.ts').DebtMeasure, string> = {
  balance: '余额',
  limit: '限额',
  issuance: '新增债券发行额',
  refinancing: '再融资债券',
  'total-issuance': '发行额（含再融资）',
  swap: '置换债券',
  repayment: '还本额',
  interest: '付息额',
  'opening-balance': '年初余额',
};
export const DEBT_KIND_NAMES: Record<import('../relations/types.ts').DebtKind, string> = { total: '政府债务', general: '一般债务', special: '专项债务' };
export const COMPARE_NAMES: Record<import('../relations/types.ts').CompareClaim['op'], string> = { gt: '大于', lt: '小于', eq: '等于' };

/**
 * The words opening a bracket that restates an earlier period's figures beside this period's: （上年1.30万笔、51.28亿元）,
 * （去年同期为…）, （上年末…）, （2024年同期…）. (A bare year may be this period's own.) Its amounts compare; they are not what a list or share after them details.
 * (上年结转, 上年结余 are this year's money carried in, a part of it.)
 */
export const PRIOR_PERIOD_NOTE = /^[\s\u3000]*(?:(?:上|去|前)一?年(?!度?(?:结转|结余))|上期|同期|(?:19|20)\d\d年同期)/;

// Columns and rows as a table names them, for the readings that tie a sentence to a row's cell (relations/row-restatements.ts)
// and a share to its whole (relations/shares.ts).
/** 资金规模, 投资额, 经费金额: a column of money named by its size; the noun alone (资金) names it in a sentence. */
export const SCALE_OF_MONEY = /^(资金|经费|投资)(?:规模|总额|数额|金额|额)$/;
/** 预算金额, 已投资金额: a column of money named by its measure and 金额. */
export const MONEY_AMOUNT_HEAD = /^((?:预算|决算|执行|已[\u4e00-\u9fff]{1,4}))金额$/;
/** A row named by a word every table has (其他企业, 其他资产, 其余项目): no one thing a sentence states. */
export const GENERIC_ROW = /^(?:其他|其它|其余|另|其中|本级|上级|下级)/;
/** A column of rates or changes (同比增长%, 增减%, 投资进度), whatever unit its cells are read in: no level. */
export const RATE_HEAD = /[%％‰]|增长|增幅|降幅|同比|进度|占/;
/** The kind a part's name ends with, which the whole given out must end with too: 首套住房贷款 of 个人住房贷款. */
export const GIVEN_KIND_END = /(?:贷款|补贴|补助|资金|奖励|救助金|保险金|养老金|抚恤金|津贴|债券)$/;
