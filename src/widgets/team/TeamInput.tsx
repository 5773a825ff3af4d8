import type { SheetChoice } from '../shared/use-scorecard.ts';

interface Props {
  uid: string;
  cards: SheetChoice[];
  cardId: string;
  onCard: (id: string) => void;
  onTemplate: () => void;
  text: string;
  onText: (text: string) => void;
  onFile: (file: File | undefined) => void;
  fileNote: string;
  onSubmit: () => void;
}

/** Where the team comes in: the sheet, its template, a pasted CSV or an uploaded file. */
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
        <label htmlFor={`${uid}-file`}>或上传 CSV 文件</label>
        <input
          id={`${uid}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          onChange={(e) => {
            p.onFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = ''; // the same file can be read again after it is edited
          }}
        />
        {p.fileNote && <p className="muted team-hint">{p.fileNote}</p>}
      </div>
      <button type="button" className="btn btn-primary team-go" onClick={p.onSubmit}>
        评分
      </button>
    </div>
  );
}
