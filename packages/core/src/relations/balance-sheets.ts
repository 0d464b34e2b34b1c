import type { ExtractContext } from '../reading/context.ts';
import type { DocFigure, SumClaim } from './types.ts';
import { clauseStartBefore } from '../reading/labels.ts';

/**
 * A balance sheet stated in prose: 事业单位资产总额778.66亿元，负债总额62.18亿元，净资产716.48亿元 (所有者权益 for an
 * enterprise). Assets are liabilities and net assets together: the three in one sentence, in that order, make a sum
 * whose parts are the liabilities and the net assets. Each 资产总额 opens its own group (行政单位…；事业单位…).
 */
const ASSETS = /(?:资产总额|资产总计|总资产)$/;
const LIABILITIES = /(?:负债总额|负债合计|负债总计|负债)$/;
const EQUITY = /(?:净资产|所有者权益|净资产总额)$/;

export function extractBalanceSheets(ctx: ExtractContext): SumClaim[] {
  const out: SumClaim[] = [];
  for (const block of ctx.doc.blocks) {
    if (block.kind !== 'paragraph' || !block.text.includes('资产')) continue;
    for (const s of ctx.sentences(block)) {
      let assets: DocFigure | undefined;
      let liabilities: DocFigure | undefined;
      // The clause before the figure as written (a label reading drops 总额, and 资产 alone would be any asset's).
      const label = (f: DocFigure) => block.text.slice(clauseStartBefore(block.text, f.start, s.start), f.start).replace(/[\s\u3000]/g, '').replace(/(?:为|是|达到?)$/, '');
      for (const f of s.figures) {
        if (f.dimension !== 'money' || f.role !== 'amount' || f.approximate) continue;
        const name = label(f);
        if (ASSETS.test(name)) {
          assets = f;
          liabilities = undefined;
        } else if (assets && !liabilities && LIABILITIES.test(name)) liabilities = f;
        else if (assets && liabilities && EQUITY.test(name)) {
          out.push({
            kind: 'sum',
            subject: '资产总额',
            total: assets,
            components: [
              { figure: liabilities, label: '负债' },
              { figure: f, label: EQUITY.exec(name)![0] },
            ],
            complete: true,
            shape: 'of-which',
          });
          assets = liabilities = undefined;
        }
      }
    }
  }
  return out;
}
