import { lazy, Suspense, useId, useMemo, useState } from 'react';
import {
  DEFAULT_BANDS,
  calibrationCsv,
  checkBandShares,
  forcedDistribution,
  gradeTeam,
  gradeTeamRecords,
  resultsCsv,
  startCalibration,
  type Calibration as Cal,
  type Distribution,
} from '../../lib/team/index.ts';
import { teamSummary, templateCsv, type TeamRow } from '../../lib/team/index.ts';
import { sheetStatus } from '../../i18n/grader/shared-zh.ts';
import { reasons } from '../../i18n/team/zh.ts';
import { downloadCsv } from '../common/download-csv.ts';
import { SheetStatusNote } from '../common/SheetStatusNote.tsx';
import { useScorecard, type LoadedSheet, type SheetChoice } from '../common/use-scorecard.ts';
import { BandShares } from './BandShares.tsx';
import { readText } from './read-text.ts';
import { TeamErrors } from './TeamErrors.tsx';
import { TeamInput } from './TeamInput.tsx';
import { ColumnNotes, SheetNotes, WeightNote } from './TeamNotes.tsx';
import { isWorkbookFile, loadWorkbook, saveWorkbook, type OpenedWorkbook } from './xlsx-load.ts';
import { TeamTable, type Sort } from './TeamTable.tsx';
import './team-grader.css';

interface Props {
  cards: SheetChoice[];
  /** The first sheet's data; any other loads when picked. */
  first: LoadedSheet;
}

/** An uploaded workbook: its sheets, the one being graded, and the sheet reader that came with it. */
interface Book extends OpenedWorkbook {
  file: string;
  index: number;
}

// The overview arrives after the first grading, in its own chunk.
const TeamOverview = lazy(() =>
  import('./TeamOverview.tsx').catch(() => ({
    default: () => <p className="field-error">无法加载团队概览,请刷新页面后重试。</p>,
  })),
);

const BAND_LABELS = DEFAULT_BANDS.map((b) => b.label);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Rows by total (people without one last), ties and the unsorted table in CSV order. */
function sortRows(rows: TeamRow[], sort: Sort): TeamRow[] {
  if (sort === 'none') return rows;
  const sign = sort === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.result.total, b.result.total];
    if (x === undefined || y === undefined)
      return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || a.line - b.line;
    return sign * (x - y) || a.line - b.line;
  });
}

/**
 * /tools/team/: grade a whole team from a CSV (pasted or uploaded) by one
 * scorecard. Every figure comes from the scoring engine; the forced
 * distribution is advisory and shown apart from the absolute grade.
 */
