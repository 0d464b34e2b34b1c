/**
 * The words that govern a figure in its clause, in one table. A figure's role
 * (a level, a change, a rate, a ratio, a share, a prior value, a new value, a
 * figure that does not add) is read from these words, never from where the
 * figure stands; extractors build their patterns from here and hold no
 * vocabulary of their own.
 */

export type Direction = 'up' | 'down';

/** Verbs that state an amount of change (增加5万元), with the direction each states. */
export const DELTA_VERBS: ReadonlyArray<readonly [string, Direction]> = [
  ['增加', 'up'],
  ['增长', 'up'],
  ['上升', 'up'],
  ['提高', 'up'],
  ['上涨', 'up'],
  ['回升', 'up'],
  ['增收', 'up'],
  ['增支', 'up'],
  ['超支', 'up'],
  ['多', 'up'],
  ['增', 'up'],
  ['减少', 'down'],
  ['下降', 'down'],
  ['降低', 'down'],
  ['下滑', 'down'],
  ['回落', 'down'],
  ['压减', 'down'],
  ['压缩', 'down'],
  ['缩减', 'down'],
  ['节约', 'down'],
  ['节省', 'down'],
  ['减收', 'down'],
  ['减支', 'down'],
  ['少', 'down'],
  ['减', 'down'],
  ['降', 'down'],
  // 负增长3.4%: growth below zero, a fall of 3.4%.
  ['负增长', 'down'],
  // 差距缩小, 规模扩大: a gap or a ratio that narrows falls, one that widens rises.
  ['缩小', 'down'],
  ['扩大', 'up'],
  // 图解预算 (infographics) mark a change with an arrow before its rate: ▲6.2%, ▼8.6%, ↑3.1%.
  ['▲', 'up'],
  ['↑', 'up'],
  ['▼', 'down'],
  ['↓', 'down'],
];

/** Nouns that name a rate of change (增幅为8%), with their direction. */
export const RATE_NOUNS: ReadonlyArray<readonly [string, Direction]> = [
  ['增幅', 'up'],
  ['涨幅', 'up'],
  // 同比上升982.60万元，升幅9.6%: the rate named by the verb it follows, as 增加 has 增幅.
  ['升幅', 'up'],
  ['跌幅', 'down'],
  ['增速', 'up'],
  ['增长率', 'up'],
  ['降幅', 'down'],
  ['减幅', 'down'],
  ['下降率', 'down'],
];

/**
 * Words that make a rate an average over several years (年均增长6.2%: the compound mean of five years' growth), not the
 * change between the two figures beside it.
 */
export const AVERAGE_RATE_WORDS: readonly string[] = ['年均', '年平均', '平均每年', '每年平均', '年复合', '复合年均'];

/**
 * Words that put a rate on an adjusted basis (同口径增长6.8%, 按可比口径计算增长, 剔除留抵退税因素后增长7.4%, 扣除一次性
 * 收入后下降): the change of figures the text does not state, not of the two beside it.
 */
export const ADJUSTED_BASIS = '(?:按)?(?:同口径|可比口径)(?:计算|比较|测算)?|(?:剔除|扣除|还原|不考虑)[^，。；,;0-9０-９]{1,20}?(?:因素|影响)?后';

/** Verbs that may take a rate directly (增长8%); 多/少 and 节约 never do. */
export const RATE_VERBS: readonly string[] = ['负增长', '增加', '增长', '上升', '提高', '上涨', '回升', '减少', '下降', '降低', '下滑', '回落', '压减', '缩减', '增', '减', '降', '▲', '↑', '▼', '↓'];

/** How much, said before a direction word alone: 有所上升, 略有下降, 大幅增加. */
export const DEGREE_WORDS: readonly string[] = ['有所', '略有', '稍有', '明显', '大幅', '小幅',
  // 较上年（80.2%）继续走高, 持续下降: a move that goes on is still a move against the base named.
  '继续', '持续', '进一步'];
/**
 * A drafter's other words for a move, said with no figure after them (较上年有所增多, 较上年（80.2%）继续走高), with their
 * direction. Not change verbs before a figure: 提升 names projects (茶叶加工厂提升改造 | 286.00).
 */
