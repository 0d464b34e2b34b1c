import { asciiDigits } from '../document/digits.ts';
/**
 * The dates debt figures are stated at: 截至2023年底, 2024年末, 截止2022年底,
 * 2024年12月末, 2023年初, 2023年度, 2024年6月底. Years are never figures
 * (the figure reader skips them), so they are read here, from the text.
 */

export interface DebtDate {
  year: number;
  /** 'end': 年底/年末/12月末/12月31日; 'start': 年初; 'month': another month's end; 'year': the year only. */
  at: 'end' | 'start' | 'month' | 'year';
  month?: number;
}

const DIGIT = '[0-9０-９]';
const DATE = new RegExp(
  `(${DIGIT}{4})[\\s\\u3000]*年(?:度)?[\\s\\u3000]*(?:(初|底|末)|(${DIGIT}{1,2})[\\s\\u3000]*月(?:份)?[\\s\\u3000]*(?:(末|底|初)|(${DIGIT}{1,2})[\\s\\u3000]*日)?)?`,
  'g',
);

const num = (s: string) => Number(asciiDigits(s));

/** The last day of a month (1-12). */
export function lastDay(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Every date in a span of text, with its offset. */
export function readDates(text: string): Array<{ start: number; end: number; date: DebtDate }> {
  const out: Array<{ start: number; end: number; date: DebtDate }> = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    // 2021-2022年 is a period, not a date.
    if (/[0-9０-９年][-－—~～至到]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (/^[-－—~～至到]/.test(text.slice(m.index + 4, m.index + 5))) continue;
    const year = num(m[1]);
    let date: DebtDate = { year, at: 'year' };
    if (m[2]) date = { year, at: m[2] === '初' ? 'start' : 'end' };
    else if (m[3]) {
      const month = num(m[3]);
      const day = m[5] ? num(m[5]) : undefined;
      if (m[4] === '初') date = { year, at: 'month', month: month - 1 };
      else if (month === 12 && (day === undefined || day === 31)) date = { year, at: 'end' };
      else if (day === undefined || day === lastDay(year, month)) date = { year, at: 'month', month };
      else continue; // 6月15日: a day, not a period end (6月30日 is June's end)
      if (date.at === 'month' && (date.month === 0 || !date.month)) date = { year: year - 1, at: 'end' };
    }
    out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

/** A stock (balance, limit) at this date: "2023年末", "2024年6月末", "2023年初", "2024年". */
export function stockDate(d: DebtDate): string {
  switch (d.at) {
    case 'end':
      return `${d.year}年末`;
    case 'start':
      return `${d.year}年初`;
    case 'month':
      return `${d.year}年${d.month}月末`;
    default:
      return `${d.year}年`;
  }
}

/** A flow (issuance, repayment, interest): through a year's end is that year's flow. */
export function flowDate(d: DebtDate): string {
  // "2024年初余额…，当年发行…": a flow after the year's opening runs through that year.
  if (d.at === 'end' || d.at === 'year' || d.at === 'start') return `${d.year}年`;
  return stockDate(d);
}

/** The year a normalised date string is in, with its position; null for "". */
export function parseDate(s: string): DebtDate | null {
  const m = /^(\d{4})年(?:(末|初)|(\d{1,2})月末)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, at: m[2] === '末' ? 'end' : 'start' };
  if (m[3]) return { year, at: 'month', month: Number(m[3]) };
  return { year, at: 'year' };
}

// A year named as what something is compared with or runs from (比2024年, 较2023年, 与2022年, 至2025年) is not
// the year the sentence is about.
const OWN_YEAR = new RegExp(`(?<![比较与同和至到自从])(${DIGIT}{4})[\\s\\u3000]*年`);

/** The first year a sentence is about (2025年部门支出预算…, 2024年度共对…), or undefined when it names none. */
export function ownYear(text: string): number | undefined {
  const m = OWN_YEAR.exec(text);
  return m ? num(m[1]) : undefined;
}

/** ownYear's year with where its words end in `text`. */
export function ownYearAt(text: string): { year: number; end: number } | undefined {
  const m = OWN_YEAR.exec(text);
  return m ? { year: num(m[1]), end: m.index + m[0].length } : undefined;
}
