import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A paragraph going down a table's rows a sentence each (城乡社区支出…，比上年…。住房保障支出…，主要用于…。): each sentence opening
// on one row's name restates that row, as one sentence naming them all does; with the other rows agreeing, the one that
// does not is a slip. A sentence with a time or another clause before the name, or a paragraph of two, says less.
// Snippets written for these tests.
const TABLE =
  '表3　2025年度支出决算功能分类表（单位：万元）\n\n| 科目名称 | 基本支出 | 项目支出 | 合计 |\n| --- | ---: | ---: | ---: |\n| 农林水支出 | 1,204.60 | 8,316.20 | 9,520.80 |\n| 住房保障支出 | 312.40 | 1,908.50 | 2,220.90 |\n| 节能环保支出 | 86.30 | 402.10 | 488.40 |\n| 一般公共服务支出 | 640.20 | 0.00 | 640.20 |\n| 合计 | 2,243.50 | 10,626.80 | 12,870.30 |\n\n';
const DOC = (text: string) => `# 岚溪县水利局2025年度部门决算公开说明\n\n## 三、支出决算情况\n\n${TABLE}${text}\n`;

ruleTester(rule, {
  valid: [
    {
      why: 'every sentence as its row has it',
      format: 'markdown',
      code: DOC('农林水支出9,520.80万元，比上年减少612.40万元，主要是灌区续建配套项目完工。住房保障支出2,220.90万元，主要用于住房公积金和提租补贴。节能环保支出488.40万元，主要用于水土保持生态补偿。'),
    },
    {
      why: 'two sentences only: nothing says which column they restate',
      format: 'markdown',
      code: DOC('农林水支出9,520.80万元，主要是灌区续建配套项目。住房保障支出2,202.90万元，主要用于住房公积金和提租补贴。'),
    },
    {
      why: 'the odd sentence opens on another year: last year’s level is no row of the table',
      format: 'markdown',
      code: DOC('农林水支出9,520.80万元，主要是灌区续建配套项目完工。2024年住房保障支出2,022.90万元，主要用于提租补贴。节能环保支出488.40万元，主要用于水土保持。一般公共服务支出640.20万元。'),
    },
  ],
  invalid: [
    {
      why: 'three sentences, the middle one misprinted',
      format: 'markdown',
      code: DOC('农林水支出9,520.80万元，比上年减少612.40万元，主要是灌区续建配套项目完工。住房保障支出2,202.90万元，主要用于住房公积金和提租补贴。节能环保支出488.40万元，比上年增加36.10万元，主要是水土保持补偿增加。'),
      errors: [{ message: '住房保障支出在表中为2,220.90万元，此处却为2,202.90万元', line: 15, column: 51 }],
    },
    {
      why: 'numbered sentences, the last one misprinted, of the 基本支出 column',
      format: 'markdown',
      code: DOC('1.农林水支出1,204.60万元。2.住房保障支出312.40万元。3.一般公共服务支出604.20万元，全部为基本支出。'),
      errors: [{ message: '一般公共服务支出在表中为640.20万元，此处却为604.20万元', line: 15, column: 46 }],
    },
  ],
});
