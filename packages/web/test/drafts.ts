import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/**
 * Drafts the web tests check, in the genre's own sentences: a 其中 list that
 * does not make its total (31.62 against 2.40 + 13.40 + 10.20), a decrease
 * whose rate does not follow from its figures, and a debt balance over its limit.
 */
export const TXT_LINES = [
  '2025年区级部门预算公开说明',
  '一、关于税收返还和转移支付',
  '2025年，全区税收返还和转移支付预算数为31.62亿元，比上年增加1.50亿元。其中：返还性收入2.40亿元，一般性转移支付13.40亿元，专项转移支付10.20亿元。',
  '二、关于“三公”经费',
  '2025年区级一般公共预算财政拨款“三公”经费预算为320.5万元，比上年减少20.3万元，下降8.50%。主要原因是严格控制公务接待和因公出国（境）活动。',
  '三、关于政府债务',
  '截至2025年末，全区政府债务余额为86.30亿元，债务限额为85.00亿元。',
];

/** The same draft with every figure consistent: the page must stay silent on it. */
export const CLEAN_LINES = [
  '2025年区级部门预算公开说明',
  '一、关于税收返还和转移支付',
  '2025年，全区税收返还和转移支付预算数为26.00亿元。其中：返还性收入2.40亿元，一般性转移支付13.40亿元，专项转移支付10.20亿元。',
  '二、关于政府债务',
  '截至2025年末，全区政府债务余额为80.30亿元，债务限额为85.00亿元。',
];

const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string) => new TableCell({ children: [p(text)] });
const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });

/**
 * A Word draft with a paragraph list and a table whose 合计 row is not the sum
 * of its rows (1200 + 850 + 310 = 2360, written 2460).
 */
export async function docxDraft(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      row('项目', '预算数（万元）'),
      row('基本支出', '1200'),
      row('项目支出', '850'),
      row('其他支出', '310'),
      row('合计', '2460'),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          p('2025年部门预算情况说明'),
          p('一、支出预算情况'),
          p('单位：万元'),
          table,
          p('二、“三公”经费预算情况'),
          p('2025年“三公”经费财政拨款预算为95.6万元，其中：公务接待费18.2万元，公务用车运行维护费52.4万元，因公出国（境）费用20.0万元。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