export const DIRECTION_ONLY_WORDS: ReadonlyArray<readonly [string, Direction]> = [
  ['增多', 'up'],
  ['提升', 'up'],
  ['攀升', 'up'],
  ['走高', 'up'],
  ['走低', 'down'],
  // 较上年预算略增 / 比上年略降: the degree and the move said in one word.
  ['略增', 'up'],
  ['略减', 'down'],
  ['略降', 'down'],
  ['微增', 'up'],
  ['微降', 'down'],
  // 调整后预算…，较年初预算…调增 / 调减: a budget's move between its stages, said with no amount.
  ['调增', 'up'],
  ['调减', 'down'],
];
/**
 * Words of a move that state a change before a figure only in percentage points (满意度较上年提升1.6个百分点): before an amount
 * they may name a project (提升改造 | 286.00), never before points. Their direction is in DIRECTION_ONLY_WORDS.
 */
export const POINTS_VERBS: readonly string[] = ['提升', '攀升'];
/** A direction stated with no figure: 比上年的13.02亿元有所上升. */
export const DIRECTION_ONLY = new RegExp(`^[\\s\\u3000]?(?:${DEGREE_WORDS.join('|')})?(上升|增加|增长|提高|回升|下降|减少|降低|回落|缩小|扩大|压减|压缩|缩减|${DIRECTION_ONLY_WORDS.map(([w]) => w).join('|')})`);

/** After a change verb, 至/到 turns the figure into the new value (压减至30万元). */
export const NEW_VALUE_SUFFIXES: readonly string[] = ['至', '到'];
/** A verb that states a move only with 至/到 and the level reached (由240万元升至260万元), with its direction. */
export const NEW_VALUE_VERBS: ReadonlyArray<readonly [string, Direction]> = [['升', 'up']];

/** Verbs and copulas that state a level (为, 是, 达, 完成, 安排, 合计…). */
export const LEVEL_WORDS: readonly string[] = ['为', '是', '达', '达到', '完成', '实现', '安排', '合计', '共计', '总计', '总额'];

/** Words that say the figure is the whole of a list. */
export const TOTAL_WORDS: readonly string[] = ['合计', '共计', '总计', '总额', '共'];

/**
 * Other spellings of the prior year (上年度, 上一年度, 上一年), read as the 上年 every pattern here
 * is written with: the characters in the groups are read as absent, positions still the source's.
 */
export const PRIOR_YEAR_SPELLING = /上(一)?年(度)?/g;

/** A clause that only names what is compared with: 与上年相比, 同2024年预算数相比, 和上年同期相比. */
export const COMPARED_WITH = '(?:与|和|同)(?:[0-9０-９]{4}年度?|上年同期|上年|去年|同期|年初)(?:预算数?|决算数?|执行数)?相比';

/** A unit of money as written after an amount, longest first; a bare 万 or 亿 closing an amount is 万元 or 亿元. */
export const MONEY_UNIT_WRITTEN = '(?:万亿元|萬億元|亿元|億元|千万元|百万元|万元|萬元|千元|元|万|萬|亿|億)';

/** What a change is compared with: the prior period or the budget. */
export const PRIOR_BASES: readonly string[] = [
  '上年同期',
  // 较上年末增加12人: a stock's base is last year's end.
  '上年末',
  '上年底',
  // 年末结转结余…，较年初（214.80万元）有所增加: a year-end stock against the same stock at the year's start.
  '年初数',
  '年初',
  '上年度',
  '上年',
  '去年',
  '同期',
  '上年执行数',
  '上年决算数',
  '上年预算数',
  '上年决算',
  '上年预算',
  '决算',
  '年初预算数',
  '年初预算',
  '预算数',
  '执行数',
  '决算数',
  '调整预算数',
  '调整预算',
  '全年预算数',
  '全年预算',
  '年度预算数',
  '年度预算',
  // A budget drafted before the year closes is set against last year's expected outturn: 比2025年预计执行数…增长.
  '预计执行数',
  '预计执行',
  '预计完成数',
  '预计完成',
];

/** Comparison words between two stated values (决算数大于预算数). */
export const COMPARISONS: Readonly<Record<string, 'gt' | 'lt' | 'eq'>> = {
  大于: 'gt',
  高于: 'gt',
  超过: 'gt',
  // 决算数超出年初预算: as 超过.
  超出: 'gt',
  多于: 'gt',
  小于: 'lt',
  低于: 'lt',
  少于: 'lt',
  等于: 'eq',
};

/**
 * Words that state a gap to a budget only after 比/较 names it (比年初预算结余15.82万元,
 * 比预算超支12.60万元); alone, 结余540万元 is a level, not a change.
 */
export const VERSUS_BUDGET_VERBS: ReadonlyArray<readonly [string, Direction]> = [
  ['结余', 'down'],
  ['节余', 'down'],
  ['超支', 'up'],
  ['超收', 'up'],
  ['短收', 'down'],
];

