import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// 内设A、B、C，共N个X: the organization's parts listed, then their number after a comma (共, 共计, 共有). Names that hold
// a joining word (艺术与公共服务股) make the last one's 与 no sure split. Snippets written for these tests.
ruleTester(rule, {
  valid: [
    // 单位共4个，包括局机关本级和上述3个所属事业单位: an item that counts the units named before (上述3个) makes a
    // breakdown by numbers (1 + 3), not one thing per item.
    {
      why: '1 + the three units named before',
      code: '所属事业单位3个，分别为区市政工程管理所、区排水管理所、区路灯管理所。纳入本部门2024年度部门决算编制范围的单位共4个，包括局机关本级和上述3个所属事业单位。\n',
    },
    { why: 'four names, 共4个科室', code: '本局内设办公室、财务科、人事科、业务科，共4个科室。\n' },
    { why: '共计 and five names holding 与: 广电与市场管理股 may be one', code: '县文化广电和旅游局内设办公室、艺术与公共服务股、旅游发展股、文物与非遗股、广电与市场管理股，共5个股室。\n' },
    { why: '下设 and 共有', code: '街道下设综合办、党建办、平安办，共有3个办公室。\n' },
    { why: 'a count of other things after the comma: no count of the list', code: '本局内设办公室、财务科、人事科，共有干部职工25人。\n' },
  ],
  invalid: [
    {
      why: 'seven names, 共6个办公室',
      code: '梅溪街道办事处内设党政办公室、党群工作办公室、社区管理办公室、社区服务办公室、社区平安办公室、社区自治办公室、营商服务办公室，共6个办公室；下辖居民委员会14个。\n',
      errors: [{ message: '所述“6个办公室”，但其前列举了7项', line: 1, column: 65 }],
    },
    {
      why: 'four names, 共计5个科室',
      code: '本局内设办公室、财务科、人事科、业务科，共计5个科室。\n',
      errors: [{ message: '所述“5个科室”，但其前只列举了4项', line: 1, column: 23 }],
    },
  ],
});

// Items that carry their amounts, written with thousands commas (A项目22,000万元、B项目28,000万元): the comma inside a
// figure ends no item and no list.
ruleTester(rule, {
  valid: [
    {
      why: 'four projects, four listed',
      code: '新增专项债券资金86,000万元用于4个项目：县城污水管网改造项目22,000万元、经济开发区标准厂房项目28,000万元、县人民医院住院楼项目20,000万元、城南学校新建项目16,000万元。\n',
    },
  ],
  invalid: [
    {
      why: 'five projects, four listed',
      code: '新增专项债券资金86,000万元用于5个项目：县城污水管网改造项目22,000万元、经济开发区标准厂房项目28,000万元、县人民医院住院楼项目20,000万元、城南学校新建项目16,000万元。\n',
      errors: [{ message: '所述“5个项目”，但其后只列举了4项', line: 1, column: 19 }],
    },
  ],
});
