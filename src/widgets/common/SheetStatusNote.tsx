import { fill } from '../../lib/scoring/index.ts';
import type { sheetStatus } from '../../i18n/grader/shared-zh.ts';
import type { SheetStatus } from './use-scorecard.ts';

interface Props {
  status: SheetStatus;
  onRetry: () => void;
  /** The page's words for it (src/i18n/grader/). */
  t: typeof sheetStatus;
}

/** Says a picked sheet is loading, or why it could not be, next to the picker. */
export function SheetStatusNote({ status, onRetry, t }: Props) {
  return (
    <div className="sheet-status" aria-live="polite">
      {status.kind === 'loading' && <p className="muted">{fill(t.loading, status)}</p>}
      {status.kind === 'error' && (
        <p className="field-error">
          {fill(t.failed, {
            title: status.title,
            why: status.http ? fill(t.http, { status: status.http }) : '',
          })}{' '}
          <button type="button" className="btn" onClick={onRetry}>
            {t.retry}
          </button>
        </p>
      )}
    </div>
  );
}
