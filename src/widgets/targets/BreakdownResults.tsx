import { citation, dailyCsv, type Breakdown } from '../../lib/targets/index.ts';
import { fill } from '../../lib/phrase/index.ts';
import { downloadCsv } from '../common/download-csv.ts';
import { Fill, Mixed } from '../common/words.tsx';
import { AmountTable } from './AmountTable.tsx';
import { fmt, pct, useTargetText } from './labels.ts';

const week = (n: number) => `W${String(n).padStart(2, '0')}`;

/** The breakdown by quarter and month, the daily CSV, and by week and working day on request. */
export function BreakdownResults({ result }: { result: Breakdown }) {
  const t = useTargetText();
  const en = t.lang === 'en';
  const workingDays = result.days.length;
  const md = (iso: string) => {
    const m = Number(iso.slice(5, 7));
    return fill(t.monthDay, { m, d: Number(iso.slice(8, 10)), mon: t.monthsShort[m - 1] ?? '' });
  };
  return (
    <>
      <p className="tb-summary">
        <Fill
          template={t.summary}
          slots={{
            year: result.year,
            days: <strong>{workingDays}</strong>,
            rule: result.calendar.source ? t.ruleOfficial : t.ruleWeekdays,
            weeks: result.weeks.length,
            annual: <strong>{fmt(result.totals.annual)}</strong>,
          }}
        />
      </p>
      {result.calendar.source && (
        <p className="tb-source muted">
          {/* The notice's title is the State Council's own, in Chinese. */}
          <Mixed text={fill(t.basis, { citation: citation(result.calendar.source, t) })} en={en} />
        </p>
      )}
      <AmountTable
        label={t.byQuarter}
        head={t.quarterHead}
        rows={result.quarters.map((q, i) => [
          <>
            {t.quarters[i]}
            <span className="tb-sub">{t.quarterMonths[i]}</span>
          </>,
          pct(q.share),
          q.workingDays,
          fmt(q.amount),
        ])}
        total={[pct(100), workingDays]}
        result={result}
        level="quarters"
      />
      <AmountTable
        label={t.byMonth}
        head={t.monthHead}
        rows={result.months.map((m) => [
          t.months[m.month - 1],
          `Q${m.quarter}`,
          m.workingDays,
          fmt(m.amount),
        ])}
        total={['', workingDays]}
        result={result}
        textCols={1}
        level="months"
      />
      <div className="tb-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => downloadCsv(fill(t.file, { year: result.year }), dailyCsv(result, t))}
        >
          {t.download}
        </button>
      </div>
      <details className="tb-more">
        <summary>{fill(t.weeks, { n: result.weeks.length })}</summary>
        <AmountTable
          label={t.byWeek}
          head={t.weekHead}
          rows={result.weeks.map((w) => [
            w.isoYear === result.year ? week(w.isoWeek) : w.label,
            w.start === w.end ? md(w.start) : `${md(w.start)}–${md(w.end)}`,
            w.workingDays,
            fmt(w.amount),
          ])}
          total={['', workingDays]}
          result={result}
          textCols={1}
          level="weeks"
        />
      </details>
      <details className="tb-more">
        <summary>{fill(t.workdays, { n: workingDays })}</summary>
        <AmountTable
          label={t.byDay}
          head={t.dayHead}
          rows={result.days.map((d) => [
            d.date,
            t.weekdays[d.weekday - 1],
            week(d.isoWeek),
            fmt(d.amount),
          ])}
          total={['', '']}
          result={result}
          textCols={2}
          level="days"
        />
      </details>
    </>
  );
}
