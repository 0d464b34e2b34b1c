import { execAtEnd } from './text-end.ts';
import { COMPARED_WITH, LETTER_SPACED_WORDS } from '../domain/lexicon.ts';
import { readMarker } from '../document/markers.ts';
/** Trims list punctuation, 其中 and outline markers from around a label. */
export function cleanLabel(s: string): string {
  const head = s
    .replace(/^[\s\u3000，,、；;：:。）)]+/, '')
    // （一）、 with the 、 some drafters add; 一 with the gap others set where 、 stood.
    .replace(/^(?:[（(]?[一二三四五六七八九十\d０-９]+(?:[）)][、.．]?|[、.．])\s*|[一二三四五六七八九十]{1,3}[ \u3000]+(?=[\u3400-\u9fff]{2}))+/, '')
    .replace(/^其中[：:，,]?/, '');
  const label = stripTail(head, LABEL_TAIL);
  // 收入、支出决算总计均为…: 均/各/都 spread the figure over the names before them; they name nothing (人均, 平均 do).
  const spread = /(?<![人平户])(?:均|各|都)$/.exec(label);
  return (spread ? stripTail(label.slice(0, spread.index), LABEL_TAIL) : label).trim();
}

// What a label may end with that is not its name: list punctuation, "is", "total".
const LABEL_TAIL = ['共计', '合计', '总计', '总额', '为', '是', '达', '共', ...'，,、；;：:（('];
// What a subject may end with: "total", "is", "reaches".
const SUBJECT_TAIL = ['合计', '共计', '总计', '总额', '达到', '共', '为', '是', '达'];

/**
 * `s` without the run of `words` (and spaces) it ends with, taken off one at a time from the end.
 * A `(?:…)+$` pattern did this by retrying the run from each of its characters: quadratic on a
 * long run. No word ends with another, so reading from the end finds the same run.
 */
export function stripTail(s: string, words: readonly string[], spaces = true): string {
  let end = s.length;
  for (;;) {
    if (spaces && end > 0 && /\s/.test(s[end - 1])) {
      end--;
      continue;
    }
    const w = words.find((x) => end >= x.length && s.startsWith(x, end - x.length));
    if (!w) return s.slice(0, end);
    end -= w.length;
  }
}

// Labels are short; looking further back than this only costs time on long paragraphs.
const LOOK_BACK = 120;

/** 2,780 / ２，７８０: a comma between digits with three digits after it groups thousands, it ends no clause. */
function thousands(text: string, i: number): boolean {
  return (text[i] === ',' || text[i] === '，') && /[0-9０-９]/.test(text[i - 1] ?? '') && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(i + 1, i + 5));
}

/** The code units of `marks`: `marks.includes(text[i])` made a string of every CJK character it passed. */
const codesOf = (marks: string) => new Set([...marks].map((c) => c.charCodeAt(0)));
const LABEL_MARKS = codesOf('，,；;。：:、');
const SUBJECT_MARKS = codesOf('，,；;。：:');

/** Where the clause that ends at `at` starts: after the last of `marks`, at most LOOK_BACK back. */
function clauseStart(text: string, at: number, from: number, marks: ReadonlySet<number>): number {
  const floor = Math.max(from, at - LOOK_BACK);
  for (let i = at - 1; i >= floor; i--) if (marks.has(text.charCodeAt(i)) && !thousands(text, i)) return i + 1;
  return floor;
}

/** Where the clause that ends at `at` starts (after the last ，；。：, not a thousands comma), at most LOOK_BACK back. */
export const clauseStartBefore = (text: string, at: number, from = 0): number => clauseStart(text, at, from, SUBJECT_MARKS);

/**
 * The clause that ends at `at`, when it starts within `reach` characters or at the sentence's start (`sentenceStart`);
 * undefined for a longer one. Looked back over the reach only: a walk to the clause's start for each figure of a long
 * run-on sentence grew with its square.
 */
export function clauseWithin(text: string, sentenceStart: number, at: number, reach: number): string | undefined {
  const from = clauseStartBefore(text, at, Math.max(sentenceStart, at - reach));
  return from > at - reach || from === sentenceStart ? text.slice(from, at) : undefined;
}

/** The label of a figure: the text of its clause up to the figure. */
export function labelBefore(text: string, at: number, from = 0): string {
  const start = clauseStart(text, at, from, LABEL_MARKS);
  return cleanLabel(text.slice(start, at));
}

const LEADING_TIME = /^(?:[0-9０-９]{4}\s*年度?(?:\s*[0-9０-９]{1,2}\s*月(?:末|底)?)?|截至|截止|至)+[^，,]*?(?:底|末)?[，,]?/;
const VERB = /(?:安排的?|下达的?|拨付的?|收到的?|完成的?|实现的?|转贷的?)(?!.*(?:安排|下达|拨付|收到|完成|实现|转贷))/;
const PLACE = /^(?:我区|我市|我县|我省|全区|全市|全县|全省|区本级|市本级|县本级|本级|区级|市级|县级|本区|本市|本县|本部门|本单位)/;

const CHANGE_AT_END = /(?:比上年|较上年|同比)?(?:减少|下降|降低|增加|增长|提高|上升|降|增)了?$/;

