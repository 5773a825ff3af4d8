// A role's 修订日期: the newest git date of its file and its responsibilities' files.
import { lastUpdated } from '../content/revisions';
import { projectHistory } from '../content/revisions-fs';
import { latestRevision, type RevisionDate } from './formal';

export function roleRevision(files: readonly (string | undefined)[]): RevisionDate {
  const history = projectHistory();
  return latestRevision(files.map((f) => lastUpdated(history, f)));
}
