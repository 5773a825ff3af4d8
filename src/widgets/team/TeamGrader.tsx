import { lazy, Suspense, useId, useMemo, useState } from 'react';
import {
  DEFAULT_SHARES,
  checkBandShares,
  forcedDistribution,
  gradeTeam,
  gradeTeamRecords,
  startCalibration,
  type Calibration as Cal,
  type Distribution,
} from '../../lib/team/index.ts';
import { teamSummary, type TeamRow } from '../../lib/team/index.ts';
import { fill, say } from '../../lib/phrase/index.ts';
import { SheetStatusNote } from '../common/SheetStatusNote.tsx';
import { useScorecard, type LoadedSheet, type SheetChoice } from '../common/use-scorecard.ts';
import { BandShares } from './BandShares.tsx';
import { readText } from './read-text.ts';
import { TeamErrors } from './TeamErrors.tsx';
import { TeamInput } from './TeamInput.tsx';
import { ColumnNotes, SheetNotes, WeightNote } from './TeamNotes.tsx';
import {
  isWorkbookFile,
  loadWorkbook,
  saveCsv,
  saveWorkbook,
  type OpenedWorkbook,
} from './file-code.ts';
import { CSV_LOAD_FAILED, LOAD_FAILED, NOT_XLSX } from './file-errors.ts';
import { useTeamText, type TeamStrings } from './team-text.tsx';
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

/** Said when the overview's chunk cannot be fetched. */
function OverviewFailed() {
  return <p className="field-error">{useTeamText().overviewFailed}</p>;
}

// The overview arrives after the first grading, in its own chunk.
const TeamOverview = lazy(() =>
  import('./TeamOverview.tsx').catch(() => ({ default: OverviewFailed })),
);

/** Where a download was asked for: its failure is said beside those buttons. */
type SaveAt = 'template' | 'results';

/** Why a file could not be read or written, in the page's words. */
const errorText = (e: unknown, t: TeamStrings) => {
  const message = e instanceof Error ? e.message : String(e);
  const known: Record<string, string | undefined> = {
    [LOAD_FAILED]: t.loadFailed,
    [CSV_LOAD_FAILED]: t.csvLoadFailed,
    [NOT_XLSX]: t.notXlsx,
  };
  return known[message] ?? message;
};

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
  const t = useTeamText();
  const BAND_LABELS = t.bands;
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const [cardId, setCardId] = useState(first.id);
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [normalize, setNormalize] = useState(false);
  const [sort, setSort] = useState<Sort>('none');
  const [showDist, setShowDist] = useState(false);
  const [shares, setShares] = useState(DEFAULT_SHARES.map(String));
  // Until a newly picked sheet arrives, the last one loaded stays (and the note says so).
  const { sheet: loaded, status, retry } = useScorecard(cards, first, cardId);
  const card = (loaded ?? first).card;

  // What is graded: the pasted or uploaded text, or a sheet of an uploaded workbook.
  const [book, setBook] = useState<Book>();
  const [useBook, setUseBook] = useState(false);
  const [fileProblem, setFileProblem] = useState('');
  const [saveProblem, setSaveProblem] = useState<{ at: SaveAt; text: string }>();
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
  const shareError = 'error' in checked ? say(t.shareErrors, checked.error) : '';
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
  }, [dist, cal, withTotal, BAND_LABELS]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileProblem('');
    if (isWorkbookFile(file)) {
      setFileNote(fill(t.reading, { file: file.name }));
      try {
        const opened = await loadWorkbook(file, t.sheetWords);
        const { sheets } = opened;
        if (sheets.length === 0) throw new Error(fill(t.noSheets, { file: file.name }));
        setBook({ ...opened, file: file.name, index: 0 });
        setUseBook(true);
        const read = { file: file.name, n: sheets.length, sheet: sheets[0]!.name };
        setFileNote(fill(sheets.length > 1 ? t.bookReadMany : t.bookRead, read));
      } catch (e) {
        setFileNote('');
        setFileProblem(errorText(e, t));
      }
      return;
    }
    try {
      const content = await readText(file);
      setText(content);
      setSubmitted(content);
      setUseBook(false);
      setFileNote(fill(t.fileRead, { file: file.name }));
    } catch {
      setFileNote(fill(t.fileFailed, { file: file.name }));
    }
  };
  // A download: its code loads on first use.
  const save = (at: SaveAt, saving: Promise<void>) => {
    setSaveProblem(undefined);
    saving.catch((e: unknown) => setSaveProblem({ at, text: errorText(e, t) }));
  };
  const problemAt = (at: SaveAt) => (saveProblem?.at === at ? saveProblem.text : '');
  // The CSV keeps the results table as it is and adds the trail as a second
  // section below a blank line and a 校准记录 title: a person moved twice is
  // two rows of the trail, which extra columns could not hold.
  const saveResults = () =>
    save(
      'results',
      saveCsv(
        `${fill(t.resultsFile, { title: card.title })}.csv`,
        (w) =>
          w.resultsCsv(card, rows, team.errors, t, bandOf) +
          (moves.length
            ? `\r\n${t.trailSheet}\r\n${w.calibrationCsv(moves, BAND_LABELS, t.trailHead)}`
            : ''),
      ),
    );
  const saveResultsXlsx = () =>
    save(
      'results',
      saveWorkbook(`${fill(t.resultsFile, { title: card.title })}.xlsx`, (w) =>
        w.resultsWorkbook(card, rows, team.errors, t, bandOf, moves, BAND_LABELS),
      ),
    );

  return (
    <div className="team">
      <TeamInput
        uid={uid}
        cards={cards}
        cardId={cardId}
        onCard={setCardId}
        onTemplate={() =>
          save(
            'template',
            saveCsv(`${fill(t.templateFile, { title: card.title })}.csv`, (w) =>
              w.templateCsv(card),
            ),
          )
        }
        onTemplateXlsx={() =>
          save(
            'template',
            saveWorkbook(`${fill(t.templateFile, { title: card.title })}.xlsx`, (w) =>
              w.templateWorkbook(card),
            ),
          )
        }
        templateProblem={problemAt('template')}
        text={text}
        onText={setText}
        onFile={(f) => void onFile(f)}
        fileNote={fileNote}
        fileProblem={
          fileProblem || (reading && !reading.ok ? say(book!.words, reading.problem) : '')
        }
        sheetNames={useBook && book ? book.sheets.map((s) => s.name) : []}
        sheetIndex={book?.index ?? 0}
        onSheet={(index) => setBook((b) => b && { ...b, index })}
        onSubmit={() => {
          setSubmitted(text);
          setUseBook(false);
          setFileProblem('');
        }}
      />
      <SheetStatusNote status={status} onRetry={retry} t={t.sheetStatus} />
      <WeightNote card={card} team={team} normalize={normalize} onNormalize={setNormalize} />
      <p role="status" className="team-summary">
        {teamSummary(team, graded, t)}
      </p>
      {reading?.ok && <SheetNotes notices={reading.notices} words={book!.words} />}
      {graded.trim() !== '' && <ColumnNotes card={card} team={team} />}

      {team.rows.length > 0 && (
        <>
          <h2>{t.results}</h2>
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
              {t.downloadCsv}
            </button>
            <button type="button" className="btn" onClick={saveResultsXlsx}>
              {t.downloadXlsx}
            </button>
          </div>
          {problemAt('results') && (
            <p className="field-error" role="alert">
              {problemAt('results')}
            </p>
          )}
          <Suspense fallback={<p className="muted">{t.overviewLoading}</p>}>
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
