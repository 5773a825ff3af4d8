/** One English page of each kind: audited by axe and measured by the budgets like any page. */
export const EN_SAMPLE = [
  '/en/',
  '/en/roles/',
  '/en/roles/customer-representative/',
  '/en/kpis/',
  '/en/kpis/customer-satisfaction/',
  '/en/glossary/',
  '/en/glossary/sales-funnel/',
  '/en/responsibilities/customer-representative-1-client-relationships/',
  '/en/departments/finance/',
  '/en/cases/customer-representative-sales-target/',
  '/en/scorecards/business-director-annual/',
  '/en/guides/authoring/',
  '/en/compare/',
  '/en/search/',
  '/en/tools/scorecard/',
];