/**
 * The subject a figure is stated about, short enough for a message:
 * "2024年中央、省、市财政安排我区税收返还和转移支付" → "税收返还和转移支付".
 */
export function subjectBefore(text: string, at: number, from = 0): string {
  const start = clauseStart(text, at, from, SUBJECT_MARKS);
  const own = subjectOfClause(text.slice(start, at));
  if (own || start <= from) return own;
  // 项目支出与上年相比，增加45.00万元: the subject stands before the comparison, a clause earlier.
  const m = COMPARED_CLAUSE_BEFORE.exec(text.slice(Math.max(from, start - LOOK_BACK), start));
  return m ? subjectOfClause(text.slice(clauseStart(text, start - m[0].length, from, SUBJECT_MARKS), start - m[0].length)) : own;
}

// 与上年相比，/ 同2024年相比，/ 和上年同期相比， closing the clause before.
const COMPARED_CLAUSE_BEFORE = new RegExp(`${COMPARED_WITH}[，,][\\s\\u3000]*$`);

function subjectOfClause(clause: string): string {
  let s = clause.replace(/[\s\u3000]+/g, '');
  s = stripTail(s, SUBJECT_TAIL, false);
  s = s.replace(/(?:减少|下降|降低|增加|增长|提高|上升|降|增)(?:至|到)$/, '');
  const change = execAtEnd(CHANGE_AT_END, s, 6);
  if (change) s = s.slice(0, change.index);
  // 收入累计完成: the running total of the period is still the subject's (1-9月…累计完成).
  s = s.replace(/累计(?:完成|实现)?了?$|(?:完成|实现)了?$/, '');
  // "同比增加" with the verb gone: a comparison alone names nothing.
  s = s.replace(/^(?:同比|比上年|较上年|比年初|较年初)$/, '');
  // "本年收入合计同比" before its verb: 同比 compares, it names nothing.
  s = s.replace(/(?<=.)(?:同比|环比)$/, '');
  // "“三公”经费预算较2021年度", "本批发行额较上年第一批5.86亿元": the comparison, and the figure compared with, are not
  // part of the subject.
  s = s.replace(/(?:比|较|与|同)(?:[0-9０-９]{4}年度?|上年同期|上年度|上年|去年|同期)[^，]{0,16}$/, '');
  // 项目总投资较可行性研究批复的55,800万元: a base of any name with its figure.
  s = s.replace(/(?:比|较)[^，,。；;：:0-9０-９]{1,16}的[0-9０-９][0-9０-９,，.．]*(?:万亿元|亿元|万元|元)?$/, '');
  s = s.replace(LEADING_TIME, '');
  const v = VERB.exec(s);
  if (v && v.index + v[0].length < s.length) s = s.slice(v.index + v[0].length);
  s = s.replace(/^(?:主要)?(?:是|因为|由于|系)/, '');
  s = s.replace(PLACE, '');
  return cleanLabel(s);
}

/** The clause of `text` that ends at `at`, as written (its words not trimmed, as labelBefore trims them). */
export function clauseBefore(text: string, at: number, from = 0): string {
  return text.slice(clauseStart(text, at, from, SUBJECT_MARKS), at);
}

// The title a numbered paragraph opens with, up to its first full stop or colon: no figure, no comma.
const RUN_IN_TITLE = /^([^0-9０-９，,；;。：:！？!?]{2,30})[。：:]/;

/**
 * （三）公务用车购置及运行维护费。全年支出827.74万元…: the title a numbered paragraph is run in under, which its
 * sentences' bare subjects (全年支出, 决算数) are of; undefined for a paragraph that opens otherwise.
 */
export function runInTitle(text: string): string | undefined {
  const m = readMarker(text);
  if (!m) return undefined;
  const t = RUN_IN_TITLE.exec(text.slice(m.length).replace(/^[\s\u3000]+/, ''));
  return t ? cleanLabel(t[1]) : undefined;
}

// （四）住房保障支出（类）住房公积金（项）。 / （三）农林水支出（类）。: a spending item by its 类, 款 and 项, a sentence of
// its own (the 决算 explanation of each 科目 opens so); the last level named is the item.
const ITEM_TITLE = /^[\s\u3000]*(?:(?:[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])[\s\u3000]*)?(?:[^。，,；;：:（()）\s\u3000]{2,40}[（(](?:类|款)[）)]){0,2}?([^。，,；;：:（()）\s\u3000]{2,40})[（(](?:类|款|项)[）)](?:[。.][\s\u3000]*|[\s\u3000]*)$/;

/** The item a sentence of its own names by its 类, 款 and 项 (住房公积金 of …（类）住房公积金（项）。), or undefined. */
export function itemTitleName(sentence: string): string | undefined {
  const m = ITEM_TITLE.exec(sentence);
  return m ? m[1].replace(/[\s\u3000]/g, '') : undefined;
}

/** A table cell's word spread letter by letter over the cell (合    计, 小  计), closed up; any other text as it is. */
export function unspaced(cell: string): string {
  const closed = cell.replace(/[\s\u3000]+/g, '');
  return LETTER_SPACED_WORDS.test(closed) ? cell.replace(/(?<=\S)[\s\u3000]+(?=\S)/g, '') : cell;
}
