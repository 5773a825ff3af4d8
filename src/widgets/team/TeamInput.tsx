import type { SheetChoice } from '../common/use-scorecard.ts';
import { useTeamText } from './team-text.tsx';

interface Props {
  uid: string;
  cards: SheetChoice[];
  cardId: string;
  onCard: (id: string) => void;
  onTemplate: () => void;
  onTemplateXlsx: () => void;
  /** Why a template could not be saved (its code did not load), or ''. */
  templateProblem: string;
  text: string;
  onText: (text: string) => void;
  onFile: (file: File | undefined) => void;
  fileNote: string;
  /** Why the chosen file or sheet cannot be graded, shown under the file field ('' when it can). */
  fileProblem: string;
  /** The sheets of an uploaded workbook; a picker appears when there are several. */
  sheetNames: string[];
  sheetIndex: number;
  onSheet: (index: number) => void;
  onSubmit: () => void;
}

/** Where the team comes in: the sheet, its template, a pasted CSV or an uploaded CSV or .xlsx. */
export function TeamInput(p: Props) {
  const { uid } = p;
  const t = useTeamText();
  return (
    <div className="team-input">
      <div className="team-pick">
        <div className="field team-card">
          <label htmlFor={`${uid}-card`}>{t.pick}</label>
          <select
            id={`${uid}-card`}
            value={p.cardId}
            onChange={(e) => p.onCard(e.currentTarget.value)}
          >
            {p.cards.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn" onClick={p.onTemplate}>
          {t.templateCsv}
        </button>
        <button type="button" className="btn" onClick={p.onTemplateXlsx}>
          {t.templateXlsx}
        </button>
      </div>
      {p.templateProblem && (
        <p className="field-error" role="alert">
          {p.templateProblem}
        </p>
      )}
      <div className="field team-paste">
        <label htmlFor={`${uid}-csv`}>{t.paste}</label>
        <p id={`${uid}-csv-hint`} className="muted team-hint">
          {t.pasteHint}
        </p>
        <textarea
          id={`${uid}-csv`}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${uid}-csv-hint`}
          value={p.text}
          onChange={(e) => p.onText(e.currentTarget.value)}
        />
      </div>
      <div className="field team-file">
        <label htmlFor={`${uid}-file`}>{t.upload}</label>
        <input
          id={`${uid}-file`}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={p.fileProblem ? true : undefined}
          aria-describedby={p.fileProblem ? `${uid}-file-err` : undefined}
          onChange={(e) => {
            p.onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = ''; // the same file can be read again after it is edited
          }}
        />
        {p.fileNote && <p className="muted team-hint">{p.fileNote}</p>}
        {p.sheetNames.length > 1 && (
          <div className="field team-sheet">
            <label htmlFor={`${uid}-sheet`}>{t.pickSheet}</label>
            <select
              id={`${uid}-sheet`}
              value={p.sheetIndex}
              aria-invalid={p.fileProblem ? true : undefined}
              aria-describedby={p.fileProblem ? `${uid}-file-err` : undefined}
              onChange={(e) => p.onSheet(Number(e.currentTarget.value))}
            >
              {p.sheetNames.map((n, i) => (
                <option key={i} value={i}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        )}
        {p.fileProblem && (
          <p id={`${uid}-file-err`} className="field-error" role="alert">
            {p.fileProblem}
          </p>
        )}
      </div>
      <button type="button" className="btn btn-primary team-go" onClick={p.onSubmit}>
        {t.grade}
      </button>
    </div>
  );
}
