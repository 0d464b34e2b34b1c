import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A paragraph hard-wrapped at a page's width (a converter's Markdown, text copied from a PDF into an
// editor) is cut anywhere: inside a verb (增⏎加), a name (机⏎关运行经费) or before a comma. Chinese sets
// no space between words, so the break stands for nothing; read as white space it cut the verb from its
// amount (增⏎加2.40万元 made 2.40万元 last year's value, a false alarm) and the name from the prior it is
// compared with.
ruleTester(rule, {
  valid: [
    {
      why: 'the verb 增加 is cut by the wrap: 2.40 is the change, and 58.20 / (58.20 − 2.40) − 1 = 4.30%',
      format: 'markdown',
      code: '# 说明\n\n2026年本部门“三公”经费财政拨款预算58.20万元，比上年预算增\n加2.40万元，增长4.3%，主要是公务接待任务增加。\n',
    },
    {
      why: '减少 cut the same way, the rate right: 126.80 / (126.80 + 8.60) − 1 = −6.35%',
      format: 'markdown',
      code: '# 说明\n\n2025年度本单位一般公共预算财政拨款基本支出决算126.80万元，比上年减\n少8.60万元，下降6.4%，主要是人员调出。\n',
    },
    {
      why: 'a short line is the writer’s own break, not a wrap, and nothing here is wrong: 1,350.00 / 1,250.00 − 1 = 8.0%',
      format: 'markdown',
      code: '# 说明\n\n项目支出1,350.00万元\n比上年增长8.0%，上年为1,250.00万元。\n',
    },
  ],
  invalid: [
    {
      why: 'the current value’s name cut by the wrap, its prior stated before it under 本部门: 298.60 / 312.40 − 1 = −4.42%',
      format: 'markdown',
      code: '# 说明\n\n2025年本部门机关运行经费预算执行数为312.40万元，2026年机\n关运行经费预算安排298.60万元，比2025年预算执行数下降3.2%\n，主要是压减一般性支出。\n',
      errors: [
        {
          message: '机关运行经费预算安排298.60万元，按减少计，2025年预算执行数为312.40万元，降幅应为4.42%，而非所写的3.2%',
          line: 4,
          column: 32,
          text: '3.2%',
        },
      ],
    },
    {
      why: 'the rate wrapped onto the next line after its verb: 58.20 / (58.20 − 2.40) − 1 = 4.30%, not 5.3%',
      format: 'markdown',
      code: '# 说明\n\n2026年本部门“三公”经费财政拨款预算58.20万元，比上年预算增\n加2.40万元，增长5.3%，主要是公务接待任务增加。\n',
      errors: [{ message: '“三公”经费财政拨款预算58.20万元，按增加2.40万元计，上年预算为55.80万元，增幅应为4.30%，而非所写的5.3%', line: 4, column: 11, text: '5.3%' }],
    },
  ],
});
