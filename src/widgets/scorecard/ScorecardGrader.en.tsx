// The island entry of the scorecard grader on English pages: the widget with its English strings.
import { grader } from '../../i18n/grader/en.ts';
import { withGraderText } from './grader-text.tsx';
import ScorecardGrader from './ScorecardGrader.tsx';

export default withGraderText(ScorecardGrader, grader);
