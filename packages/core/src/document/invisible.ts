// Characters that take no room on the page: a web page's zero-width spaces and joiners, soft hyphens,
// direction marks, a byte-order mark copied into the middle of a text. Set anywhere (inside a figure,
// a word, a heading's numeral), they would part what the reader sees as one.
export const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
export const HAS_INVISIBLE = new RegExp(INVISIBLE.source);

/** `s` as it reads on the page, without its invisible characters. */
export const visible = (s: string): string => (HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s);
