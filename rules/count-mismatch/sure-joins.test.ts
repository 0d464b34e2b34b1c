import { ruleTester } from '../rule-tester.ts';
import rule from './index.ts';

// A基金、B基金和C基金: a 和 between two names that each end with the head every item ends with joins two items
// for sure; a 和 that may stand inside one name still leaves the count open.
ruleTester(rule, {
  valid: [
    {
      why: 'five funds, 和 joining the last two: 5',
      code: '本次编列的社会保险基金共5项，分别是：企业职工基本养老保险基金、机关事业单位基本养老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金和城乡居民基本医疗保险基金。',
    },
    {
      why: 'the left side of 和 does not end with the shared head (文化和旅游中心 may be one name): 4 or 5, nothing proved',
      code: '下属单位4个，分别是：体育中心、青少年活动中心、文化和旅游中心、会展中心。',
    },
    {
      why: '和 inside a name masked as one (住房和城乡建设局): 3',
      code: '牵头单位3个，即财政局、审计局和住房和城乡建设局。',
    },
  ],
  invalid: [
    {
      why: '共4项, five funds named (the last two joined by 和)',
      code: '本次编列的社会保险基金共4项，分别是：企业职工基本养老保险基金、机关事业单位基本养老保险基金、城乡居民基本养老保险基金、职工基本医疗保险基金和城乡居民基本医疗保险基金。',
      errors: [{ message: '所述数量为“4项”，但其后列举了5项', line: 1, column: 13 }],
    },
    {
      why: '4个事业单位, five centres with 和',
      code: '本部门下属事业单位4个，分别是：信息中心、培训中心、结算中心、档案中心和服务中心。',
      errors: [{ message: '下属事业单位所述数量为“4个”，但其后列举了5项', line: 1, column: 10 }],
    },
    {
      why: '六个街道, four named (the last two joined by 及): fewer than stated',
      code: '涉及的街道共六个，即石门街道、河口街道、新塘街道及柳溪街道。',
      errors: [{ message: '涉及的街道所述数量为“六个”，但其后只列举了4项', line: 1, column: 7 }],
    },
  ],
});
