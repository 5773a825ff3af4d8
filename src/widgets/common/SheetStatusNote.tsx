import type { SheetStatus } from './use-scorecard.ts';

/** Says a picked sheet is loading, or why it could not be, next to the picker. */
export function SheetStatusNote({ status, onRetry }: { status: SheetStatus; onRetry: () => void }) {
  return (
    <div className="sheet-status" aria-live="polite">
      {status.kind === 'loading' && <p className="muted">正在载入考核表“{status.title}”……</p>}
      {status.kind === 'error' && (
        <p className="field-error">
          {status.message}{' '}
          <button type="button" className="btn" onClick={onRetry}>
            重试
          </button>
        </p>
      )}
    </div>
  );
}
