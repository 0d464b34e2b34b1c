export type { Range, DocFigure, FigureRole, Word, Direction } from '../reading/types.ts';
import type { DocFigure, Direction, Range, Word } from '../reading/types.ts';
import type { GradeBand } from '../domain/tables.ts';

export interface Component {
  figure: DocFigure;
  label: string;
  /** Taken away, not added: the year's spending in a roll-forward of money carried over (年初 + 收入 − 支出 = 年末). */
  negative?: true;
}

export interface SumClaim {
  kind: 'sum';
  subject: string;
  total: DocFigure;
  components: Component[];
  /** The components are meant to be all of the total (a known partition, a 合计 row). */
  complete: boolean;
  /** Name of the domain partition the components cover, when one does. */
  partition?: string;
  shape: 'of-which' | 'sub-items' | 'listed-then-total' | 'table-row' | 'table-column';
  /**
   * Read from a sentence that opens by naming its total (基本支出中，…): the total stands in an
   * earlier sentence. Such a list adding up says its parts are all of the total this year, not
   * that its changes are all of the total's change (a part may have fallen to nothing).
   */
  named?: true;
  /**
   * The sums of the same table that hold a figure in common with this one or state its figures (relations/table-neighbours.ts):
   * one misprinted cell breaks them all by one gap.
   */
  neighbours?: TableNeighbour[];
  /** Set with neighbours: how far the sum stands above the table's cells (0: none of its parts is another sum's total). */
  level?: number;
}

/** What one table sum carries of another (no cycle between claims). */
export type TableNeighbour = Pick<SumClaim, 'subject' | 'total' | 'components' | 'shape' | 'complete' | 'partition' | 'level'>;

export interface ChangeClaim {
  kind: 'change';
  subject: string;
  /** The value this year (or the figure being compared). */
  current?: DocFigure;
  /** What it is compared with, as named: 上年, 预算数, 上年执行数, 年初预算… */
  base: string;
  prior?: DocFigure;
  delta?: DocFigure;
  deltaWord?: Word;
  rate?: DocFigure;
  rateWord?: Word;
  /** 为上年的13.89%: current as a percentage of prior. */
  ratio?: DocFigure;
  /** 与上年持平. */
  flat?: Word;
}

/** One component's change in a change-sum: a signed delta, or 持平. */
export interface ChangePart {
  label: string;
  delta?: DocFigure;
  /** The word that gives the delta its direction (增加, 减少, 节约…). */
  word?: Word;
  /** 持平 / 基本持平 with no figure: a change of zero. */
  flat?: Word;
}

/**
 * A total's change and the changes of its components, which must add up to
 * it when the components are the whole of the total: "三公经费减少45.8万元，
 * 其中A减少…，B减少…，C减少…", "收入增加的315万元中，…", the parts on
 * the next line ("按支出性质分，基本支出增加…，项目支出增加…").
 */
export interface ChangeSumClaim {
  kind: 'change-sum';
  subject: string;
  /** What the changes are against, as named (上年, 年初, 2024年预算). */
  base: string;
  total: ChangePart & { delta: DocFigure; word: Word };
  parts: ChangePart[];
  /**
   * How the text shows the parts are the whole: a domain partition, a 其余 item, a 由…构成 sentence, a sum elsewhere,
   * or the parts counted before the whole's change (两项相抵).
   */
  complete: false | 'partition' | 'remainder' | 'composition' | 'sum' | 'counted';
}

/**
 * One fact stated twice with values that cannot both be right: the same
 * subject and measure, period and scope, beyond rounding.
 */
export interface ConflictClaim {
  kind: 'conflict';
  /** The subject as written where it is first stated. */
  subject: string;
  /** The period both statements are about ("2024"), "" when neither says. */
  period: string;
  first: DocFigure;
  second: DocFigure;
  /** Where the first statement is, when not earlier in the text: a table's cell (which may come after). */
  firstIn?: 'table';
}

export interface CompareClaim {
  kind: 'compare';
  left: DocFigure;
  right: DocFigure;
  relation: Word;
  op: 'gt' | 'lt' | 'eq';
}

export type DebtMeasure =
  | 'balance'
  | 'limit'
  | 'issuance' // 新增债券/新增债务
  | 'refinancing' // 再融资债券
  | 'total-issuance' // 发行政府债券 with no 新增/再融资 said: both together
  | 'swap' // 置换债券: any mention makes the balance identity unreliable
  | 'repayment'
  | 'interest'
  | 'opening-balance';
export type DebtKind = 'total' | 'general' | 'special';

export interface DebtClaim {
  kind: 'debt';
  measure: DebtMeasure;
  debtKind: DebtKind;
  /** Who owes it: 全区, 全市, 本级…; "" when not said. */
  scope: string;
  /**
   * The date or year the figure is at, normalised: "2023年末" (年底, 年末,
   * 12月末, 12月31日), "2023年初", "2024年6月末", "2024年"; "" when not said.
   * Flows (issuance, repayment…) through a year's end are of that year: "2024年".
   */
  date: string;
  figure: DocFigure;
  /** The figure's clause as written ("全区政府债务余额"). */
  label?: string;
  /** 预计/拟/计划: a forecast, not an outcome. */
  estimate?: boolean;
  /** The document says its limit is held elsewhere (无债务限额, 纳入市本级债务限额中统筹管理). */
  limitElsewhere?: boolean;
  /** The document names no refinancing (再融资) anywhere: a roll-forward told with 新增 alone issued nothing else. */
  refinancingUnnamed?: boolean;
}

