// The pages the bench measures, one of each type, and the Chromium flags of test/e2e/browser.ts.
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'role', path: '/roles/customer-representative/' },
  { name: 'KPI', path: '/kpis/sales-attainment/' },
  { name: 'scorecard tool', path: '/tools/scorecard/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('客户满意度')}`, label: '/search/?q=客户满意度', waitFor: '[data-page-results] li' },
];

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
