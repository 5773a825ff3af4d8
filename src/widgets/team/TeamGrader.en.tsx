// The island entry of the team grader on English pages: the widget with its English strings.
import type { ComponentProps } from 'react';
import { team } from '../../i18n/team/en.ts';
import { TeamText } from './team-text.tsx';
import TeamGrader from './TeamGrader.tsx';

export default function TeamGraderEn(props: ComponentProps<typeof TeamGrader>) {
  return (
    <TeamText.Provider value={team}>
      <TeamGrader {...props} />
    </TeamText.Provider>
  );
}
