import type { RoleData } from '../../schemas/index';
import type { PrintRole } from '../jd/formal';
import type { PageLinker } from './term-linker';

export interface Section {
  id: string;
  label: string;
  /** The source versions the section comes from, by label, when the role has several. */
  versions?: string[];
  /** Set when the handbook compiled the section's text instead of quoting it. */
  compiled?: boolean;
  /** A sentence under the heading: an excerpt, or what the source leaves open. */
  note?: string;
  /** The source's own paragraph for the section, where it writes it as prose. */
  quote?: string;
  /** How the section prints in the formal 岗位说明书 (set by the role page). */
  print?: PrintRole;
}

/**
 * What a section of the role page is given: its entry of the section list (the
 * heading), the role, and the page's linker for text that may name a term.
 */
export interface SectionProps {
  section: Section | undefined;
  role: RoleData;
  linker: PageLinker;
}

interface Counts {
  role: RoleData;
  hasBody: boolean;
  responsibilities: number;
  departments: number;
  deliverables: number;
  kpis: number;
  scorecards: number;
  cases: number;
  guides: number;
}

/**
 * The sections of a role's handbook page, in reading order, leaving out those
 * the sources say nothing about. The table of contents and the page share it.
 */
export function roleSections(c: Counts): Section[] {
  const r = c.role;
  const all: [string, string, boolean][] = [
    ['overview', '概览', true],
    ['summary', '岗位概述', true],
    ['responsibilities', '岗位职责', c.responsibilities > 0],
    ['departments', '协作部门', c.departments > 0],
    ['deliverables', '工作成果', c.deliverables > 0],
    ['kpis', '考核指标', c.kpis > 0],
    ['scorecards', '考核表', c.scorecards > 0],
    ['appraisal', '绩效考核', Boolean(r.appraisal)],
    ['cases', '典型案例', c.cases > 0],
    ['qualifications', '任职资格', r.qualifications.length > 0],
    ['pay', '薪酬福利', r.pay.length > 0],
    ['training', '培训与发展', r.training.length > 0],
    ['rules', '注意事项', r.rules.length > 0],
    [
      'career',
      '汇报关系与职业发展',
      Boolean(r.careerPath) || r.reportsTo.length + r.directReports.length > 0,
    ],
    ['risks', '风险与防范', Boolean(r.risks)],
    ['guides', '相关指南与表单', c.guides > 0],
  ];
  const versionLabel = new Map(r.versions.map((v) => [v.id, v.label]));
  return all
    .filter(([, , on]) => on)
    .map(([id, label]) => {
      const key = id as keyof typeof r.sectionVersions;
      const section: Section = { id, label };
      const versions = r.sectionVersions[key]?.map((v) => versionLabel.get(v) ?? v);
      if (versions) section.versions = versions;
      if ((r.compiled as string[]).includes(id)) section.compiled = true;
      const note = r.sectionNotes[key];
      if (note) section.note = note;
      const quote = r.sectionQuotes[key];
      if (quote) section.quote = quote;
      return section;
    });
}