/**
 * An amount named as the gap between an outturn and its plan (节约资金1,658.20万元, 超收136万元): a
 * difference, never a whole that a 其中 list after it breaks down.
 */
export const GAP_AMOUNT = /(?:节约|节省|节支|超收|短收|超支)(?:资金|金额|额)?(?:为|达)?[\s\u3000]*$/;
/** Whether the figure starting at `at` is named as such a gap (the few characters before it, not before `from`). */
export const gapAmountAt = (text: string, at: number, from = 0): boolean => GAP_AMOUNT.test(text.slice(Math.max(from, at - 8), at));

/** 持平: no change; 基本持平 tolerates a small one. */
export const FLAT_WORDS: readonly string[] = ['基本持平', '持平'];
/**
 * The hedges that let a 持平 (or a 决算数与预算持平) tolerate a small change, wherever the drafter puts them: 基本持平,
 * 基本与上年持平, 与年初预算大体持平, 总体上与上年保持持平.
 */
export const FLAT_HEDGE = '(?:基本|大体|总体|大致|总的)上?';
/** A hedge right before the comparison's 与 (基本与年初预算持平), spaces allowed. */
export const FLAT_HEDGE_BEFORE = new RegExp(`${FLAT_HEDGE}[\\s\\u3000]*$`);
/** A 持平 word read with its hedge (基本持平, 大体上保持持平, 基本与年初预算持平). */
export const HEDGED_FLAT = new RegExp(`^${FLAT_HEDGE}`);
/**
 * What a 持平 may be level with that is no earlier amount of the same thing: 与序时进度持平 (a completion rate on the
 * calendar), 与全省平均水平持平, 与预期持平. No change on last year is said there.
 */
export const FLAT_NOT_A_PRIOR = /进度|序时|平均|水平|预期|目标/;
/** 与上年, 同上年决算数: a comparison with last year's (its measure named or not), before what is said of it. */
export const WITH_LAST_YEAR = '(?:与|同|和)上年(?:度)?(?:决算|预算|执行)?数?';
/** 与上年相同, 同上年一致: no change, said as sameness with last year (the words alone say nothing of a change). */
export const SAME_AS_LAST_YEAR = `(?<=${WITH_LAST_YEAR})(?:相同|一致)`;

/** Figures governed by these are not additive (rates, averages, terms): a list of them is no sum. */
export const NON_ADDITIVE = /平均|利率|期限|债务率|负债率|比率|比例|比重|占比|增速|增幅|降幅|执行率|完成率|均值|人均|单价/;

/**
 * A ratio's base named as a budget or plan with no year (为预算的102.3%, 为年初预算的96.0%, 完成计划的): the
 * ratio is a completion, taken of the budget, not of last year's level stated earlier in the sentence.
 */
export const BUDGET_BASE_NAME = /^(?:年初|全年|年度|调整后?|当年)?(?:预算|计划)(?:数|额)?$/;

/** Whose money a name opens with: a jurisdiction or level (全区, 市本级, 区级), or the body itself (本部门, 本单位). */
export const NAME_SCOPE_LEAD = /^(?:全(?:省|市|区|县|州|镇|乡)|(?:省|市|区|县|镇|乡)?本级|(?:省|市|区|县|镇|乡)级|我(?:省|市|区|县|镇|乡)|本(?:部门|单位|局|委|院|校)|(?:区|市|县)?(?:各)?部门)/;

/** A measure at a label's end, captured: the budget (年初预算, 预算数, 调整预算) or the outturn (决算, 支出决算, 实际支出, 执行数). */
export const MEASURE_WORD_AT_END = /(?:财政拨款)?(?:支出)?((?:年初|全年|调整后?)?预算|决算|执行|实际支出)(?:数|额)?(?:为|是|共计)?$/;

/**
 * A label that names only a measure (年初预算为, 差值为, 上年决算): the figure is
 * another measure of the subject named before it, not a subject of its own.
 */
export const MEASURE_ONLY = /^(?:年初|全年|调整后?)?(?:预算|决算|执行)(?:数|额)?$|^(?:差值|差额|增减|增减额|增减数|结余)$|^上年(?:预算|决算|执行)?(?:数|额)?$|^(?:实际)?(?:完成|支出|收入)?(?:数|额)$/;

/**
 * The stage of a budget a figure's label ends with (预算调整方案: 年初预算 → 调整后预算). One item stated at two
 * stages is one item, and an item at one stage is no part of a total at another; the capture names the stage. A label
 * read without its verb's 为 (…年初预算101,400万元，调整为96,800万元 leaves 调整) still names the stage after.
 */
