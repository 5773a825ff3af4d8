// The island entry of /tools/scorecard/ on Chinese pages: the widget with its Chinese strings.
import { grader } from '../../i18n/grader/zh.ts';
import { withGraderText } from './grader-text.tsx';
import ScorecardTool from './ScorecardTool.tsx';

export default withGraderText(ScorecardTool, grader);
