import { describe, expect, it } from 'vitest';
import { formalHeadings, latestRevision, printPlan } from '../../src/lib/jd/formal.ts';

describe('the formal 岗位说明书 plan', () => {
  it('numbers the sections a role has consecutively, in the formal order', () => {
    // The page's order puts kpis before qualifications; the formal order does not.
    const page = ['overview', 'summary', 'responsibilities', 'kpis', 'qualifications', 'rules'];
    expect(formalHeadings(page)).toEqual([
      '一、岗位概述',
      '二、岗位职责',
      '三、任职资格',
      '四、绩效考核',
      '五、注意事项',
    ]);
    expect(printPlan(page).get('overview')).toEqual({ kind: 'omit' });
  });

  it('gathers a formal section from the first part present; the others follow under it', () => {
    const plan = printPlan(['summary', 'scorecards', 'appraisal', 'risks']);
    expect(plan.get('scorecards')).toEqual({ kind: 'heading', heading: '二、绩效考核', order: 2 });
    expect(plan.get('appraisal')).toEqual({ kind: 'sub', order: 2 });
    expect(plan.get('risks')).toEqual({ kind: 'heading', heading: '三、注意事项', order: 3 });
  });

  it('dates the document by the newest git date, else the build date', () => {
    expect(
      latestRevision([
        { date: '2026-01-02', from: 'git' },
        { date: '2026-03-01', from: 'git' },
        { date: '2026-12-01', from: 'build' },
      ]),
    ).toEqual({ date: '2026-03-01', from: 'git' });
    expect(latestRevision([{ date: '2026-12-01', from: 'build' }])).toEqual({
      date: '2026-12-01',
      from: 'build',
    });
  });
});
