import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// An education-funding bulletin (教育经费执行情况统计公告) is a document of its own kind, dated by its title; a statistics
// office announces it with 公告如下 as a bureau publishes with 公布如下. Presented under another year, the body is stale; the
// national bulletin cited by name, or last year's compared with, is another document.
ruleTester(rule, {
  valid: [
    {
      why: 'the same year, announced with 公告如下',
      code: '# 澜溪市2025年教育经费执行情况统计公告\n\n按照省教育厅、省统计局的统一部署，现将澜溪市2025年教育经费执行情况公告如下：\n',
      format: 'markdown',
    },
    {
      why: 'the national bulletin cited by its name (《…》) is another document',
      code: '# 澜溪市2025年教育经费执行情况统计公告\n\n根据《关于发布2024年全国教育经费执行情况统计公告的通知》要求，现将全市教育经费执行情况公告如下：\n',
      format: 'markdown',
    },
    {
      why: 'last year’s bulletin compared with',
      code: '# 澜溪市2025年教育经费执行情况统计公告\n\n与2024年教育经费执行情况相比，本年度增加了分学段生均经费指标。\n',
      format: 'markdown',
    },
  ],
  invalid: [
    {
      why: 'announced under 2024 with 公告如下',
      code: '# 澜溪市2025年教育经费执行情况统计公告\n\n按照省教育厅、省统计局的统一部署，现将澜溪市2024年教育经费执行情况公告如下：\n',
      format: 'markdown',
      errors: [{ message: '标题为2025年教育经费执行，正文此处却写作2024年教育经费执行', line: 3, column: 23 }],
    },
    {
      why: 'plain text, the title over two lines, presented with 公布如下 and a county as issuer',
      code: '清河县教育局\n2025年度教育经费执行情况统计公告\n\n现将全县2024年度教育经费执行情况公布如下：\n',
      errors: [{ message: '标题为2025年教育经费执行，正文此处却写作2024年教育经费执行', line: 4, column: 5 }],
    },
  ],
});
