// The island entry of the target breakdown on English pages: the widget with its English strings.
import { targets } from '../../i18n/targets/en.ts';
import { TargetText } from './labels.ts';
import TargetBreakdown from './TargetBreakdown.tsx';

export default function TargetBreakdownEn(props: { defaultYear: number }) {
  return (
    <TargetText.Provider value={targets}>
      <TargetBreakdown {...props} />
    </TargetText.Provider>
  );
}
