import type { Entry, ResponsibilityData, RoleData } from '../../schemas/index';

/** schema.org Occupation, as JSON-LD, for one role page. */
export interface OccupationLd {
  '@context': 'https://schema.org';
  '@type': 'Occupation';
  name: string;
  description: string;
  mainEntityOfPage: string;
  responsibilities?: string[];
  skills?: string[];
  qualifications?: string[];
  educationRequirements?: string[];
  experienceRequirements?: string[];
}

const distinct = (items: (string | undefined)[]) => [
  ...new Set(items.filter((x): x is string => Boolean(x))),
];

/**
 * Builds the Occupation from the role's content only: a property is present when the
 * content has it. estimatedSalary and occupationalCategory are left out because no role
 * gives a salary figure or an occupation code (the pay sections are prose).
 */
export function occupationLd(
  role: Entry<RoleData>,
  responsibilities: readonly Entry<ResponsibilityData>[],
  pageUrl: string,
): OccupationLd {
  const r = role.data;
  const q = r.qualifications;
  const optional = {
    responsibilities: distinct(responsibilities.map((x) => x.data.title)),
    skills: distinct(q.flatMap((x) => x.skills)),
    qualifications: distinct(q.map((x) => x.other)),
    educationRequirements: distinct(q.map((x) => x.education)),
    experienceRequirements: distinct(q.map((x) => x.experience)),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: r.title,
    description: r.summary,
    mainEntityOfPage: pageUrl,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v.length > 0)),
  };
}
