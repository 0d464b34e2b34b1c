/**
 * `re.exec(s)` for a pattern anchored at the end (`…$`) whose match, trailing white space
 * aside, is at most `reach` characters long. A `$`-anchored pattern is tried from every
 * position of its subject, so testing it on a clause or the text between two figures cost
 * time in proportion to their length, for every figure; only the last `reach` characters
 * (and the white space after them) can start a match, so only they are searched. The result
 * is the same match, its index counted in `s`.
 */
export function execAtEnd(re: RegExp, s: string, reach: number): RegExpExecArray | null {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  const from = Math.max(0, end - reach);
  if (from === 0) return re.exec(s);
  const m = re.exec(s.slice(from));
  if (m) m.index += from;
  return m;
}

/** Nothing but spaces in text[from, to): read from `to` back, so a long prefix costs nothing. */
export function blank(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i])) return false;
  return true;
}

// \s and the ideographic space, as the patterns write them ([\s\u3000]).
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}