export default function TeamGrader({ cards, first }: Props) {
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const [cardId, setCardId] = useState(first.id);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [normalize, setNormalize] = useState(false);
  const [sort, setSort] = useState<Sort>('none');
  const [showDist, setShowDist] = useState(false);
  const [shares, setShares] = useState(DEFAULT_BANDS.map((b) => String(b.share)));
  // Until a newly picked sheet arrives, the last one loaded stays (and the note says so).
  const { sheet: loaded, status, retry } = useScorecard(cards, first, cardId);
  const card = (loaded ?? first).card;

  // What is graded: the pasted or uploaded text, or a sheet of an uploaded workbook.
  const [book, setBook] = useState<Book>();
  const [useBook, setUseBook] = useState(false);
  const [fileProblem, setFileProblem] = useState('');
  const [xlsxProblem, setXlsxProblem] = useState('');
  const sheet = useBook && book ? book.sheets[book.index] : undefined;
  const reading = useMemo(() => sheet && book!.read(card, sheet), [card, sheet, book]);
  const team = useMemo(
    () =>
      reading?.ok
        ? gradeTeamRecords(card, reading.records, { normalizeWeights: normalize })
        : gradeTeam(card, sheet ? '' : submitted, { normalizeWeights: normalize }),
    [card, reading, sheet, submitted, normalize],
  );
  // What the summary is about: the text, or the workbook when its sheet could be read.
  const graded = sheet ? (reading?.ok ? book!.file : '') : submitted;
  const errorLines = useMemo(() => new Set(team.errors.map((e) => e.line)), [team]);
  const rows = useMemo(() => sortRows(team.rows, sort), [team, sort]);
  const checked = useMemo(() => checkBandShares(shares), [shares]);
  const shareError = 'error' in checked ? checked.error : '';
  const withTotal = useMemo(() => team.rows.filter((r) => r.result.total !== undefined), [team]);
  // Computed whether shown or not, so hiding the distribution keeps the calibration.
  const forced = useMemo(
    () =>
      'values' in checked
        ? forcedDistribution(
            withTotal.map((r) => ({ name: r.name, total: r.result.total! })),
            checked.values,
          )
        : undefined,
    [checked, withTotal],
  );
  // A calibration belongs to one distribution: new grades or shares start it again.
  const [calOf, setCalOf] = useState<{ base: Distribution; cal: Cal }>();
  const cal = forced && (calOf?.base === forced ? calOf.cal : startCalibration(forced.bands));
  const dist = showDist ? forced : undefined;
  const moves = dist && cal ? cal.moves : [];
  const bandOf = useMemo(() => {
    if (!dist || !cal) return undefined;
    const at = new Map(withTotal.map((r, i) => [r, i]));
    return (r: TeamRow) => {
      const i = at.get(r);
      return i === undefined ? undefined : BAND_LABELS[cal.bands[i]!];
    };
  }, [dist, cal, withTotal]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileProblem('');
    if (isWorkbookFile(file)) {
      setFileNote(`正在读取 ${file.name}…`);
      try {
        const opened = await loadWorkbook(file);
        const { sheets } = opened;
        if (sheets.length === 0) throw new Error(`${file.name} 里没有工作表。`);
        setBook({ ...opened, file: file.name, index: 0 });
        setUseBook(true);
        setFileNote(
          sheets.length > 1
            ? `已读取工作簿 ${file.name}:共 ${sheets.length} 张工作表,先用第一张「${sheets[0]!.name}」,可在下面选择另一张。`
            : `已读取工作簿 ${file.name}(工作表「${sheets[0]!.name}」)。`,
        );
      } catch (e) {
        setFileNote('');
        setFileProblem(errorText(e));
      }
      return;
    }
    try {
      const content = await readText(file);
      setText(content);
      setSubmitted(content);
      setUseBook(false);
      setFileNote(`已读取文件 ${file.name}。`);
    } catch {
      setFileNote(`无法读取文件 ${file.name},请改为复制内容后粘贴。`);
    }
  };
  const saveXlsx = (name: string, make: Parameters<typeof saveWorkbook>[1]) => {
    setXlsxProblem('');
    saveWorkbook(name, make).catch((e: unknown) => setXlsxProblem(errorText(e)));
  };
  // The CSV keeps the results table as it is and adds the trail as a second
  // section below a blank line and a 校准记录 title: a person moved twice is
  // two rows of the trail, which extra columns could not hold.
  const saveResults = () =>
    downloadCsv(
      `${card.title}-评分结果.csv`,
      resultsCsv(card, rows, team.errors, reasons, bandOf) +
        (moves.length ? `\r\n校准记录\r\n${calibrationCsv(moves, BAND_LABELS)}` : ''),
    );
  const saveResultsXlsx = () =>
    saveXlsx(`${card.title}-评分结果.xlsx`, (w) =>
      w.resultsWorkbook(card, rows, team.errors, reasons, bandOf, moves, BAND_LABELS),
    );

  return (
    <div className="team">
      <TeamInput
        uid={uid}
        cards={cards}
        cardId={cardId}
        onCard={setCardId}
        onTemplate={() => downloadCsv(`${card.title}-模板.csv`, templateCsv(card))}
        onTemplateXlsx={() => saveXlsx(`${card.title}-模板.xlsx`, (w) => w.templateWorkbook(card))}
        text={text}
        onText={setText}
        onFile={(f) => void onFile(f)}
        fileNote={fileNote}
        fileProblem={fileProblem || (reading && !reading.ok ? reading.problem : '')}
        sheetNames={useBook && book ? book.sheets.map((s) => s.name) : []}
        sheetIndex={book?.index ?? 0}
        onSheet={(index) => setBook((b) => b && { ...b, index })}
        onSubmit={() => {
          setSubmitted(text);
          setUseBook(false);
          setFileProblem('');
        }}
      />
      {xlsxProblem && (
        <p className="field-error" role="alert">
          {xlsxProblem}
        </p>
      )}
      <SheetStatusNote status={status} onRetry={retry} t={sheetStatus} />
      <WeightNote card={card} team={team} normalize={normalize} onNormalize={setNormalize} />
      <p role="status" className="team-summary">
        {teamSummary(team, graded)}
      </p>
      {reading?.ok && <SheetNotes notices={reading.notices} />}
      {graded.trim() !== '' && <ColumnNotes card={card} team={team} />}

      {team.rows.length > 0 && (
        <>
          <h2>评分结果</h2>
          <BandShares
            uid={uid}
            show={showDist}
            onShow={setShowDist}
            shares={shares}
            onShare={(i, typed) => setShares((s) => s.map((v, k) => (k === i ? typed : v)))}
            error={shareError}
            dist={dist}
          />
          <TeamTable
            card={card}
            rows={rows}
            errorLines={errorLines}
            sort={sort}
            onSort={() => setSort((s) => (s === 'descending' ? 'ascending' : 'descending'))}
            bandOf={bandOf}
          />
          <div className="team-save">
            <button type="button" className="btn" onClick={saveResults}>
              下载结果 CSV
            </button>
            <button type="button" className="btn" onClick={saveResultsXlsx}>
              下载结果 Excel
            </button>
          </div>
          <Suspense fallback={<p className="muted">正在准备团队概览…</p>}>
            <TeamOverview
              uid={uid}
              card={card}
              rows={team.rows}
              graded={withTotal}
              labels={BAND_LABELS}
              dist={dist}
              cal={cal}
              onCal={(next) => dist && setCalOf({ base: dist, cal: next })}
            />
          </Suspense>
        </>
      )}
      <TeamErrors uid={uid} errors={team.errors} />
    </div>
  );
}