export const BUDGET_STAGE_AT_END = /(?:(年初|调整前)(?:预算)?(?:数)?|(调整后|调整为|调整至|调整到|调整)(?:预算)?(?:数)?)(?:为|是)?$/;

/**
 * A budget adjustment stated in stages (预算调整方案): the stage before (年初预算为A, 年初余额A), each step
 * (本次调增B, 调减C, 年中追加B, 动用B) and the stage after (调整后为D, 余额为D). ADJUST_STEP's first group is the
 * verb; ADJUST_ADDS says which verbs add.
 */
export const ADJUST_OPENING = /(年初(?:预算|余额)(?:数)?|调整前(?:预算)?(?:数)?)(?:为|是)?$/;
/**
 * Verbs of a budget adjustment that state its amount (调增500万元, 核减12万元; the figure is read as a change by the 增/减 it ends with), with the direction each states: the change of
 * a level that moved from one amount to another (由X调整为Y，调增D).
 */
export const ADJUST_DELTA_VERBS: ReadonlyArray<readonly [string, Direction]> = [
  ['调增', 'up'],
  ['核增', 'up'],
  ['调减', 'down'],
  ['核减', 'down'],
];
export const ADJUST_STEP = /^(?:万元|亿元|元)?[，,、]?(?:本次|此次|年中)?(调增|调减|追加|追减|核增|核减|动用|调入|调出)(?:支出|收入|预算|资金)?$/;
export const ADJUST_ADDS = /^(?:调增|追加|核增|调入)$/;
export const ADJUST_RESULT = /^(?:万元|亿元|元)?后?[，,](调整后(?:预算)?(?:数)?|(?:调整后|动用后)?余额)(?:为|是|达)?$/;

/** A clause that introduces the parts of the total before it (其中, …中，, 包括). */
export const OF_WHICH_WORDS: readonly string[] = ['其中', '包括', '分别为'];

/**
 * Words that end a list of parts: what follows is a purpose, not a part, or a ceiling the
 * total is held under (控制在限额98.50亿元以内, 未超过…, 低于…). 均/都 open a clause about every
 * part named before it (均在限额以内, 都已拨付): not a part.
 */
export const LIST_STOP = /^[\s\u3000]*(?:(?:主要)?(?:用于|其余|剩余|余下|另外)|(?:均|总体|整体)?(?:控制在|未超过|不超过|没有超过|未突破|低于|不高于)|(?:均|都|皆)(?:在|为|已|未|控制|按|于|不|低于|符合|达到|纳入))/;

/**
 * After a list and its comma, a clause that states a figure of its own (培训人员约420人次, 涉及资金3.2万元): a new statement,
 * not another item of the list (an item is a name). A traditional copy's 萬元, 個, 項 are the same units.
 */
export const STATEMENT_AFTER_LIST = /^[\s\u3000]*[^，,。；;、：:0-9０-９]{1,12}?(?:约|共|达|为|計|计|約|為)?[0-9０-９][0-9０-９.,，]*[\s\u3000]*(?:人次|人|[个個]|[项項]|家|次|[户戶]|所|[辆輛]|件|[万萬]元|[亿億]元|元|%|％)/;

/** After 支, what makes it the start of a word (12支出, 三支一扶, 支付), not the counter of funds and teams (6支子基金). */
export const NOT_COUNTER_ZHI = /^[出付持撑援农边教医一柱行部配取]/;

/**
 * After a list and its comma, a clause comparing how many there are with an earlier date (，子基金数量与上年持平, ，个数比上年
 * 增加2个): it speaks of the count, not of one more thing listed.
 */
export const COUNT_COMPARED = /^[\s\u3000]*[\u4e00-\u9fff]{0,6}?(?:数量|个数|总数|数目|户数|家数)(?:均|总体)?(?:与|同|和|比|较)(?:上年|去年|上一年|上年度|上年末|年初|上期|同期)/;

/** After a list, words that say more things remain than were listed (其余…, 另有…): the list is not all. */
export const ITEMS_REMAIN = /^[\s\u3000]*(?:主要)?(?:其余|剩余|余下|另外|另有|此外|还有)/;

/**
 * What counted things are said to undergo right after their count ("9个项目实行绩效目标管理",
 * "12个单位纳入决算编制范围"): the noun before the verb is what is counted.
 */
/**
 * Places and units counted by a word whose names show it (4个乡镇…：勐岗镇、南腊乡、曼洒镇): each name ends with one of
 * these. A list after a colon whose every name so ends is the counted things, however long the clause between.
 */
