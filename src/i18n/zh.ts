import { COLLECTION_TITLES, KIND_LABELS } from '../schemas/registry';

/** Interface strings (zh-CN). Content text lives in content/, not here. */
export const ui = {
  siteName: '岗位手册',
  siteTagline: '销售与客户岗位的职责、流程、考核与案例',
  skip: '跳到正文',
  search: '搜索',
  searchLabel: '搜索手册',
  searchPlaceholder: '搜索岗位、KPI、术语…',
  nav: {
    roles: '岗位',
    kpis: 'KPI',
    glossary: '术语',
    departments: '部门',
    cases: '案例',
    guides: '指南',
  },
  /** Search kind of each collection (Pagefind filter, entry tags), from the registry. */
  kinds: KIND_LABELS,
  /** Index heading of each collection, from the registry. */
  collections: COLLECTION_TITLES,
  source: '出处',
  assumption: '假设',
} as const;
