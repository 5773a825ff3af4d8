// The island entry of the team grader on Chinese pages: the widget with its Chinese strings.
import type { ComponentProps } from 'react';
import { team } from '../../i18n/team/zh.ts';
import { TeamText } from './team-text.tsx';
import TeamGrader from './TeamGrader.tsx';

export default function TeamGraderZh(props: ComponentProps<typeof TeamGrader>) {
  return (
    <TeamText.Provider value={team}>
      <TeamGrader {...props} />
    </TeamText.Provider>
  );
}
