import { useId, useMemo, useState } from 'react';
import { formatNumber, gradeLabel, parseNumber, type Scorecard } from '../lib/scoring/index.ts';
import { DEFAULT_BANDS, SMALL_GROUP, deductionHeader, forcedDistribution, gradeTeam, resultsCsv } from '../lib/team/index.ts';
import { sharesProblem, templateCsv, templateHeaders, totalText, type TeamError, type TeamRow } from '../lib/team/index.ts';
import { downloadCsv } from './download-csv.ts';
import './team-grader.css';

interface Props {
  cards: { id: string; card: Scorecard }[];
}
type Sort = 'none' | 'descending' | 'ascending';

/** Reads an uploaded file as UTF-8, or as GB18030 when it is not (Excel's “CSV” on Chinese Windows). */
async function readText(file: File): Promise<string> {
  const text = await file.text();
  if (!text.includes('\uFFFD')) return text;
  return new TextDecoder('gb18030').decode(await file.arrayBuffer());
}

const errorText = (e: TeamError) =>
  e.column === '' ? `第 ${e.line} 行:${e.reason}` : `第 ${e.line} 行,「${e.column}」:${e.reason}${e.value ? `(输入的值:${e.value})` : ''}`;

/**
 * /tools/team/: grade a whole team from a CSV (pasted or uploaded) by one
 * scorecard. Every figure comes from the scoring engine; the forced
 * distribution is advisory and shown apart from the absolute grade.
 */