export const COUNTED_NAME_ENDS: Readonly<Record<string, RegExp>> = {
  乡镇: /(?:乡|镇|街道)$/,
  乡镇街道: /(?:乡|镇|街道)$/,
  镇街: /(?:镇|街道)$/,
  街道: /街道$/,
  村: /村$/,
  社区: /社区$/,
  村社区: /(?:村|社区)$/,
  县区: /(?:县|区|市)$/,
  区县: /(?:县|区|市)$/,
  县市区: /(?:县|区|市)$/,
  县市: /(?:县|市)$/,
  镇街道: /(?:镇|街道)$/,
  学校: /(?:学校|小学|中学|学院|幼儿园|校)$/,
  医院: /(?:医院|卫生院)$/,
  卫生院: /卫生院$/,
  // 出国（境）团组: each a delegation named as one (考察团, 培训团, 代表团).
  团组: /团$/,
};

export const COUNTED_ACTIONS: readonly string[] = ['实行', '实施', '开展', '纳入', '编报', '申报', '参与', '参加', '列入'];

/**
 * A sentence that opens by naming an amount stated just before and goes on with its parts:
 * 基本支出中，人员经费…；公用经费…, 专项转移支付收入按用途分，农林水…, 基本支出具体为：…. The name is what stands before
 * these words at the sentence's start (no figure in it); the amount is the one stated under that name.
 */
// (2025年全市社会保险基金收入预算中，…: the year the name opens with is no part of it.)
// (专项转移支付分三批下达，第一批…、第二批…: the amount named again, then its parts by batch, as 按…分 splits it.)
export const NAMED_PARTS_OPENER = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?(?:[0-9０-９]{4}年度?)?([^，,：:。；;、0-9０-９（()）]{2,30}?)(?:中|按[^，,：:。；;0-9０-９]{1,8}(?:分|划分)|具体(?:为|是|包括)|(?:主要)?包括|分[两二三四五六七八九十]{1,2}(?:批次?|次|期|轮)(?:下达|拨付|下拨|分配|安排|发行|拨付到位)?)[，,：:]/;

/**
 * 按功能分类：A支出…；B支出…, 分项目看：…, 从支出结构看：…, 按经济分类：…, 按采购对象分，…: a frame opening a clause that sets
 * out the amount stated before by class. Not said to be complete (the drafter may list the main classes only).
 */
// (What the classes are by, never a time: 从全年看，… goes on about the whole, not its classes.)
const CLASSED_BY = '(?:功能|经济|结构|构成|类别|类型|性质|科目|项目|级次|层级|来源|用途|领域|行业|对象|方式|区域|地区|主体|险种|税种)';
export const CLASSIFIED_LIST_OPEN = String.raw`(?<![一-鿿])(?:按[一-鿿]{0,4}?${CLASSED_BY}(?:分类|划分|分)|从[一-鿿]{0,4}?${CLASSED_BY}(?:分类)?来?看|分[一-鿿]{0,3}?${CLASSED_BY}看)[，,：:]`;

/** 由一般公共预算支出…、政府性基金预算支出…和…组成: the list is the whole of the amount before 由. */
export const WHOLE_LIST_OPEN = '由';
export const WHOLE_LIST_CLOSE: readonly string[] = ['组成', '构成'];

/** Longest first, escaped, as one alternation. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * A completion rate against the calendar's share of the year (序时进度: ten months are 83.3% of it): 快于序时进度1.5个百分点,
 * 较序时进度低2.7个百分点, 超序时进度（50%）2.4个百分点. The words said before 序时进度, and those said after it (比/较…低).
 */
export const SCHEDULE_NOUN = '(?:序时|时间|时序)进度';
export const SCHEDULE_WORDS_BEFORE: ReadonlyArray<readonly [string, Direction]> = [
  ['快于', 'up'],
  ['高于', 'up'],
  ['超过', 'up'],
  ['超出', 'up'],
  ['超', 'up'],
  ['领先于', 'up'],
  ['领先', 'up'],
  ['慢于', 'down'],
  ['低于', 'down'],
  ['落后于', 'down'],
  ['落后', 'down'],
  ['滞后于', 'down'],
  ['滞后', 'down'],
];
export const SCHEDULE_WORDS_AFTER: ReadonlyArray<readonly [string, Direction]> = [
  ['快', 'up'],
  ['高', 'up'],
  ['超', 'up'],
  ['超出', 'up'],
  ['领先', 'up'],
  ['慢', 'down'],
  ['低', 'down'],
  ['落后', 'down'],
  ['滞后', 'down'],
];

