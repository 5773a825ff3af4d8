import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_BANDS,
  checkBandShares,
  forcedDistribution,
  gradeTeam,
  resultsCsv,
} from '../../lib/team/index.ts';
import { teamSummary, templateCsv, type TeamRow } from '../../lib/team/index.ts';
import { downloadCsv } from '../shared/download-csv.ts';
import { SheetStatusNote } from '../shared/SheetStatusNote.tsx';
import { useScorecard, type LoadedSheet, type SheetChoice } from '../shared/use-scorecard.ts';
import { BandShares } from './BandShares.tsx';
import { readText } from './read-text.ts';
import { TeamErrors } from './TeamErrors.tsx';
import { TeamInput } from './TeamInput.tsx';
import { ColumnNotes, WeightNote } from './TeamNotes.tsx';
import { TeamTable, type Sort } from './TeamTable.tsx';
import './team-grader.css';

interface Props {
  cards: SheetChoice[];
  /** The first sheet's data; any other loads when picked. */
  first: LoadedSheet;
}

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
  const { sheet, status, retry } = useScorecard(cards, first, cardId);
  const card = (sheet ?? first).card;

  const team = useMemo(
    () => gradeTeam(card, submitted, { normalizeWeights: normalize }),
    [card, submitted, normalize],
  );
  const errorLines = useMemo(() => new Set(team.errors.map((e) => e.line)), [team]);
  const rows = useMemo(() => sortRows(team.rows, sort), [team, sort]);
  const checked = useMemo(() => checkBandShares(shares), [shares]);
  const shareError = 'error' in checked ? checked.error : '';
  const dist = useMemo(() => {
    if (!showDist || !('values' in checked)) return undefined;
    const graded = team.rows.filter((r) => r.result.total !== undefined);
    const d = forcedDistribution(
      graded.map((r) => ({ name: r.name, total: r.result.total! })),
      checked.values,
    );
    return { ...d, bandOf: new Map(graded.map((r, i) => [r, DEFAULT_BANDS[d.bands[i]!]!.label])) };
  }, [showDist, checked, team]);
  const bandOf = dist && ((r: TeamRow) => dist.bandOf.get(r));

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
    downloadCsv(`${card.title}-评分结果.csv`, resultsCsv(card, rows, team.errors, bandOf));

  return (
    <div className="team">
      <TeamInput
        uid={uid}
        cards={cards}
        cardId={cardId}
        onCard={setCardId}
        onTemplate={() => downloadCsv(`${card.title}-模板.csv`, templateCsv(card))}
        text={text}
        onText={setText}
        onFile={(f) => void onFile(f)}
        fileNote={fileNote}
        onSubmit={() => setSubmitted(text)}
      />
      <SheetStatusNote status={status} onRetry={retry} />
      <WeightNote card={card} team={team} normalize={normalize} onNormalize={setNormalize} />
      <p role="status" className="team-summary">
        {teamSummary(team, submitted)}
      </p>
      {submitted.trim() !== '' && <ColumnNotes card={card} team={team} />}

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
          <button type="button" className="btn" onClick={saveResults}>
            下载结果 CSV
          </button>
        </>
      )}
      <TeamErrors uid={uid} errors={team.errors} />
    </div>
  );
}
