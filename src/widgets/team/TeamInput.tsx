import type { SheetChoice } from '../common/use-scorecard.ts';

interface Props {
  uid: string;
  cards: SheetChoice[];
  cardId: string;
  onCard: (id: string) => void;
  onTemplate: () => void;
  onTemplateXlsx: () => void;
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
  return (
    <div className="team-input">
      <div className="team-pick">
        <div className="field team-card">
          <label htmlFor={`${uid}-card`}>选择考核表</label>
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
          下载模板 CSV
        </button>
        <button type="button" className="btn" onClick={p.onTemplateXlsx}>
          下载模板 Excel
        </button>
      </div>
      <div className="field team-paste">
        <label htmlFor={`${uid}-csv`}>粘贴 CSV 内容</label>
        <p id={`${uid}-csv-hint`} className="muted team-hint">
          第一行是列名(与模板相同,顺序不限),以下每人一行;从 Excel 或 WPS 复制的表格也可以直接粘贴。
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
        <label htmlFor={`${uid}-file`}>或上传 CSV 或 Excel(.xlsx)文件</label>
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
            <label htmlFor={`${uid}-sheet`}>选择工作表</label>
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
        评分
      </button>
    </div>
  );
}
