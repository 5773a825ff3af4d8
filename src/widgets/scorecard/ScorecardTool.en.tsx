// The island entry of /tools/scorecard/ on English pages: the widget with its English strings.
import { grader } from '../../i18n/grader/en.ts';
import { withGraderText } from './grader-text.tsx';
import ScorecardTool from './ScorecardTool.tsx';

export default withGraderText(ScorecardTool, grader);
