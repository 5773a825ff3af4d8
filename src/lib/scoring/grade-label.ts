/** A grade as shown: 合格, or B(合格) on a sheet whose grades are letters; '' without one. */
export function gradeLabel(r: { grade?: string | undefined; level?: string | undefined }): string {
  return r.level && r.level !== r.grade ? `${r.grade ?? ''}(${r.level})` : (r.grade ?? '');
}
