import type { PersonRef } from '../../schemas/index';
import { SOURCES } from '../../schemas/common.ts';
import type { Handbook } from './build-handbook';
import { roleKpiLines, type KpiLines } from './kpi-lines.ts';
import { entryHref } from './urls.ts';
import { slotsOf, type CompareItem, type CompareRole, type CompareRun } from './compare-view.ts';

export * from './compare-view.ts';

/**
 * How a page writes a KPI's lines, in its language (src/i18n's comparePage.lines). {op},
 * {value}, {unit}, {line} are filled in.
 */
export interface LineWords {
  /** One line: ≥90%. */
  line: string;
  pass: string;
  excellent: string;
  /** A line the source does not give. */
  assumed: string;
  /** Between the pass and the excellent line. */
  sep: string;
  /** Neither line in the source. */
  none: string;
  /** A work plan's goal, after the lines. */
  goal: string;
  unitAssumed: string;
  /** Between a KPI's name and its lines. */
  after: string;
}

/** The page's language: English pages name entries in English where the content can. */
export interface CompareLanguage {
  english: boolean;
  lines: LineWords;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A message's slots filled with runs; its own text is in the page's language. */
function fill(template: string, values: Record<string, CompareRun[]>): CompareRun[] {
  return slotsOf(template).flatMap((part, i) => (i % 2 ? (values[part] ?? []) : [{ t: part }]));
}

/** Runs with adjacent ones of the same language joined, empty ones left out. */
function merge(runs: CompareRun[]): CompareRun[] {
  const merged: CompareRun[] = [];
  for (const run of runs) {
    if (!run.t) continue;
    const last = merged.at(-1);
    if (last && last.l === run.l) last.t += run.t;
    else merged.push({ ...run });
  }
  return merged;
}

/** Runs as one item: a single language is its `l`, a mix keeps its runs. */
function itemOf(runs: CompareRun[], h?: string): CompareItem {
  const merged = merge(runs);
  const t = merged.map((r) => r.t).join('');
  return merged.length > 1
    ? { t, r: merged, ...(h && { h }) }
    : { t, ...(merged[0]?.l && { l: merged[0].l }), ...(h && { h }) };
}

/** A role's lines for a KPI as runs: the words of the page, the numbers and units of the content. */
export function lineRuns(
  { pass, excellent, goal, unit, direction }: KpiLines,
  { lines: w, english }: CompareLanguage,
): CompareRun[] {
  // A unit is the content's own (分, 次): on an English page it stays Chinese, marked.
  const u: CompareRun[] = unit
    ? [english && CJK.test(unit.value) ? { t: unit.value, l: 'zh-CN' } : { t: unit.value }]
    : [];
  const show = (n: { value: number; assumption: boolean }) => {
    const line = fill(w.line, {
      op: [{ t: direction === 'higher' ? '≥' : '≤' }],
      value: [{ t: String(n.value) }],
      unit: u,
    });
    return n.assumption ? fill(w.assumed, { line }) : line;
  };
  const parts = [
    pass && fill(w.pass, { line: show(pass) }),
    excellent && fill(w.excellent, { line: show(excellent) }),
  ].filter((p) => p !== undefined);
  const out = parts.length
    ? parts.flatMap((p, i) => (i ? [{ t: w.sep }, ...p] : p))
    : [{ t: w.none }];
  if (goal) out.push(...fill(w.goal, { line: show(goal) }));
  if (unit?.assumption && (pass || excellent || goal))
    out.push(...fill(w.unitAssumed, { unit: u }));
  return merge(out);
}

export function compareRole(
  handbook: Handbook,
  role: Handbook['roles'][number],
  lang: CompareLanguage,
): CompareRole {
  const r = role.data;
  const { english } = lang;
  // Content without an English name stays Chinese on an English page, marked as such.
  const zh = (t: string): CompareRun => (english ? { t, l: 'zh-CN' } : { t });
  const named = (name: string, nameEn: string | undefined): CompareRun =>
    english && nameEn ? { t: nameEn } : zh(name);
  // The API's links are followed as they are: an English reader stays on English pages.
  const at = (path: string) => (english ? `/en${path}` : path);
  const titles = new Map(handbook.roles.map((x) => [x.id, named(x.data.title, x.data.titleEn)]));
  const person = (p: PersonRef): CompareRun =>
    'role' in p ? (p.name ? zh(p.name) : (titles.get(p.role.id) ?? { t: p.role.id })) : zh(p.name);
  const people = (list: PersonRef[]) =>
    list.map((p) =>
      itemOf([person(p)], 'role' in p ? at(entryHref('roles', p.role.id)) : undefined),
    );
  const text = (s: string | undefined) => (s ? [itemOf([zh(s)])] : []);
  const labelled = (label: string | undefined, s: string) =>
    itemOf([zh(label ? `${label}:${s}` : s)]);
  const href = at(entryHref('roles', role.id));
  const title = named(r.title, r.titleEn);
  const department = handbook.departments.find(
    (d) => d.data.name === r.department || d.data.aliases.includes(r.department ?? ''),
  );
  return {
    id: role.id,
    title: title.t,
    ...(title.l && { l: title.l }),
    href,
    rows: {
      department: r.department ? [itemOf([named(r.department, department?.data.nameEn)])] : [],
      reportsTo: people(r.reportsTo),
      directReports: people(r.directReports),
      nature: text(r.nature),
      responsibilities: handbook
        .responsibilitiesOf(role.id)
        .map((x) => itemOf([named(x.data.title, x.data.titleEn)], `${href}#${x.id}`)),
      kpis: roleKpiLines(handbook, role).map(({ kpi, lines }) =>
        itemOf(
          [
            named(kpi.data.name, kpi.data.nameEn),
            { t: lang.lines.after },
            ...lineRuns(lines, lang),
          ],
          at(entryHref('kpis', kpi.id)),
        ),
      ),
      scorecards: handbook
        .scorecardsOf(role.id)
        .map((c) =>
          itemOf([named(c.data.title, c.data.titleEn)], at(entryHref('scorecards', c.id))),
        ),
      cycle: text(r.appraisal?.cycle),
      education: r.qualifications.flatMap((q) =>
        q.education ? [labelled(q.label, q.education)] : [],
      ),
      experience: r.qualifications.flatMap((q) =>
        q.experience ? [labelled(q.label, q.experience)] : [],
      ),
      pay: r.pay.flatMap((p) => p.items.map((i) => labelled(p.label, i))),
      career: r.careerPath
        ? [
            itemOf(
              r.careerPath.path.flatMap((p, i) => (i ? [{ t: ' → ' }, person(p)] : [person(p)])),
            ),
          ]
        : [],
      // A source's file name is Latin; its title, the content's, is Chinese.
      source: r.source.map((s) =>
        itemOf(english ? [{ t: `${s}: ` }, zh(SOURCES[s])] : [{ t: `${s}:${SOURCES[s]}` }]),
      ),
    },
  };
}
