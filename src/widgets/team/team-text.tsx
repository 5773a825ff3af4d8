import { createContext, useContext } from 'react';
import type { TeamStrings } from '../../i18n/team/zh.ts';

export type { TeamStrings };

/**
 * The team grader's strings, from the island's entry for the page's language
 * (TeamGrader.zh.tsx, .en.tsx): a page loads its own language's and no other's. The
 * overview and the calibration, loaded later, read them from here too.
 */
export const TeamText = createContext<TeamStrings | null>(null);

export function useTeamText(): TeamStrings {
  const t = useContext(TeamText);
  if (!t) throw new Error('a team grader outside an island entry has no strings');
  return t;
}

/** The content's Chinese (a label, a grade name) as written: marked as Chinese on an English page. */
export const zh = (text: string, en: boolean) => (en ? <span lang="zh-CN">{text}</span> : text);

/** A template with one slot filled by the content's Chinese, marked as such on an English page. */
export function zhIn(template: string, slot: string, text: string, en: boolean) {
  const [before = '', after = ''] = template.split(`{${slot}}`);
  return (
    <>
      {before}
      {zh(text, en)}
      {after}
    </>
  );
}
