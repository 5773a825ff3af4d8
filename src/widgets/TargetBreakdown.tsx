import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { formatNumber, formatPlain } from '../lib/number/index.ts';
import { breakdownTarget, checkForm, dailyCsv, decodeForm, defaultForm, encodeForm, pendingMessage, rawParam, shareSumMessage, weekdayName, withRawParam } from '../lib/targets/index.ts';
import type { Breakdown, BreakdownLevel, FieldKey, TargetForm } from '../lib/targets/index.ts';
import { downloadCsv } from './download-csv.ts';
import './target-breakdown.css';

const PARAM = 't';
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
const fmt = (yuan: number) => formatNumber(yuan);
const pct = (v: number) => `${formatPlain(v)}%`;
/** "2026-03-05" → "3月5日" */
const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

interface FieldProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  /** Ids of other text that describes the field (a hint, a live total). */
  describedBy?: string | undefined;
  inputMode: 'decimal' | 'numeric';
  onChange: (v: string) => void;
}

function TextField({ id, label, value, error, describedBy, inputMode, onChange }: FieldProps) {
  const described = [error ? `${id}-err` : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {error && (
        <p id={`${id}-err`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function Choice<T extends string>(p: { name: string; legend: string; value: T; options: [T, string][]; onChange: (v: T) => void; children?: ReactNode }) {
  return (
    <fieldset className="tb-group">
      <legend>{p.legend}</legend>
      <div className="tb-choices">
        {p.options.map(([v, text]) => (
          <label key={v} className="tb-choice">
            <input type="radio" name={p.name} value={v} checked={p.value === v} onChange={() => p.onChange(v)} />
            {text}
          </label>
        ))}
      </div>
      {p.children}
    </fieldset>
  );
}

/** A results table in a scrollable, focusable region, with a total row that is checked against the annual target. */
function AmountTable(p: { label: string; head: string[]; rows: ReactNode[][]; total: ReactNode[]; result: Breakdown; level: BreakdownLevel; textCols?: number }) {
  const cls = (j: number) => (j < (p.textCols ?? 0) ? 'tb-text' : undefined);
  const equal = p.result.totalCents[p.level] === p.result.totalCents.annual;
  return (
    <section className="table-wrap" tabIndex={0} aria-label={p.label}>
      <table className="tb-table">
        <caption>{p.label}</caption>
        <thead>
          <tr>
            {p.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map(([first, ...rest], i) => (
            <tr key={i}>
              <th scope="row">{first}</th>
              {rest.map((c, j) => (
                <td key={j} className={cls(j)}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            {p.total.map((c, j) => (
              <td key={j} className={cls(j)}>
                {c}
              </td>
            ))}
            <td>
              <strong>{fmt(p.result.totals[p.level])}</strong>
              <span className={equal ? 'tb-ok' : 'tb-off'}>{equal ? ' = 年度目标 ✓' : ' ≠ 年度目标'}</span>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function announcement(r: Breakdown): string {
  const q = r.quarters.map((x, i) => `${QUARTERS[i]} ${fmt(x.amount)}`).join(',');
  return `已更新:${q} 元;12 个月合计 ${fmt(r.totals.months)} 元,等于年度目标。`;
}

/**
 * /tools/targets/: an annual sales target split into quarters, months, ISO
 * weeks and working days that add back exactly (src/lib/targets). What was
 * typed is kept as typed, in the URL (?t=1.…), and restored on reload.
 */
export default function TargetBreakdown({ defaultYear }: { defaultYear: number }) {
  const uid = `tb${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [form, setForm] = useState<TargetForm>(() => defaultForm(defaultYear));
  const [blank, setBlank] = useState(() => encodeForm(defaultForm(defaultYear)));
  const [ready, setReady] = useState(false);
  const [said, setSaid] = useState('');
  const check = useMemo(() => checkForm(form), [form]);
  const result = useMemo(() => (check.input ? breakdownTarget(check.input) : undefined), [check]);

  useEffect(() => {
    const saved = decodeForm(rawParam(location.search, PARAM));
    const fresh = defaultForm(new Date().getUTCFullYear());
    setBlank(encodeForm(fresh));
    setForm(saved ?? fresh);
    setReady(true);
  }, []);
  useEffect(() => {
    if (!ready) return;
    const encoded = encodeForm(form);
    const search = withRawParam(location.search, PARAM, encoded === blank ? null : encoded);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }, [form, blank, ready]);
  useEffect(() => {
    // Announce once typing pauses, not at every keystroke.
    const timer = setTimeout(() => setSaid(result ? announcement(result) : ''), 700);
    return () => clearTimeout(timer);
  }, [result]);

  const set = (patch: Partial<TargetForm>) => setForm((f) => ({ ...f, ...patch }));
  const setShare = (i: number, v: string) => setForm((f) => ({ ...f, shares: f.shares.map((s, k) => (k === i ? v : s)) as TargetForm['shares'] }));
  const err = (k: FieldKey) => check.errors[k];
  const sum = check.shareSum;

  return (
    <div className="tb">
      <div role="group" aria-label="填写目标" className="tb-form">
        <div className="tb-row">
          <TextField id={`${uid}-annual`} label="年度目标(元)" value={form.annual} error={err('annual')} inputMode="decimal" onChange={(v) => set({ annual: v })} />
          <TextField id={`${uid}-year`} label="年份" value={form.year} error={err('year')} inputMode="numeric" onChange={(v) => set({ year: v })} />
        </div>
        <Choice
          name={`${uid}-qmode`}
          legend="季度分配"
          value={form.shareMode}
          options={[
            ['equal', '平均(每季度 25%)'],
            ['custom', '自定义占比'],
          ]}
          onChange={(v) => set({ shareMode: v })}
        >
          {form.shareMode === 'custom' && (
            <>
              <div className="tb-shares">
                {form.shares.map((s, i) => (
                  <TextField
                    key={i}
                    id={`${uid}-share${i}`}
                    label={`${QUARTERS[i]}(%)`}
                    value={s}
                    error={err(`share${i}` as FieldKey)}
                    describedBy={`${uid}-sum`}
                    inputMode="decimal"
                    onChange={(v) => setShare(i, v)}
                  />
                ))}
              </div>
              <p id={`${uid}-sum`} className={sum?.missing === 0 ? 'tb-sum' : 'tb-sum tb-sum-off'} aria-live="polite">
                {shareSumMessage(check)}
              </p>
            </>
          )}
        </Choice>
        <Choice
          name={`${uid}-mmode`}
          legend="月度分配方式(季度内分到三个月)"
          value={form.monthMode}
          options={[
            ['working-days', '按各月工作日天数'],
            ['equal', '平均分配'],
          ]}
          onChange={(v) => set({ monthMode: v })}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      <section className="tb-results" aria-labelledby={`${uid}-results`}>
        <h2 id={`${uid}-results`}>分解结果</h2>
        {!result ? (
          <p className="tb-pending">{pendingMessage(form, check)}</p>
        ) : (
          <>
            <p className="tb-summary">
              {result.year} 年共 <strong>{result.days.length}</strong> 个工作日(周一至周五,未扣除法定节假日),{result.weeks.length} 个 ISO 周;年度目标{' '}
              <strong>{fmt(result.totals.annual)}</strong> 元。
            </p>
            <AmountTable
              label="按季度"
              head={['季度', '占比', '工作日', '目标(元)']}
              rows={result.quarters.map((q, i) => [
                <>
                  {QUARTERS[i]}
                  <span className="tb-sub">
                    {i * 3 + 1}–{i * 3 + 3}月
                  </span>
                </>,
                pct(q.share),
                q.workingDays,
                fmt(q.amount),
              ])}
              total={[pct(100), result.days.length]}
              result={result}
              level="quarters"
            />
            <AmountTable
              label="按月"
              head={['月份', '季度', '工作日', '目标(元)']}
              rows={result.months.map((m) => [`${m.month}月`, `Q${m.quarter}`, m.workingDays, fmt(m.amount)])}
              total={['', result.days.length]}
              result={result}
              textCols={1}
              level="months"
            />
            <div className="tb-actions">
              <button type="button" className="btn btn-primary" onClick={() => downloadCsv(`销售目标分解-${result.year}-按工作日.csv`, dailyCsv(result))}>
                下载 CSV(按工作日的日计划)
              </button>
            </div>
            <details className="tb-more">
              <summary>按周({result.weeks.length} 周)</summary>
              <AmountTable
                label="按周"
                head={['周', '日期', '工作日', '目标(元)']}
                rows={result.weeks.map((w) => [w.isoYear === result.year ? `W${String(w.isoWeek).padStart(2, '0')}` : w.label, w.start === w.end ? md(w.start) : `${md(w.start)}–${md(w.end)}`, w.workingDays, fmt(w.amount)])}
                total={['', result.days.length]}
                result={result}
                textCols={1}
                level="weeks"
              />
            </details>
            <details className="tb-more">
              <summary>按工作日({result.days.length} 天)</summary>
              <AmountTable
                label="按工作日"
                head={['日期', '星期', '周', '目标(元)']}
                rows={result.days.map((d) => [d.date, weekdayName(d.weekday), `W${String(d.isoWeek).padStart(2, '0')}`, fmt(d.amount)])}
                total={['', '']}
                result={result}
                textCols={2}
                level="days"
              />
            </details>
          </>
        )}
      </section>
    </div>
  );
}
