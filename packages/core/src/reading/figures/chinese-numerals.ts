const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Value of a Chinese numeral such as 十二, 二十三, 一千, 两; null when malformed. */
export function parseChineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  // Within a section the small units must fall: 一千二百, never 十十 or 百千.
  let lastSmall = Infinity;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // 一二 is not a numeral
      digit = DIGITS[ch];
    } else if (ch in SMALL) {
      if (SMALL[ch] >= lastSmall) return null;
      lastSmall = SMALL[ch];
      section += (digit ?? 1) * SMALL[ch];
      digit = null;
    } else if (ch in LARGE) {
      const chunk = section + (digit ?? 0);
      // 亿 scales everything before it (十万亿 = 10¹³); 万 only its own section (一亿二千万).
      if (LARGE[ch] === 100_000_000) total = (total + chunk || 1) * LARGE[ch];
      else total += (chunk || 1) * LARGE[ch];
      section = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
