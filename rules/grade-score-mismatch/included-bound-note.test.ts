import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A standard whose band writes its included bound as a note inside the bracket, after a comma (优（90分以上，含90分）、
// 良（80分至89.9分）…): the comma split that band in two, the standard was read without its top band (every 优 left
// unchecked), and the band below kept 89.9 as an open ceiling. And 评价为“优” (考评为, 评估为) is a grade's cue, as
// 评价结果为 and 评定为 are. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    {
      why: '84.9 is in 良 (70 to 84.9, reaching up to the 85 of 优 above it) once the top band is read',
      code: '考核结果按综合得分划分为优（85分以上，含85分）、良（70分至84.9分）、中（60分至69.9分）、差（60分以下）四个等级。社区居家养老服务补助项目得分84.9分，评价等级为“良”。',
    },
    {
      why: '85.0 on the bound the note includes is 优',
      code: '评价等级分为优（85分以上，含85分）、良（70分至84.9分）、中（60分至69.9分）、差（60分以下）。城区公厕提升改造项目得分85.0分，评价为“优”；老旧管网更新项目得分70.0分，评价为“良”。',
    },
  ],
  invalid: [
    {
      why: '89.6 is 良 under the document’s bands, 优 starting at the 90 its note includes',
      code: '评价结果按综合得分分为优（90分以上，含90分）、良（80分至89.9分）、中（60分至79.9分）、差（60分以下）四个等级。其中，城市更新片区配套道路项目得分89.6分，评价为“优”。',
      errors: [{ message: '城市更新片区配套道路项目得分89.6分应为“良”（80分至90分），却写作“优”（90分至100分，按文中所列评价标准）', line: 1, column: 92, text: '优' }],
    },
    {
      why: '83.5 under 优 from 85 (its note after a comma), 良 below it: a 良',
      code: '本年度绩效评价等级标准为：优（85分以上，含85分），良（70分至84.9分），中（60分至69.9分），差（60分以下）。农村饮水安全巩固提升工程项目自评得分83.5分，等级为“优”。',
      errors: [{ message: '农村饮水安全巩固提升工程项目得分83.5分应为“良”（70分至85分），却写作“优”（85分至100分，按文中所列评价标准）', line: 1, column: 91, text: '优' }],
    },
    {
      why: '评价为 is a cue: 78.0 is 中 under the usual bands',
      code: '经第三方机构复核，全县中小学校舍维修改造项目综合得分78.0分，评价为“良”，主要扣分点为部分单体工程验收资料不全。',
      errors: [{ message: '全县中小学校舍维修改造项目得分78.0分应为“中”（60分至80分），却写作“良”（80分至90分）', line: 1, column: 37, text: '良' }],
    },
    {
      why: '评估为 is a cue too: 58.5 is 差',
      code: '2025年度街道综合治理专项经费绩效得分58.5分，第三方评估为“中”，资金使用效益有待提升。',
      errors: [{ message: '2025年度街道综合治理专项经费得分58.5分应为“差”（60分以下），却写作“中”（60分至80分）', line: 1, column: 34, text: '中' }],
    },
    {
      why: '评价为 with no quotes, after the score’s clause: 71.2 is 中',
      code: '全市公共文化服务体系建设补助资金自评得分71.2分，经财政部门复核后评价为良，复核意见已反馈主管部门。',
      errors: [{ message: '全市公共文化服务体系建设补助资金得分71.2分应为“中”（60分至80分），却写作“良”（80分至90分）', line: 1, column: 38, text: '良' }],
    },
    {
      why: 'letter grades with the note, half-width brackets and 、: 80.0 is a B (75 to 84.9) under them',
      code: '评价结果分为A级(85分以上、含85分)、B级(75分至84.9分)、C级(60分至74.9分)、D级(60分以下)四档。智慧社区平台建设项目得分80.0分，评价等级为A级。',
      errors: [{ message: '智慧社区平台建设项目得分80.0分应为“B”（75分至85分），却写作“A”（85分至100分，按文中所列评价标准）', line: 1, column: 85, text: 'A' }],
    },
  ],
});