const DIRECTIONS = new Map<string, Direction>([...DELTA_VERBS, ...RATE_NOUNS, ...VERSUS_BUDGET_VERBS, ...SCHEDULE_WORDS_BEFORE, ...SCHEDULE_WORDS_AFTER, ...NEW_VALUE_VERBS, ...DIRECTION_ONLY_WORDS]);

/** The direction a change word states, if it states one; 决算数大于预算数 states the actual's gap to the budget. */
export function directionOfWord(word: string): Direction | undefined {
  const op = COMPARISONS[word];
  return DIRECTIONS.get(word) ?? (op === 'gt' ? 'up' : op === 'lt' ? 'down' : undefined);
}

export const DELTA_VERB_ALT = alternation(DELTA_VERBS.map(([w]) => w));
export const RATE_NOUN_ALT = alternation(RATE_NOUNS.map(([w]) => w));
export const RATE_VERB_ALT = alternation(RATE_VERBS);
export const PRIOR_BASE_ALT = alternation(PRIOR_BASES);

/**
 * A fund's balance carried over the year, each stage named by the clause before its figure
 * ("，加上年初滚存结余X，年末滚存结余Y"): the opening stock, the year's balance (the flow) and the
 * closing stock, which is the other two together. `clause` patterns are the whole clause after
 * its comma (an optional 加上 before the name), so nothing else may stand in it; `end` patterns
 * the last words of a sentence's opening clause, after its subject (职工医保基金年初滚存结余).
 */
// A fund's stock is its 结余 or, as some funds say, its 结存; a year that spends more than it takes in leaves a 缺口.
const ROLL_NAMES = {
  opening: '(?:年初|上年末|上年底|上年度末|上年)(?:滚存|累计)?(?:结余|结存)',
  flow: '(?:当年|本年|当期)(?:收支)?结余',
  shortfall: '(?:当年|本年|当期)(?:收支)?(?:缺口|赤字)',
  closing: '(?:年末|年底)(?:滚存|累计)?(?:结余|结存)',
} as const;
export type RollStage = keyof typeof ROLL_NAMES;
export const ROLL_STAGES: ReadonlyArray<{ stage: RollStage; clause: RegExp; end: RegExp }> = (Object.keys(ROLL_NAMES) as RollStage[]).map((stage) => ({
  stage,
  clause: new RegExp(`^[，,；;][\\s\\u3000]*(?:再?加上?)?${ROLL_NAMES[stage]}(?:为|是|达)?[\\s\\u3000]*$`),
  end: new RegExp(`${ROLL_NAMES[stage]}(?:为|是|达)?[\\s\\u3000]*$`),
}));

/**
 * Money carried over a year (财政拨款结转和结余, 结转结余): the stock at the year's start, the year's
 * income and spending, the stock at its end, which is the first plus the second less the third.
 * Each pattern is a clause's words before its figure (after the sentence's subject for the first).
 */
export const CARRY_OPENING = /(?:年初|上年末|上年底|上年)(?:财政拨款)?结转(?:和|及)?结余(?:资金)?(?:为|是|共)?[\s\u3000]*$/;
// …，加上本年财政拨款收入Y，减去本年财政拨款支出Z，…: the verbs of the sum may stand before the stages.
export const CARRY_INCOME = /^[，,；;][\s\u3000]*(?:再?加上?)?(?:本年|当年)(?:财政拨款)?收入(?:合计)?(?:为|是|共)?[\s\u3000]*$/;
export const CARRY_SPENDING = /^[，,；;][\s\u3000]*(?:再?减去?|扣除)?(?:本年|当年)(?:财政拨款)?支出(?:合计)?(?:为|是|共)?[\s\u3000]*$/;
export const CARRY_CLOSING = /^[，,；;][\s\u3000]*(?:年末|年底)(?:财政拨款)?结转(?:和|及)?结余(?:资金)?(?:为|是|共)?[\s\u3000]*$/;
/**
 * Labels of a carried-over stock at the year's start and at its end: a list naming both is a roll-forward, not parts.
 * A debt balance is such a stock (专项债务年初余额…，发行…，偿还…，年末专项债务余额…).
 */
