import type { Entry } from '../../schemas/index';
import { COLLECTIONS, type CollectionData, type CollectionName } from '../../schemas/registry';
import { collectText } from './collect-text';
import { TermMatcher, type LinkTarget } from './term-linker';
import { entryHref } from './urls';

/** Every collection's entries, as Astro's getCollection (or a test) gives them. */
export type HandbookSource = { [C in CollectionName]: Entry<CollectionData<C>>[] };

/** A page that links to an entry, as the entry's "used by" lists show it. */
export interface PageRef {
  collection: CollectionName;
  id: string;
  title: string;
  href: string;
}

const byOrderThenId = <T extends { id: string; data: { order?: number | undefined } }>(
  a: T,
  b: T,
) => (a.data.order ?? 100) - (b.data.order ?? 100) || a.id.localeCompare(b.id);

function group<K, V>(pairs: Iterable<readonly [K, V]>): Map<K, V[]> {
  const m = new Map<K, V[]>();
  for (const [k, v] of pairs) {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return m;
}

/** The title a page shows for any entry. */
export function entryTitle(data: unknown): string {
  const d = data as { title?: string; name?: string; term?: string };
  return d.title ?? d.name ?? d.term ?? '';
}

/**
 * Everything the pages need, computed once per build from the collections:
 * sorted lists, lookups by id, and the reverse links ("used by") every page shows.
 */
export function buildHandbook(src: HandbookSource) {
  const roles = [...src.roles].sort(byOrderThenId);
  const rolePlace = new Map(roles.map((r, i) => [r.id, i]));
  const byRole = (a: { data: { role: { id: string } } }, b: { data: { role: { id: string } } }) =>
    (rolePlace.get(a.data.role.id) ?? -1) - (rolePlace.get(b.data.role.id) ?? -1);
  const responsibilities = [...src.responsibilities].sort(
    (a, b) => byRole(a, b) || a.data.order - b.data.order,
  );
  const guides = [...src.guides].sort(byOrderThenId);
  const kpis = [...src.kpis].sort((a, b) => a.data.name.localeCompare(b.data.name, 'zh-CN'));
  const glossary = [...src.glossary].sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'zh-CN'),
  );
  const departments = [...src.departments].sort((a, b) =>
    a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );
  const cases = [...src.cases].sort((a, b) => a.id.localeCompare(b.id));
  const scorecards = [...src.scorecards].sort((a, b) => byRole(a, b) || byOrderThenId(a, b));
  const onboarding = [...src.onboarding].sort((a, b) => byRole(a, b) || a.id.localeCompare(b.id));

  const sorted: HandbookSource = {
    roles,
    responsibilities,
    cases,
    kpis,
    scorecards,
    glossary,
    departments,
    guides,
    onboarding,
  };
  const lookup = <T>(list: Entry<T>[]) => new Map(list.map((e) => [e.id, e]));
  const byId = Object.fromEntries(COLLECTIONS.map((c) => [c, lookup<unknown>(sorted[c])])) as {
    [C in CollectionName]: Map<string, Entry<CollectionData<C>>>;
  };
  const ref = (collection: CollectionName, id: string): PageRef => {
    const entry = (byId[collection] as Map<string, Entry<unknown>>).get(id);
    return {
      collection,
      id,
      title: entry ? entryTitle(entry.data) : id,
      href: entryHref(collection, id),
    };
  };

  const responsibilitiesByRole = group(responsibilities.map((r) => [r.data.role.id, r] as const));
  const scorecardsByRole = group(scorecards.map((s) => [s.data.role.id, s] as const));
  const onboardingByRole = group(onboarding.map((o) => [o.data.role.id, o] as const));
  const casesByRole = group(cases.flatMap((c) => c.data.roles.map((r) => [r.id, c] as const)));
  const guidesByRole = group(guides.flatMap((g) => g.data.roles.map((r) => [r.id, g] as const)));
  const casesByResponsibility = group(
    cases.flatMap((c) => c.data.responsibilities.map((r) => [r.id, c] as const)),
  );

  // KPI → roles, scorecards and cases that use it.
  const kpiRoles = group(roles.flatMap((r) => r.data.kpis.map((k) => [k.kpi.id, r] as const)));
  const kpiScorecards = group(
    scorecards.flatMap((s) =>
      [...s.data.indicators, ...s.data.deductions].flatMap((i) =>
        i.kpi ? [[i.kpi.id, s] as const] : [],
      ),
    ),
  );
  const kpiCases = group(cases.flatMap((c) => c.data.kpis.map((k) => [k.id, c] as const)));
  const kpiTerms = group(glossary.flatMap((g) => g.data.kpis.map((k) => [k.id, g] as const)));

  // Department → responsibilities, cases and roles that reach it.
  const departmentResponsibilities = group(
    responsibilities.flatMap((r) =>
      [...new Set(r.data.coordination.flatMap((c) => c.departments.map((d) => d.id)))].map(
        (d) => [d, r] as const,
      ),
    ),
  );
  const departmentCases = group(
    cases.flatMap((c) => c.data.departments.map((d) => [d.id, c] as const)),
  );
  const departmentRoles = group(
    roles.flatMap((r) => r.data.departments.map((d) => [d.id, r] as const)),
  );

  // Glossary: which pages mention each term (by name or alias).
  const termTargets: LinkTarget[] = glossary.map((g) => ({
    id: g.id,
    href: entryHref('glossary', g.id),
    title: g.data.term,
    names: [g.data.term, ...g.data.aliases],
    summary: shortDefinition(g.data.definitions[0]?.text ?? ''),
  }));
  const matcher = new TermMatcher(termTargets);
  const termPages = new Map<string, PageRef[]>();
  const scan = (collection: CollectionName, entries: Entry<unknown>[]) => {
    for (const e of entries) {
      const text = [...collectText(e.data), e.body ?? ''].join('\n');
      for (const termId of matcher.mentions(text)) {
        if (collection === 'glossary' && termId === e.id) continue;
        const list = termPages.get(termId) ?? [];
        list.push(ref(collection, e.id));
        termPages.set(termId, list);
      }
    }
  };
  for (const collection of COLLECTIONS) scan(collection, sorted[collection]);

  return {
    ...sorted,
    byId,
    ref,
    matcher,
    responsibilitiesOf: (roleId: string) => responsibilitiesByRole.get(roleId) ?? [],
    scorecardsOf: (roleId: string) => scorecardsByRole.get(roleId) ?? [],
    onboardingOf: (roleId: string) => onboardingByRole.get(roleId) ?? [],
    casesOf: (roleId: string) => casesByRole.get(roleId) ?? [],
    guidesOf: (roleId: string) => guidesByRole.get(roleId) ?? [],
    casesOfResponsibility: (id: string) => casesByResponsibility.get(id) ?? [],
    kpiUsage: (id: string) => ({
      roles: kpiRoles.get(id) ?? [],
      scorecards: [...new Set(kpiScorecards.get(id) ?? [])],
      cases: kpiCases.get(id) ?? [],
      terms: kpiTerms.get(id) ?? [],
    }),
    departmentUsage: (id: string) => ({
      responsibilities: departmentResponsibilities.get(id) ?? [],
      cases: departmentCases.get(id) ?? [],
      roles: departmentRoles.get(id) ?? [],
    }),
    termUsage: (id: string) => termPages.get(id) ?? [],
  };
}
export type Handbook = ReturnType<typeof buildHandbook>;

/** The first sentence of a definition, cut to a tooltip's length. */
export function shortDefinition(text: string, max = 80): string {
  const first = /^[^。！？；!?;]*[。！？；!?;]?/.exec(text.trim())?.[0] ?? '';
  const sentence = (first.length >= 8 ? first : text.trim()).replace(/[;；,，:：]$/, '');
  return sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence;
}
