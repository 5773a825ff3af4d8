import { citation, dailyCsv, weekdayName, type Breakdown } from '../../lib/targets/index.ts';
import { downloadCsv } from '../common/download-csv.ts';
import { AmountTable } from './AmountTable.tsx';
import { QUARTERS, fmt, md, pct } from './labels.ts';

const week = (n: number) => `W${String(n).padStart(2, '0')}`;

/** The breakdown by quarter and month, the daily CSV, and by week and working day on request. */
export function BreakdownResults({ result }: { result: Breakdown }) {
  const workingDays = result.days.length;
  return (
    <>
      <p className="tb-summary">
        {result.year} 年共 <strong>{workingDays}</strong> 个工作日(
        {result.calendar.source ? '扣除法定节假日,计入调休上班日' : '周一至周五,未扣除法定节假日'}
        ),{result.weeks.length} 个 ISO 周;年度目标 <strong>{fmt(result.totals.annual)}</strong> 元。
      </p>
      {result.calendar.source && (
        <p className="tb-source muted">节假日依据:{citation(result.calendar.source)}。</p>
      )}
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
        total={[pct(100), workingDays]}
        result={result}
        level="quarters"
      />
      <AmountTable
        label="按月"
        head={['月份', '季度', '工作日', '目标(元)']}
        rows={result.months.map((m) => [
          `${m.month}月`,
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
          onClick={() => downloadCsv(`销售目标分解-${result.year}-按工作日.csv`, dailyCsv(result))}
        >
          下载 CSV(按工作日的日计划)
        </button>
      </div>
      <details className="tb-more">
        <summary>按周({result.weeks.length} 周)</summary>
        <AmountTable
          label="按周"
          head={['周', '日期', '工作日', '目标(元)']}
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
        <summary>按工作日({workingDays} 天)</summary>
        <AmountTable
          label="按工作日"
          head={['日期', '星期', '周', '目标(元)']}
          rows={result.days.map((d) => [
            d.date,
            weekdayName(d.weekday),
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
