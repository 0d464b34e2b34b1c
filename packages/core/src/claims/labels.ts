/** Trims list punctuation, 其中 and outline markers from around a label. */
export function cleanLabel(s: string): string {
  return s
    .replace(/^[\s\u3000，,、；;：:。）)]+/, '')
    .replace(/^(?:[（(]?[一二三四五六七八九十\d０-９]+[）)、.．]\s*)+/, '')
    .replace(/^其中[：:，,]?/, '')
    .replace(/[\s\u3000，,、；;：:（(为是达共计合计总计总额]+$/, '')
    .trim();
}

/** The label of a figure: the text of its clause up to the figure. */
export function labelBefore(text: string, at: number, from = 0): string {
  const clauseStart = Math.max(from, ...['，', ',', '；', ';', '。', '：', ':', '、'].map((p) => text.lastIndexOf(p, at - 1) + 1));
  return cleanLabel(text.slice(clauseStart, at));
}
