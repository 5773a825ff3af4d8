import { createContext, useContext, type ComponentType } from 'react';
import type { GraderStrings } from '../../i18n/grader/zh.ts';
import {
  errorPhrase,
  fill,
  gradeText,
  say,
  type ErrorCode,
  type GradeLevel,
  type WarningCode,
} from '../../lib/scoring/index.ts';
import type { Step } from '../../lib/explain/index.ts';
import { Mixed } from '../common/words.tsx';

export type { GraderStrings };

interface Named {
  id: string;
  label: string;
}

interface Words {
  t: GraderStrings;
  /** The sheet's indicators' English names, by indicator id, on an English page. */
  names: Readonly<Record<string, string>>;
}

/**
 * The grader's strings and the sheet's English names. The strings come from the
 * island's entry for the page's language (ScorecardGrader.zh.tsx, .en.tsx), so a page
 * loads its own language's strings and no other's.
 */
export const GraderText = createContext<Words | null>(null);

/** A grader component with the strings of one language: an island's entry. */
export function withGraderText<P extends object>(Widget: ComponentType<P>, t: GraderStrings) {
  const words = { t, names: {} };
  return function WithText(props: P) {
    return (
      <GraderText.Provider value={words}>
        <Widget {...props} />
      </GraderText.Provider>
    );
  };
}

/** The grader's words, and the helpers that word what the engine says. */
export function useGraderText() {
  const words = useContext(GraderText);
  if (!words) throw new Error('a grader outside an island entry has no strings');
  const { t, names } = words;
  const en = t.lang === 'en';
  const stepWords = { ...t.steps, ...t.weightSteps };
  return {
    t,
    en,
    /** An indicator's name as shown: its English name on /en/, else its label. */
    nameText: (x: Named) => names[x.id] ?? x.label,
    /** The same, marked as Chinese when it is the Chinese label on an English page. */
    name: (x: Named) => names[x.id] ?? <Mixed text={x.label} en={en} />,
    /** Text with the content's Chinese in it, marked as such on /en/. */
    text: (s: string) => <Mixed text={s} en={en} />,
    fill,
    step: (s: Step) => say(stepWords, s),
    error: (code: ErrorCode | WarningCode, range?: { min: number; max: number }) =>
      say(t.errors, errorPhrase(code, range)),
    level: (l: GradeLevel) => t.levels[l],
    /** A grade as shown: 合格, or B(合格) when the level's name is not the grade's. */
    grade: (r: { grade?: string | undefined; level?: GradeLevel | undefined }) => gradeText(t, r),
  };
}