export default function TeamGrader({ cards }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const [cardId, setCardId] = useState(cards[0]!.id);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [normalize, setNormalize] = useState(false);
  const [sort, setSort] = useState<Sort>('none');
  const [showDist, setShowDist] = useState(false);
  const [shares, setShares] = useState(DEFAULT_BANDS.map((b) => String(b.share)));
  const { card } = cards.find((c) => c.id === cardId) ?? cards[0]!;

  const team = useMemo(() => gradeTeam(card, submitted, { normalizeWeights: normalize }), [card, submitted, normalize]);
  const weightSum = card.indicators.reduce((s, i) => s + i.weight, 0);
  const errorLines = useMemo(() => new Set(team.errors.map((e) => e.line)), [team]);
  const rows = useMemo(() => {
    if (sort === 'none') return team.rows;
    const sign = sort === 'descending' ? -1 : 1;
    const key = (r: TeamRow) => r.result.total;
    return [...team.rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.line - b.line;
      return sign * (x - y) || a.line - b.line;
    });
  }, [team, sort]);

  const parsedShares = shares.map((s) => parseNumber(s, { percent: true }));
  const shareValues = parsedShares.map((p) => (p.ok ? p.value : NaN));
  const shareSum = shareValues.reduce((s, v) => s + (Number.isFinite(v) ? v : 0), 0);
  const shareError = !parsedShares.every((p) => p.ok)
    ? '请在三项比例中都填写 0 到 100 之间的数字。'
    : sharesProblem(shareValues) === 'out-of-range'
      ? '每项比例须在 0 到 100 之间。'
      : sharesProblem(shareValues)
        ? `三项比例合计须为 100%,现在是 ${formatNumber(shareSum)}%。`
        : '';
  const dist = useMemo(() => {
    if (!showDist || shareError) return undefined;
    const graded = team.rows.filter((r) => r.result.total !== undefined);
    const d = forcedDistribution(graded.map((r) => ({ name: r.name, total: r.result.total! })), shareValues);
    return { ...d, bandOf: new Map(graded.map((r, i) => [r, DEFAULT_BANDS[d.bands[i]!]!.label])) };
  }, [showDist, shareError, team, shares]);

  const gradedCount = team.rows.filter((r) => r.result.total !== undefined).length;
  const hasInput = submitted.trim() !== '';
  const summary = hasInput ? `共 ${team.rows.length} 人,已评分 ${gradedCount} 人,${team.errors.length} 处错误` : '';

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const content = await readText(file);
      setText(content);
      setSubmitted(content);
      setFileNote(`已读取文件 ${file.name}。`);
    } catch {
      setFileNote(`无法读取文件 ${file.name},请改为复制内容后粘贴。`);
    }
  };
  const saveResults = () =>
    downloadCsv(`${card.title}-评分结果.csv`, resultsCsv(card, rows, team.errors, dist && ((r) => dist.bandOf.get(r))));
  const nextSort = () => setSort((s) => (s === 'descending' ? 'ascending' : 'descending'));

  return (
    <div className="team">
      <div className="team-input">
        <div className="team-pick">
          <div className="field team-card">
            <label htmlFor={`${uid}-card`}>选择考核表</label>
            <select id={`${uid}-card`} value={cardId} onChange={(e) => setCardId(e.currentTarget.value)}>
              {cards.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.card.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="btn" onClick={() => downloadCsv(`${card.title}-模板.csv`, templateCsv(card))}>
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
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
        </div>
        <div className="field team-file">
          <label htmlFor={`${uid}-file`}>或上传 CSV 文件</label>
          <input
            id={`${uid}-file`}
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            onChange={(e) => {
              void onFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = ''; // the same file can be read again after it is edited
            }}
          />
          {fileNote && <p className="muted team-hint">{fileNote}</p>}
        </div>
        <button type="button" className="btn btn-primary team-go" onClick={() => setSubmitted(text)}>
          评分
        </button>
      </div>

      {weightSum !== 100 && (
        <div className="team-weights" role="note">
          {team.weightNotes.map((n) => (
            <p key={n}>{n}</p>
          ))}
          {normalize && <p>权重原合计 {weightSum}%,已按比例折算为 100% 计算。</p>}
          <label>
            <input type="checkbox" checked={normalize} onChange={(e) => setNormalize(e.currentTarget.checked)} /> 按比例折算为100%
          </label>
        </div>
      )}

      <p role="status" className="team-summary">
        {summary}
      </p>

      {hasInput && (team.missingColumns.length > 0 || team.unknownColumns.length > 0) && (
        <div className="team-notes" role="note">
          {team.missingColumns.length >= templateHeaders(card).length - 1 && <p>列名与这张考核表对不上,请确认是否选对了考核表。</p>}
          {team.missingColumns.length > 0 && (
            <p>缺少这些列,对应的项按未填写处理:{team.missingColumns.join('、')}。可以下载模板 CSV 对照列名。</p>
          )}
          {team.unknownColumns.length > 0 && <p>这些列不是本考核表的项目,已忽略:{team.unknownColumns.join('、')}。</p>}
        </div>
      )}

      {team.rows.length > 0 && (
        <>
          <h2>评分结果</h2>
          <div className="team-dist">
            <label className="team-check">
              <input type="checkbox" checked={showDist} onChange={(e) => setShowDist(e.currentTarget.checked)} /> 显示强制分布建议
            </label>
            {showDist && (
              <fieldset className="team-shares">
                <legend>各档比例(%,从好到差,合计 100)</legend>
                <div className="team-share-inputs">
                  {DEFAULT_BANDS.map((b, i) => (
                    <div className="field" key={b.label}>
                      <label htmlFor={`${uid}-share-${i}`}>{b.label}(%)</label>
                      <input
                        id={`${uid}-share-${i}`}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={shares[i] ?? ''}
                        aria-invalid={shareError ? true : undefined}
                        aria-describedby={shareError ? `${uid}-share-err` : undefined}
                        onChange={(e) => {
                          const typed = e.currentTarget.value;
                          setShares((s) => s.map((v, k) => (k === i ? typed : v)));
                        }}
                      />
                    </div>
                  ))}
                </div>
                {shareError && (
                  <p id={`${uid}-share-err`} className="field-error">
                    {shareError}
                  </p>
                )}
                {dist && (
                  <p className="team-dist-out">
                    按总分排名建议:{DEFAULT_BANDS.map((b, i) => `${b.label} ${dist.counts[i]} 人`).join(',')}。这只是参考,不改变按分数得出的等级。
                  </p>
                )}
                {dist?.warning === 'small-group' && <p className="team-warn">人数少于 {SMALL_GROUP} 人,强制分布仅供参考。</p>}
              </fieldset>
            )}
          </div>
          <div className="table-wrap" role="region" aria-label="评分结果表" tabIndex={0}>
            <table className="team-table">
              <caption>各项指标按各自规则折算的得分、扣分、总分与等级</caption>
              <thead>
                <tr>
                  <th scope="col">行号</th>
                  <th scope="col">姓名</th>
                  {card.indicators.map((i) => (
                    <th scope="col" key={i.id} className="num">
                      {i.label}
                    </th>
                  ))}
                  {card.deductions.map((d) => (
                    <th scope="col" key={d.id} className="num">
                      {deductionHeader(card, d.label)}
                    </th>
                  ))}
                  <th scope="col" className="num" aria-sort={sort}>
                    <button type="button" className="team-sort" onClick={nextSort}>
                      总分
                      <span aria-hidden="true">{sort === 'descending' ? ' ↓' : sort === 'ascending' ? ' ↑' : ' ↕'}</span>
                    </button>
                  </th>
                  <th scope="col">等级</th>
                  {dist && <th scope="col">建议分布</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const bad = errorLines.has(r.line) || r.result.status === 'invalid';
                  return (
                    <tr key={r.line} className={bad ? 'has-error' : undefined}>
                      <td className="num">{r.line}</td>
                      <th scope="row">{r.name || '(未填姓名)'}</th>
                      {r.result.indicators.map((i) => (
                        <td key={i.id} className="num">
                          {i.points === undefined ? '—' : formatNumber(i.points)}
                        </td>
                      ))}
                      {r.result.deductions.map((d) => (
                        <td key={d.id} className="num">
                          {d.deduction === undefined ? '—' : formatNumber(d.deduction)}
                        </td>
                      ))}
                      <td className="num total">{totalText(r.result, bad)}</td>
                      <td>{r.result.level ? <span className={`level level-${r.result.level}`}>{gradeLabel(r.result)}</span> : '—'}</td>
                      {dist && <td>{dist.bandOf.get(r) ?? '—'}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button type="button" className="btn" onClick={saveResults}>
            下载结果 CSV
          </button>
        </>
      )}

      {team.errors.length > 0 && (
        <section className="team-errors" aria-labelledby={`${uid}-errors`}>
          <h2 id={`${uid}-errors`}>需要改正的地方</h2>
          <ul>
            {team.errors.map((e, k) => (
              <li key={k} className="field-error">
                {errorText(e)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