// 一般债务余额年初286.58亿元，…，年末302.18亿元: the balance named first, then the date alone.
export const STOCK_AT_START = /(?:年初|上年末|上年底|上年)(?:财政拨款)?(?:结转|结余|滚存)|(?:年初|上年末|上年底)[^，,。；;]{0,8}?余额|余额(?:为)?(?:年初|上年末|上年底|期初)$/;
export const STOCK_AT_END = /(?:年末|年底)(?:财政拨款)?(?:结转|结余|滚存)|结转下年|(?:年末|年底)[^，,。；;]{0,8}?余额|余额(?:为)?(?:年末|年底|期末)$|^(?:年末|年底|期末)$/;

/**
 * A budget adjustment table's columns (预算调整方案): the stage before, what each step adds or takes, the stage after.
 */
export const ADJUST_TABLE_HEADS = {
  before: /^(?:[0-9]{4}年)?(?:年初预算|调整前预算?)(?:数)?(?:（[^）]*）)?$/,
  adds: /^(?:调增|追加|核增)(?:数|额|金额)?(?:（[^）]*）)?$/,
  takes: /^(?:调减|追减|核减)(?:数|额|金额)?(?:（[^）]*）)?$/,
  /** One signed column for both (调整数 | 调增（减）数): a fall written with a minus sign. */
  signed: /^(?:调整|调增[（(]减[）)]|调增减)(?:数|额|金额)?(?:（[^）]*）)?$/,
  after: /^(?:[0-9]{4}年)?调整后(?:预算)?(?:数)?(?:（[^）]*）)?$/,
} as const;

/** A fund table's columns: income, spending, and the year's balance between them (not the 年末滚存结余 stock). */
export const BALANCE_TABLE_HEADS = {
  income: /^(?:本年|当年|基金)?收入(?:合计)?(?:（[^）]*）)?$/,
  spending: /^(?:本年|当年|基金)?支出(?:合计)?(?:（[^）]*）)?$/,
  balance: /^(?:本年|当年)?(?:收支)?结余(?:（[^）]*）)?$/,
} as const;

/**
 * The funds a text, a title or a table's scope may name, one word each: the four budgets and 财政拨款. In this order, so
 * that the first a name holds is its budget (一般公共预算财政拨款 is 一般公共预算's).
 */
export const FUND_NAMES = ['一般公共预算', '政府性基金', '国有资本经营', '社会保险基金', '财政拨款'] as const;

/** The four budget books a government keeps, by their full names (一般公共预算…社会保险基金预算). */
export const BUDGET_BOOKS = ['一般公共预算', '政府性基金预算', '国有资本经营预算', '社会保险基金预算'] as const;
/** Any book's full name; the fund is group 1 (一般公共预算 → 一般公共). */
export const BUDGET_BOOK_SOURCE = '(一般公共|政府性基金|国有资本经营|社会保险基金)预算';
/** A book's full name anywhere in a text. */
export const BUDGET_BOOK = new RegExp(BUDGET_BOOK_SOURCE);
/** The one budget book a text (a title, a caption) names, or '': none, or several. */
export function bookNamedIn(text: string): string {
  const named = BUDGET_BOOKS.filter((b) => text.includes(b));
  return named.length === 1 ? named[0] : '';
}

/**
 * What classes set out by function or economic kind are of: a book's (一般公共预算支出), a budget's or a department's whole
 * (本年支出, 部门支出, 支出总额), never one class (农林水支出 split 按经济分类 is another statement's).
 */
export const WHOLE_OF_CLASSES = new RegExp(`${BUDGET_BOOK_SOURCE}|(?:本年|全年|部门|单位|财政拨款)(?:支出|收入)|(?:支出|收入)(?:总额|合计|总计)|总(?:支出|收入)`);
const BUDGET_BOOK_ALL = new RegExp(BUDGET_BOOK_SOURCE, 'g');

/**
 * A text with each book's 预算 taken off its name (一般公共预算支出决算 → 一般公共支出决算), so that what is left says
 * whether it is a budget or a final account: the book's name says neither.
 */
export function withoutBookMeasure(text: string): string {
  return text.replace(BUDGET_BOOK_ALL, '$1');
}

/** A text with each book's name taken out whole. */
export function withoutBookNames(text: string): string {
  return text.replace(BUDGET_BOOK_ALL, '');
}

/**
 * The short names a report gives the government funds budget once it has named it in full: 基金收入 for
 * 政府性基金(预算)收入, 基金支出 for its spending. Only this fund: 社会保险基金 keeps its own name, and a
 * name that already says which fund (社保基金收入) is not shortened to it.
 */
export function shortFundName(name: string): string {
  return name.replace(/^政府性基金(?:预算)?(?=(?:收入|支出)$)/, '基金');
}

