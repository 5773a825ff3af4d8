import { useEffect, useId, useMemo, useState } from 'react';
import {
  breakdownTarget,
  checkForm,
  decodeForm,
  defaultForm,
  encodeForm,
} from '../../lib/targets/index.ts';
import {
  pendingMessage,
  rawParam,
  withRawParam,
  type Breakdown,
  type TargetForm,
} from '../../lib/targets/index.ts';
import { fill } from '../../lib/phrase/index.ts';
import type { TargetStrings } from '../../i18n/targets/zh.ts';
import { BreakdownResults } from './BreakdownResults.tsx';
import { fmt, useTargetText } from './labels.ts';
import { TargetFields } from './TargetFields.tsx';
import './target-breakdown.css';

const PARAM = 't';

function announcement(r: Breakdown, t: TargetStrings): string {
  const quarters = r.quarters.map((x, i) => `${t.quarters[i]} ${fmt(x.amount)}`).join(t.listSep);
  return fill(t.updated, { quarters, months: fmt(r.totals.months) });
}

/**
 * /tools/targets/: an annual sales target split into quarters, months, ISO
 * weeks and working days that add back exactly (src/lib/targets). What was
 * typed is kept as typed, in the URL (?t=1.…), and restored on reload.
 */
export default function TargetBreakdown({ defaultYear }: { defaultYear: number }) {
  const t = useTargetText();
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
    const timer = setTimeout(() => setSaid(result ? announcement(result, t) : ''), 700);
    return () => clearTimeout(timer);
  }, [result, t]);

  const set = (patch: Partial<TargetForm>) => setForm((f) => ({ ...f, ...patch }));
  const setShare = (i: number, v: string) =>
    setForm((f) => ({
      ...f,
      shares: f.shares.map((s, k) => (k === i ? v : s)) as TargetForm['shares'],
    }));

  return (
    <div className="tb">
      <TargetFields uid={uid} form={form} check={check} onChange={set} onShare={setShare} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
      <section className="tb-results" aria-labelledby={`${uid}-results`}>
        <h2 id={`${uid}-results`}>{t.results}</h2>
        {result ? (
          <BreakdownResults result={result} />
        ) : (
          <p className="tb-pending">{pendingMessage(form, check, t)}</p>
        )}
      </section>
    </div>
  );
}
