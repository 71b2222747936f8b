/** The sample plan's words in Chinese: a tea house in Hangzhou, in yuan. */
import type { SampleWords } from '../types';

export const sample: SampleWords = {
  business: '莲心茶馆',
  perDollar: 7,
  owners: { Lan: '李娜', Minh: '王明', Hoa: '陈华' },
  tasks: {
    T1: '渠道审计与数据分析复盘',
    T2: '客户与竞争对手调研',
    T3: '制定 5S SMART 目标',
    T4: '定位与 TOWS 研讨会',
    T5: '关键词研究',
    T6: '改写菜单页和店铺页的 SEO',
    T7: '“茶叶礼盒”搜索广告',
    T8: '春茶上市',
    T9: '小红书“品茶仪式”系列笔记',
    T10: '欢迎邮件与复购提醒邮件',
    T11: '茶知识博客文章',
    T12: '季度 KPI 复盘',
  },
};
