import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A list of names closed by a comma may go on after it, unless what follows says who carries the things listed out
// (，由…统筹实施, ，均由…负责组织): 由 opens an agent, never a name, so the list ended at the comma. Snippets written
// for these tests; none is copied from a real disclosure.
ruleTester(rule, {
  valid: [
    {
      why: 'four named, four counted, the agent after the comma',
      code: '该专项资金支持4个子项目，即乡镇综合文化站提档、民族歌舞传承、送戏下乡演出、村级图书室更新，由县文旅局统筹实施。\n',
    },
    {
      why: 'the list goes on after a comma with another name: fewer named before it proves nothing',
      code: '今年实施的民生项目有6个，包括城区供水管网改造、老旧小区加装电梯、农村公路提质，以及两所学校的校舍维修。\n',
    },
    {
      why: '由 opening no agent but a name that the list goes on with is not read as the list’s end',
      code: '纳入重点评价的项目共5个，包括义务教育营养改善、学前教育资助、高中助学金，由于资金下达较晚，其余项目另行评价。\n',
    },
  ],
  invalid: [
    {
      why: '即 then four names, a comma and who runs them: the list is whole and short of five',
      code: '该专项资金支持5个子项目，即乡镇综合文化站提档、民族歌舞传承、送戏下乡演出、村级图书室更新，由县文旅局统筹实施。\n',
      errors: [{ message: '所述“5个子项目”，但其后只列举了4项', line: 1, column: 8 }],
    },
    {
      why: '包括 then three names and 均由…负责: three against four',
      code: '2025年共安排农村人居环境整治项目四个，包括村庄道路硬化、生活污水收集、公厕改造，均由各乡镇人民政府负责组织实施。\n',
      errors: [{ message: '所述数量为“四个”，但其后只列举了3项', line: 1, column: 19 }],
    },
    {
      why: '分别为 then names and 分别由…承担: four named against five',
      code: '本年度开展的绩效评价涉及5个部门，分别为区教育局、区卫健委、区民政局、区农业农村局，分别由第三方机构承担现场评价工作。\n',
      errors: [{ message: '所述“5个部门”，但其后只列举了4项', line: 1, column: 13 }],
    },
  ],
});