export interface GradeClaim {
  kind: 'grade';
  subject: string;
  score: DocFigure;
  grade: Word;
  /** The document's own grading standard (90分（含）以上为优秀，…), when it states one: it replaces the configured bands. */
  bands?: GradeBand[];
}

export interface CountClaim {
  kind: 'count';
  subject: string;
  count: DocFigure;
  /** The word right after the count that names what is counted (三个“转变”, 7个股室). */
  noun?: string;
  items: Word[];
  /** The list stands before the count ("包括A、B、C3个单位"). */
  listedBefore?: boolean;
  /** Items that join two things with 和/与/及 may stand for two: the list may mean up to this many (default items.length). */
  maxItems?: number;
  /** …and, when 、 may group sub-items inside such a joined item, as few as this (default items.length). */
  minItems?: number;
  /** The list may go on past what was read (it ends in 等, or at a comma): fewer items than the count prove nothing. */
  open?: boolean;
}

export interface ShareClaim {
  kind: 'share';
  part: DocFigure;
  share: DocFigure;
  total: DocFigure;
  /** What the part and the total are, for messages ("基本支出", "本年支出合计"). */
  partLabel?: string;
  totalLabel?: string;
  /**
   * How the total was found: the sum the part is a 其中 component of, a total
   * named after 占 (占本年支出合计的…), or the amount before 主要用于以下方面：
   * whose listed parts add up to it; or, in a table, the total row of a share column (its own share 100).
   */
  via?: 'of-which' | 'named' | 'purpose-list' | 'table';
  /** A purpose list that runs over more than one paragraph (or starts in the one after its total). */
  across?: boolean;
}

export interface HeadingClaim {
  kind: 'heading';
  level: string;
  ordinal: number;
  marker: Word;
  /** What the heading names its section ("预算绩效管理情况"), shortened for messages. */
  title?: string;
  block: number;
  /** Outline depth: 0 第X部分, 1 一、, 2 （一）, 3 1. / 1、, 4 （1）, 5 ⑴ / ①; a heading resets deeper ones. */
  rank?: number;
  /** How the marker is written, '#' standing for the numeral: "#、", "（#）", "#.", "第#部分", "①". */
  style?: string;
  /** A marker inside a paragraph (after 。 or ；), not a heading: it only explains a gap between headings. */
  inline?: boolean;
  /** The heading opens a paragraph of sentences: two such numbered alike are numbered twice, side by side or not. */
  opensParagraph?: boolean;
}

export interface YearClaim {
  kind: 'year';
  role: 'title' | 'body';
  year: number;
  /** What the year is of: "政府预算", "部门决算"… */
  document: string;
  word: Word;
  /**
   * Read from the title, or from a sentence that presents this document ("现将…公布如下",
   * "以上为…说明"), by the words that name its kind ("1-9月财政收支", "债务决算"): such claims
   * are compared with one another only, by equal names.
   */
  framed?: boolean;
  /**
   * A section heading's year against its section, whose statements all name another (the title's): the year they
   * name and the first of them. Reported on its own, not against a title claim.
   */
  section?: { year: number; word: Word };
  /** The name is a draft's (2024年财政预算（草案）): not the budget whose execution a title reports. */
  draft?: true;
  /**
   * A target the text promises to meet (确保完成2025年全年收入预算目标), in a report on part of a year (1-9月, 上半年): the
   * target must be of a year not yet over: the title's claim whose year is still running.
   */
  target?: { year: number; document: string; word: Word };
  /**
   * The scope of the document's own figures (纳入2024年县级部门决算汇总的…单位): the units whose accounts of that year are
   * summed. Compared with the title's claim of the same class (决算, 预算), framed or not.
   */
  scope?: true;
  /**
   * A budget drawn up from a year's evaluation results (把2025年度自评结果作为编制2026年部门预算的依据): the results' year. An
   * evaluation is made after its year, a budget before its own: the budget must be of a later year.
   */
  feeds?: { year: number; word: Word };
  /**
   * The year the document itself fixes for what is named here, whatever the name: 上年 of a 2025年度 决算 is 2024, the
   * 年初预算 a 2025 调整方案 adjusts is 2025's, the close a 2025 上半年 report states its stocks at is in 2025. `what` says
   * what it is (上年, 所调整的年初预算…); `title` is the title's claim that fixes it. Reported on its own when the years differ.
   */
  fixed?: { year: number; what: string; title: { year: number; document: string; word: Word } };
}

export type Claim =
  | SumClaim
  | ChangeClaim
  | ChangeSumClaim
  | ConflictClaim
  | CompareClaim
  | DebtClaim
  | GradeClaim
  | CountClaim
  | ShareClaim
  | HeadingClaim
  | YearClaim;

export type ClaimKind = Claim['kind'];
export type ClaimOf<K extends ClaimKind> = Extract<Claim, { kind: K }>;