/**
 * “三公”经费 are by definition paid from 一般公共预算财政拨款: a name of them that says so (“三公”经费财政拨款
 * 支出, 一般公共预算财政拨款“三公”经费) names no narrower amount than “三公”经费. Other names keep their
 * source: 财政拨款支出 is not 支出.
 */
export function withoutSangongFunding(name: string): string {
  if (!/三公/.test(name)) return name;
  return name.replace(/(?:一般公共预算)?财政拨款(?:安排的?)?/g, '');
}

/** A table's column that numbers its items (序号 | 项目名称 | …): the row's label is the cell after it. */
export const SERIAL_HEAD = /^(?:序号|编号)$/;
/** The head of a column of classification codes before the names: 科目编码, 功能分类科目编码, 科目代码. */
export const CODE_HEAD = /^(?:(?:功能|经济)?(?:分类)?科目)?(?:编码|代码)$/;
/**
 * Words a table's page sets with a letter's width between their characters (科  目 | 项  目 | 合  计 | 金  额): in a
 * space-laid row the characters stand as cells of one character each. Only words: 类  款  项 over a code's three
 * columns are three heads.
 */
export const LETTER_SPACED_WORDS = /^(?:科目|项目|合计|总计|小计|共计|其中|名称|单位|序号|编号|金额|备注|指标|类别|年度|预算|决算|收入|支出|内容|分值|得分)$/;
/** A form's column of line numbers (收入项目 | 行次 | 金额): 1, 2, … 9 beside 本年收入合计 are no amounts. */
export const LINE_NUMBER_HEAD = /^(?:行次|栏次|行号)$/;

/**
 * A two-level head a page flattened into one row keeps the group's words in one of its columns' heads
 * (本年预算数 基本支出, 本年比上年增减 增减额). A group over periods or measures: 本年预算数, 2025年预算, 上年决算数,
 * 2024年末政府债务余额.
 */
export const PERIOD_GROUP_HEAD = /^(?:(?:[0-9]{4}年度?|上年|本年|当年)(?:年初|调整后?)?(?:预算|决算|执行)数?|[0-9]{4}年(?:末|底|初)?[\u4e00-\u9fa5]{0,10}(?:限额|余额))$/;
/** A group over the change between two columns: 本年比上年增减, 比上年增减, 较上年增减变动, 同比增减. */
export const CHANGE_GROUP_HEAD = /^(?:(?:本年|本期)?(?:比|较)(?:上年|去年|上年同期)(?:预算|决算|执行)?数?|同比)增减(?:变动|情况)?$/;
/** The columns under a change group: its amount and its rate. */
export const CHANGE_SUB_HEAD = /^(?:增减额|增减数|增减金额|金额|数额|增减[%％]|增减率|增长率|增幅|幅度|[%％]|比例|[（(][%％][）)])$/;
/** …of which the change's rate (the others are its amount). */
export const CHANGE_SUB_RATE = /[%％率幅例]/;
/** A table column of shares: 占比（%）, 比重, 构成(%), 占本年收入比重（%）, 占合计%. */
export const SHARE_COLUMN = /^(?:占比|比重|构成|结构比?|占[^%％（()）]{1,12}?(?:的)?(?:比重|比例|%|％))(?:[（(][%％][）)]|%|％)?$/;

/**
 * 全年支出, 本年决算数, 支出合计: a subject that says what kind of money and when, but names no item; in a
 * paragraph run in under a title, the title names it.
 */
export const BARE_SUBJECT = /^(?:全年|本年度?|当年|年度|[0-9]{4}年度?)?(?:实际)?(?:支出|收入|经费|费用|开支)?(?:决算数?|预算数?|执行数?)?(?:合计|共计|总计)?$/;

/**
 * Verbs that say where an amount goes (投向六个领域：, 集中在以下方面：): with what its items are after them and a colon, they
 * open a list of the amount's parts, as 主要用于： does. One alternation.
 */
export const PURPOSE_VERBS = '投向|投入|用于|安排于|集中在|集中于|分布在|分布于';

/** Verbs money is stated with as it reaches a project (实际到位X, 累计下达X): 占到位资金的 names the amount so stated. */
export const FUNDING_STAGE_VERBS: readonly string[] = ['到位', '下达', '拨付', '筹集', '落实', '到账'];

/**
 * The names of 项 that stand under many 款 of the 功能分类 (行政运行 under every class, 其他… closing each): a 项 so
 * named says no one item, so a statement naming it alone is not paired with another.
 */
export const EVERY_CLASS_ITEM = /^(?:其他|行政运行|一般行政管理事务|机关服务|事业运行|机关事务|信息化建设)/;
