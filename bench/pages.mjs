// The pages the bench measures, one of each type, and the Chromium it drives.
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'role', path: '/roles/customer-representative/' },
  { name: 'KPI', path: '/kpis/sales-attainment/' },
  { name: 'scorecard tool', path: '/tools/scorecard/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('客户满意度')}`, label: '/search/?q=客户满意度', waitFor: '[data-page-results] li' },
];

export { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium.mjs';
