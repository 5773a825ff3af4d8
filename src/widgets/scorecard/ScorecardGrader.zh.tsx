// The island entry of the scorecard grader on Chinese pages: the widget with its Chinese strings.
import { grader } from '../../i18n/grader/zh.ts';
import { withGraderText } from './grader-text.tsx';
import ScorecardGrader from './ScorecardGrader.tsx';

export default withGraderText(ScorecardGrader, grader);
