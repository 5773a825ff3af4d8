// The pages the bench measures, one of each type, and the Chromium it drives.
// weightOnly: measured for page weight, not by Lighthouse.
export const PAGES = [
  { name: 'home', path: '/' },
  // `use`: a control the bench focuses after loading, to count what the first use loads.
  { name: 'role', path: '/roles/customer-representative/', use: 'astro-island input' },
  { name: 'KPI', path: '/kpis/sales-attainment/' },
  { name: 'scorecard tool', path: '/tools/scorecard/' },
  { name: 'team tool', path: '/tools/team/', weightOnly: true },
  { name: 'targets tool', path: '/tools/targets/', weightOnly: true },
  {
    name: 'search',
    path: `/search/?q=${encodeURIComponent('客户满意度')}`,
    label: '/search/?q=客户满意度',
    waitFor: '[data-page-results] li',
  },
];

export { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium.mjs';
