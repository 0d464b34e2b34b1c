/**
 * Golden tests for the clause reading and the relations built on it: each
 * reading rule in three or more wordings written for this file (word order,
 * verbs, the parts on another line), with what a careful reader takes from them.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/index.ts';
import { extractClaims } from './index.ts';
import { ExtractContext } from '../reading/context.ts';
import type { ChangeSumClaim, ConflictClaim, DocFigure } from './types.ts';
import { readFacts } from '../facts/facts.ts';
import { sameSubject } from '../reading/names.ts';

const read = (src: string) => extractClaims(parseDocument(src, 'text'));
const roleOf = (src: string, raw: string) => read(src).figures.find((f) => f.raw === raw)?.role;
const changeSums = (src: string) =>
  read(src)
    .claims.filter((c): c is ChangeSumClaim => c.kind === 'change-sum')
    .map((c) => ({
      subject: c.subject,
      total: `${c.total.word.text}${c.total.delta.raw}`,
      parts: c.parts.map((p) => `${p.label}:${p.delta ? `${p.word!.text}${p.delta.raw}` : p.flat!.text}`),
      complete: c.complete,
    }));

describe('roles from the lexicon', () => {
  it.each([
    ['机关运行经费预算168.20万元，比上年节约12.60万元，下降7.0%。', '12.60万元', 'delta'],
    ['公务接待费比上年压减3.5万元。', '3.5万元', 'delta'],
    ['会议费较上年少支出2.4万元。', '2.4万元', 'delta'],
    ['收入总计增加的315万元中，税收收入增加96万元。', '315万元', 'delta'],
    ['因公出国（境）费压减至0万元。', '0万元', 'new-value'],
    ['决算数为年初预算数1,260.0万元的91.0%。', '1,260.0万元', 'prior'],
    ['完成财政总收入4348万元，占年初预算10065万元的43.2%。', '10065万元', 'prior'],
    ['住房保障支出815.67万元，占一般公共预算财政拨款支出12,845.30万元的6.4%。', '6.4%', 'share'],
    ['一般性转移支付在税收返还和转移支付收入中的占比为82.4%。', '82.4%', 'share'],
    ['决算数为预算数的81.6%。', '81.6%', 'ratio'],
    ['2026年预算安排227.88万元，相当于上年的377.2%。', '377.2%', 'ratio'],
  ])('%s → %s is %s', (src, raw, role) => {
    expect(roleOf(src, raw)).toBe(role);
  });

  it('节约 and 签约 are words, not approximations', () => {
    const figs = read('项目节约资金12.6万元，签约金额300万元。').figures;
    expect(figs.map((f) => [f.raw, f.approximate])).toEqual([
      ['12.6万元', false],
      ['300万元', false],
    ]);
  });
});

describe('change-sums', () => {
  it('其中 in the same sentence, complete by the 三公 partition', () => {
    expect(changeSums('与上年相比，“三公”经费合计减少45.8万元，其中因公出国（境）费减少2.1万元，公务用车购置及运行维护费减少4.7万元，公务接待费减少30.0万元。')).toEqual([
      {
        subject: '“三公”经费',
        total: '减少45.8万元',
        parts: ['因公出国（境）费:减少2.1万元', '公务用车购置及运行维护费:减少4.7万元', '公务接待费:减少30.0万元'],
        complete: 'partition',
      },
    ]);
  });

  it('增加的X中, complete by a 由…构成 sentence; rates between parts are skipped', () => {
    const src =
      '2025年镇级收入总计5,721万元，由一般公共预算收入、上级补助收入和上年结余三部分构成。与上年相比，收入总计增加的315万元中，一般公共预算收入增加96万元，增长8.2%，上级补助收入增加221万元，上年结余减少12万元。';
    expect(changeSums(src)).toEqual([
      {
        subject: '收入',
        total: '增加315万元',
        parts: ['一般公共预算收入:增加96万元', '上级补助收入:增加221万元', '上年结余:减少12万元'],
        complete: 'composition',
      },
    ]);
  });

  it('the parts on the next line after 按…分, complete by a sum of the same parts', () => {
    const src = ['2025年支出预算3,200.00万元，其中基本支出2,100.00万元、项目支出1,100.00万元。', '2025年支出预算比上年增加180.00万元。', '按支出性质分，基本支出增加60.00万元，项目支出增加100.00万元。'].join('\n');
    expect(changeSums(src)).toEqual([
      { subject: '支出预算', total: '增加180.00万元', parts: ['基本支出:增加60.00万元', '项目支出:增加100.00万元'], complete: 'sum' },
    ]);
  });

  it('a 其余 item makes the list whole; 基本持平（…） takes the change in brackets', () => {
    expect(changeSums('全镇支出增加312万元，其中教育支出增加185万元，其余科目合计减少11万元。')[0].complete).toBe('remainder');
    expect(changeSums('转移支付收入减少1.40亿元，其中返还性收入基本持平（增加0.02亿元），一般性转移支付收入减少0.92亿元，专项转移支付收入减少0.30亿元。')[0].parts).toEqual([
      '返还性收入:增加0.02亿元',
      '一般性转移支付收入:减少0.92亿元',
      '专项转移支付收入:减少0.30亿元',
    ]);
  });

  it('a list of parts with nothing to say it is whole is read, but not complete', () => {
    expect(changeSums('一般公共预算支出比上年增加3200万元，其中教育支出增加1200万元，卫生健康支出增加800万元。')[0].complete).toBe(false);
  });

  it('a breakdown after an unrelated amount does not belong to the change before it', () => {
    const src = ['部门支出预算比上年增加180.00万元。', '机关运行经费预算52.00万元。', '按支出性质分，基本支出增加60.00万元，项目支出增加100.00万元。'].join('\n');
    expect(changeSums(src)).toEqual([]);
  });
});

describe('facts and conflicts', () => {
  const facts = (src: string) => readFacts(new ExtractContext(parseDocument(src, 'text'))).map((f) => [f.scope, f.subject, f.period, f.figure.raw]);
  const conflicts = (src: string) =>
    read(src)
      .claims.filter((c): c is ConflictClaim => c.kind === 'conflict')
      .map((c) => [c.first.raw, c.second.raw] as [string, string]);

  it('reads a level that opens its sentence, with scope and period', () => {
    expect(facts('截至2024年底，全区政府债务余额352.60亿元，控制在限额以内。2024年本部门机关运行经费支出326.40万元。')).toEqual([
      ['全区', '政府债务余额', '2024|年底', '352.60亿元'],
      ['本部门', '机关运行经费支出', '2024', '326.40万元'],
    ]);
  });

  it('leaves out changes, list members, framed clauses and bare measures', () => {
    expect(
      facts(
        '“三公”经费决算48.62万元，其中公务接待费12.90万元。地方收入按构成分：税收收入1,035万元。新增债券33.90亿元中，一般债券6.80亿元。年初预算为9.80万元，支出决算为8.62万元。机关运行经费比上年减少12.30万元。',
      ),
      // “三公”经费 names one thing, short as it is once its measure is taken off: its total is a level.
    ).toEqual([['', '三公经费决算', '', '48.62万元']]);
  });

  it('one statement against two that agree: the odd one is the conflict', () => {
    const src = ['2024年机关运行经费支出326.40万元。', '2024年机关运行经费支出362.40万元。', '2024年机关运行经费支出326.4万元。'].join('\n');
    expect(conflicts(src)).toEqual([['326.40万元', '362.40万元']]);
  });

  it('names match with or without 收入, not across different names', () => {
    expect(sameSubject('一般性转移支付收入', '一般性转移支付')).toBe(true);
    expect(sameSubject('2024年全区“三公”经费', '三公经费')).toBe(true);
    expect(sameSubject('一般性转移支付', '转移支付')).toBe(false);
  });
});

describe('a prior named after 比', () => {
  const change = (src: string) => {
    const c = read(src).claims.find((x) => x.kind === 'change' && x.rate);
    return c && c.kind === 'change' ? [c.current?.raw, c.prior?.raw, c.rate?.raw] : undefined;
  };
  it.each([
    ['2025年当年预算执行数为60.41万元，2026年预算安排227.88万元，比2025年预算执行数增加277.22%。', ['227.88万元', '60.41万元', '277.22%']],
    ['其他司法支出2026年预算数为3,845.49万元，2025年执行数为3,269.30万元，较2025年执行数增长17.62%。', ['3,845.49万元', '3,269.30万元', '17.62%']],
    ['全县非税收入完成5,218万元，比上年的4,906万元增长6.4%。', ['5,218万元', '4,906万元', '6.4%']],
  ])('%s', (src, want) => {
    expect(change(src)).toEqual(want as (string | undefined)[]);
  });
});

// Keeps the type import used: DocFigure is what every relation points at.
export type { DocFigure };
