import { fill } from '../phrase/index.ts';
import type { GradeLevel } from './types.ts';

/** The words a grade is shown in: each level's name, and a grade with its level ({grade}({level})). */
export interface GradeWords {
  levels: Readonly<Record<GradeLevel, string>>;
  gradeLevel: string;
}

/**
 * A grade as shown: 合格, or B(合格) on a sheet whose grades are letters; '' without
 * one. The level is added whenever its name in the page's language is not the grade
 * itself, so an English page shows 合格 (Pass).
 */
export function gradeText(
  w: GradeWords,
  r: { grade?: string | undefined; level?: GradeLevel | undefined },
): string {
  return r.level && w.levels[r.level] !== r.grade
    ? fill(w.gradeLevel, { grade: r.grade ?? '', level: w.levels[r.level] })
    : (r.grade ?? '');
}
